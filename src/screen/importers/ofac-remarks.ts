// Reads the facts screening needs out of an SDN "Remarks" field: birth dates, nationality and
// citizenship and birthplace, and the weak a.k.a.s (nicknames such as 'El Mayo') that appear only there.
import { countryCode } from './countries.js';

export interface RemarkFacts {
  birthDates: string[];
  countries: string[];
  nicknames: string[];
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

export function parseRemarks(remarks: string | null): RemarkFacts {
  const facts: RemarkFacts = { birthDates: [], countries: [], nicknames: [] };
  if (!remarks) return facts;
  for (const part of remarks.split(';')) {
    const p = part.trim().replace(/\.$/, '');
    const dob = /^DOB (.+)$/.exec(p);
    if (dob) facts.birthDates.push(...parseDob(dob[1]!));
    const nat = /^(?:nationality|citizen) (.+)$/i.exec(p);
    if (nat) {
      const code = countryCode(nat[1]!);
      if (code && !facts.countries.includes(code)) facts.countries.push(code);
    }
    const pob = /^POB (.+)$/.exec(p);
    if (pob) {
      // The country is the last comma-separated part: "POB Culiacan, Sinaloa, Mexico".
      const code = countryCode(pob[1]!.split(',').pop()!);
      if (code && !facts.countries.includes(code)) facts.countries.push(code);
    }
    if (/^a\.k\.a\./.test(p)) {
      for (const m of p.matchAll(/'([^']+?)'(?=,|$|\s)/g)) facts.nicknames.push(m[1]!.trim());
    }
  }
  return facts;
}

/** "01 Apr 1956" → 1956-04-01, "Dec 1956" → 1956-12, "circa 1994" → 1994, "1960 to 1962" → each year. */
export function parseDob(text: string): string[] {
  const t = text.replace(/^circa\s+/i, '').trim();
  const range = /^(.+?)\s+to\s+(.+)$/.exec(t);
  if (range) {
    const from = yearOf(range[1]!);
    const to = yearOf(range[2]!);
    if (from && to && to >= from && to - from <= 10) return Array.from({ length: to - from + 1 }, (_, k) => String(from + k));
    return [];
  }
  const full = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/.exec(t);
  if (full && MONTHS[full[2]!.toLowerCase()]) return [`${full[3]}-${MONTHS[full[2]!.toLowerCase()]}-${full[1]!.padStart(2, '0')}`];
  const month = /^([A-Za-z]{3}) (\d{4})$/.exec(t);
  if (month && MONTHS[month[1]!.toLowerCase()]) return [`${month[2]}-${MONTHS[month[1]!.toLowerCase()]}`];
  const year = /^(\d{4})$/.exec(t);
  return year ? [year[1]!] : [];
}

function yearOf(s: string): number | null {
  const m = /(\d{4})\s*$/.exec(s.trim());
  return m ? Number(m[1]) : null;
}
