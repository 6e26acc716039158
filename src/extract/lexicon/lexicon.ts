// Loads a language's lexicons (data files under lexicon/<lang>/ and lexicon/common/) into one
// phrase trie with typed tags, plus the word sets the stages consult. Built once per language.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AllegationCategory, EventKind, Language, OrgType, PositionTitle, Stance, Verification } from '../../model/extraction.js';
import { fold, tokenize } from '../text/tokens.js';
import { PhraseTrie } from './phrase-trie.js';

export interface PlaceEntry { name: string; country: string | null; type: 'country' | 'region' | 'city' }
export interface OrgEntry { name: string; orgType: OrgType; country: string | null }

type CaseRule = { caseRule?: 'cap' | 'upper' };
export type Tag = CaseRule & (
  | { t: 'place'; place: PlaceEntry }
  | { t: 'org'; org: OrgEntry }
  | { t: 'demonym'; country: string }
  | { t: 'title'; title: PositionTitle; weak: boolean; former?: boolean }
  | { t: 'status'; status: 'former' | 'current' }
  | { t: 'personNoun' }
  | { t: 'orgDescriptor'; orgType: OrgType }
  | { t: 'orgHead'; orgType: OrgType }
  | { t: 'orgStart'; orgType: OrgType }
  | { t: 'placeNoun' }
  | { t: 'groupNoun' }
  | { t: 'govNoun' }
  | { t: 'bodyNoun'; orgType: OrgType }
  | { t: 'partyAdjective'; party: string }
  | { t: 'verb'; lemma: string; kind: 'say' | 'accuse' }
  | { t: 'anonNoun' }
  | { t: 'anonMarker' }
  | { t: 'document' }
  | { t: 'according' }
  | { t: 'crime'; category: AllegationCategory }
  | { t: 'accuseVerb' }
  | { t: 'selfVerb' }
  | { t: 'hedge' }
  | { t: 'counterCue' }
  | { t: 'cueBody' }
  | { t: 'linkWord' }
  | { t: 'verification'; value: Verification }
  | { t: 'stance'; stance: Stance }
  | { t: 'event'; kind: EventKind; noun: boolean }
  | { t: 'threatObject' }
  | { t: 'subjectTarget' }
  | { t: 'month'; month: number }
  | { t: 'weekday' }
  | { t: 'relativeDate' }
  | { t: 'number'; value: number }
);
export type TagType = Tag['t'];

export interface Lexicon {
  lang: Language;
  trie: PhraseTrie<Tag>;
  commonWords: Set<string>;
  connectors: Set<string>;
  givenNames: Set<string>;
  /** First words of capitalised runs that are not entities ("Operation Car Wash"). */
  nonNameStarts: Set<string>;
  pronouns: Map<string, 'm' | 'f'>;
}

/** The lexicon folder, found from the package root so it works from src/ and dist/ alike. */
function lexiconDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'src', 'extract', 'lexicon');
    dir = dirname(dir);
  }
  throw new Error('lexicon folder not found (no package.json above the module)');
}

function readJson<T>(lang: string, file: string): T | null {
  const p = join(lexiconDir(), lang, file);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as T) : null;
}

/** The given names the lexicon knows, as written (English, Spanish and Portuguese). */
export function givenNameList(): string[] {
  return readJson<{ givenNames: string[] }>('common', 'given-names.json')!.givenNames;
}

/** Phrases as the tokenizer will see them, tokenized in one call (one line each). */
function tokenizePhrases(phrases: string[]): string[][] {
  const text = phrases.join('\n');
  const { tokens } = tokenize(text);
  const out: string[][] = phrases.map(() => []);
  let line = 0;
  let lineEnd = phrases[0]?.length ?? 0;
  for (const t of tokens) {
    while (t.start > lineEnd) lineEnd += 1 + (phrases[++line]?.length ?? 0);
    out[line]!.push(t.norm);
  }
  return out;
}

const isAcronym = (s: string) => /^[\p{Lu}\d.&-]{2,}$/u.test(s) && /\p{Lu}.*\p{Lu}/u.test(s);

const cache = new Map<Language, Lexicon>();

export function loadLexicon(lang: Language): Lexicon {
  const hit = cache.get(lang);
  if (hit) return hit;
  const pending: [string, Tag][] = [];
  const add = (phrase: string, tag: Tag) => { pending.push([phrase, tag]); };

  // Names of places and organizations: capitalised in running text; acronyms in capitals.
  const places = readJson<{ places: (PlaceEntry & { aliases: string[]; demonyms?: string[] })[] }>('common', 'places.json')!;
  for (const p of places.places) {
    const entry: PlaceEntry = { name: p.name, country: p.country, type: p.type };
    for (const form of [p.name, ...p.aliases]) add(form, { t: 'place', place: entry, caseRule: isAcronym(form) ? 'upper' : 'cap' });
    for (const d of p.demonyms ?? []) if (p.country) add(d, { t: 'demonym', country: p.country });
  }
  const orgs = readJson<{ organizations: (OrgEntry & { aliases: string[] })[] }>('common', 'organizations.json')!;
  for (const o of orgs.organizations) {
    const entry: OrgEntry = { name: o.name, orgType: o.orgType, country: o.country };
    for (const form of [o.name, ...o.aliases]) add(form, { t: 'org', org: entry, caseRule: isAcronym(form) ? 'upper' : 'cap' });
  }

  const roles = readJson<{
    titles: Record<string, PositionTitle>; weakTitles: string[]; status: Record<string, 'former' | 'current'>;
    personNouns: string[]; orgDescriptors: Record<string, OrgType>; orgHeads: Record<string, OrgType>;
    orgStarts: Record<string, OrgType>; placeNouns: string[]; groupNouns: string[]; pronouns: Record<string, 'm' | 'f'>;
    governmentNouns: string[]; bodyNouns: Record<string, OrgType>; partyAdjectives?: Record<string, string>;
  }>(lang, 'roles.json')!;
  const weak = new Set(roles.weakTitles);
  for (const [phrase, title] of Object.entries(roles.titles)) {
    // Titles the lexicon lists with their prefix ("exviceministro") are former titles too.
    const former = /^ex-?/.test(phrase) && phrase.replace(/^ex-?/, '') in roles.titles;
    add(phrase, former ? { t: 'title', title, weak: weak.has(phrase), former } : { t: 'title', title, weak: weak.has(phrase) });
    // "ex-governor", "then-candidate", "exgobernador": one-word former titles.
    if (!phrase.includes(' ')) {
      for (const prefix of ['ex-', 'then-', 'ex']) add(prefix + phrase, { t: 'title', title, weak: weak.has(phrase), former: true });
    }
  }
  for (const [phrase, status] of Object.entries(roles.status)) add(phrase, { t: 'status', status });
  for (const phrase of roles.personNouns) add(phrase, { t: 'personNoun' });
  for (const [phrase, orgType] of Object.entries(roles.orgDescriptors)) add(phrase, { t: 'orgDescriptor', orgType });
  for (const [phrase, orgType] of Object.entries(roles.orgHeads)) add(phrase, { t: 'orgHead', orgType });
  // Organization words of every language: Spanish body names appear in English reports too.
  const orgWords = readJson<{ orgStarts: Record<string, OrgType>; orgHeads: Record<string, OrgType> }>('common', 'org-words.json')!;
  for (const [phrase, orgType] of Object.entries({ ...orgWords.orgStarts, ...roles.orgStarts })) add(phrase, { t: 'orgStart', orgType });
  for (const [phrase, orgType] of Object.entries(orgWords.orgHeads)) add(phrase, { t: 'orgHead', orgType });
  for (const phrase of roles.placeNouns) add(phrase, { t: 'placeNoun' });
  for (const phrase of roles.groupNouns) add(phrase, { t: 'groupNoun' });
  for (const phrase of roles.governmentNouns) add(phrase, { t: 'govNoun' });
  for (const [phrase, orgType] of Object.entries(roles.bodyNouns)) add(phrase, { t: 'bodyNoun', orgType });
  for (const [phrase, party] of Object.entries(roles.partyAdjectives ?? {})) add(phrase, { t: 'partyAdjective', party });

  const attribution = readJson<{
    reportingVerbs: Record<string, { lemma: string; kind: 'say' | 'accuse' }>; anonymousNouns: string[];
    anonymousMarkers: string[]; documentNouns: string[]; accordingTo: string[];
  }>(lang, 'attribution.json')!;
  for (const [phrase, v] of Object.entries(attribution.reportingVerbs)) add(phrase, { t: 'verb', lemma: v.lemma, kind: v.kind });
  for (const phrase of attribution.anonymousNouns) add(phrase, { t: 'anonNoun' });
  for (const phrase of attribution.anonymousMarkers) add(phrase, { t: 'anonMarker' });
  for (const phrase of attribution.documentNouns) add(phrase, { t: 'document' });
  for (const phrase of attribution.accordingTo) add(phrase, { t: 'according' });

  const crime = readJson<{
    categories: Record<AllegationCategory, string[]>; accuseVerbs: string[]; selfVerbs: string[]; hedges: string[];
    counterCues: string[]; cueBodies: string[]; linkWords: string[];
    verification: Record<Verification, string[]>;
  }>(lang, 'crime.json')!;
  for (const [category, phrases] of Object.entries(crime.categories)) for (const p of phrases) add(p, { t: 'crime', category: category as AllegationCategory });
  for (const p of crime.accuseVerbs) add(p, { t: 'accuseVerb' });
  for (const p of crime.selfVerbs) add(p, { t: 'selfVerb' });
  for (const p of crime.hedges) add(p, { t: 'hedge' });
  for (const p of crime.counterCues) add(p, { t: 'counterCue' });
  for (const p of crime.cueBodies) add(p, { t: 'cueBody' });
  for (const p of crime.linkWords) add(p, { t: 'linkWord' });
  for (const [value, phrases] of Object.entries(crime.verification)) for (const p of phrases) add(p, { t: 'verification', value: value as Verification });

  const responses = readJson<{ stances: Record<Stance, string[]> }>(lang, 'responses.json')!;
  for (const [stance, phrases] of Object.entries(responses.stances)) for (const p of phrases) add(p, { t: 'stance', stance: stance as Stance });

  const events = readJson<{ triggers: Record<EventKind, string[]>; nounTriggers: Record<EventKind, string[]>; threatObjects: string[]; subjectTargets?: string[] }>(lang, 'events.json')!;
  for (const p of events.subjectTargets ?? []) add(p, { t: 'subjectTarget' });
  for (const [kind, phrases] of Object.entries(events.triggers)) for (const p of phrases) add(p, { t: 'event', kind: kind as EventKind, noun: false });
  for (const [kind, phrases] of Object.entries(events.nounTriggers)) for (const p of phrases) add(p, { t: 'event', kind: kind as EventKind, noun: true });
  for (const p of events.threatObjects) add(p, { t: 'threatObject' });

  const dates = readJson<{ months: Record<string, number>; weekdays: string[]; relative: string[] }>(lang, 'dates.json')!;
  for (const [phrase, month] of Object.entries(dates.months)) add(phrase, { t: 'month', month });
  for (const phrase of dates.weekdays) add(phrase, { t: 'weekday' });
  for (const phrase of dates.relative) add(phrase, { t: 'relativeDate' });

  const w = readJson<{ commonWords: string[]; numbers: Record<string, number>; nameConnectors: string[]; nonNameStarts: string[] }>(lang, 'words.json')!;
  for (const [phrase, value] of Object.entries(w.numbers)) add(phrase, { t: 'number', value });

  const trie = new PhraseTrie<Tag>();
  const phraseWords = tokenizePhrases(pending.map(([phrase]) => phrase));
  pending.forEach(([, tag], i) => trie.insert(phraseWords[i]!, tag));

  const lexicon: Lexicon = {
    lang,
    trie,
    commonWords: new Set(w.commonWords.map(fold)),
    connectors: new Set(w.nameConnectors.map(fold)),
    givenNames: new Set(givenNameList().map(fold)),
    nonNameStarts: new Set(w.nonNameStarts.map(fold)),
    pronouns: new Map(Object.entries(roles.pronouns)),
  };
  cache.set(lang, lexicon);
  return lexicon;
}
