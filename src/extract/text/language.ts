// Language identification: function-word shares (reliable on short news texts full of names)
// with franc's trigram model (no downloads) as the second opinion. English and Spanish are
// accepted; any other language is a one-line `unsupported_language` error.
import { franc } from 'franc-min';
import { DossierError } from '../../errors.js';
import type { Language } from '../../model/extraction.js';

const FUNCTION_WORDS: Record<string, string[]> = {
  eng: ['the', 'of', 'and', 'to', 'in', 'that', 'is', 'was', 'for', 'with', 'said', 'his', 'her', 'has', 'by', 'on', 'from', 'who', 'were', 'have', 'it', 'at', 'an', 'he', 'she', 'they', 'had', 'be', 'not', 'which', 'after', 'this'],
  spa: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'por', 'con', 'para', 'una', 'un', 'se', 'su', 'al', 'es', 'fue', 'como', 'pero', 'sus', 'más', 'este', 'dijo', 'según', 'sobre', 'también', 'entre', 'ya'],
  por: ['o', 'os', 'da', 'do', 'dos', 'das', 'não', 'em', 'uma', 'um', 'com', 'é', 'ao', 'pela', 'pelo', 'foi', 'seu', 'sua', 'segundo', 'disse', 'também', 'mais', 'ele', 'ela', 'na', 'no'],
  fra: ['le', 'les', 'des', 'et', 'est', 'une', 'dans', 'du', 'au', 'pour', 'pas', 'sur', 'qui', 'selon', 'a', 'été', 'il', 'elle', 'ses', 'aux', 'avec', 'mais', 'ont'],
  ita: ['il', 'di', 'che', 'e', 'della', 'dei', 'delle', 'per', 'una', 'non', 'sono', 'nel', 'nella', 'gli', 'è', 'stato', 'anche', 'con', 'ha', 'ai', 'alla'],
  deu: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'den', 'mit', 'von', 'ein', 'eine', 'zu', 'auf', 'sich', 'dem', 'des', 'im', 'wurde', 'sagte', 'auch'],
};
const SETS = Object.fromEntries(Object.entries(FUNCTION_WORDS).map(([k, v]) => [k, new Set(v)]));

const NAMES: Record<string, string> = {
  fra: 'French', por: 'Portuguese', deu: 'German', ita: 'Italian', nld: 'Dutch', cat: 'Catalan',
  glg: 'Galician', rus: 'Russian', cmn: 'Chinese', arb: 'Arabic', jpn: 'Japanese', tur: 'Turkish',
  pol: 'Polish', ron: 'Romanian', swe: 'Swedish', ukr: 'Ukrainian', hin: 'Hindi', kor: 'Korean',
};

/** Function words of each language counted over the words of a sample. */
function functionWordCounts(sample: string): { counts: Record<string, number>; words: number } {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts: Record<string, number> = {};
  for (const lang of Object.keys(SETS)) counts[lang] = 0;
  for (const w of words) for (const [lang, set] of Object.entries(SETS)) if (set.has(w)) counts[lang]!++;
  return { counts, words: words.length };
}

/** Detects English or Spanish; any other language is a one-line `unsupported_language` error. */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 2000);
  const { counts, words } = functionWordCounts(sample);
  const code = franc(sample, { minLength: 10 });
  const ranked = Object.entries(counts).sort((x, y) => y[1] - x[1]);
  const [best, bestCount] = ranked[0]!;
  const second = ranked[1]![1];
  // Function words decide when they clearly speak for one language; franc breaks ties and
  // speaks for texts that have too few of them.
  const clear = bestCount >= 2 && bestCount >= second * 1.5 || bestCount >= 1 && words <= 12 && bestCount > second;
  const decided = clear ? best : code !== 'und' ? code : best;
  if (decided === 'eng') return 'en';
  if (decided === 'spa') return 'es';
  if (!clear && (code === 'eng' || code === 'spa')) return code === 'eng' ? 'en' : 'es';
  const name = NAMES[decided] ?? (decided === 'und' ? 'undetermined' : decided);
  throw new DossierError(
    'unsupported_language',
    `the text's language is ${name}; only English (en) and Spanish (es) are supported (use --lang to force one)`,
  );
}
