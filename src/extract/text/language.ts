// Language identification: franc (trigram model, no downloads) on the opening of the text,
// cross-checked with function-word counts so that an English report quoting Spanish, or a
// short text franc cannot place, still gets a language of its own.
import { franc } from 'franc-min';
import { DossierError } from '../../errors.js';
import type { Language } from '../../model/extraction.js';

const EN = new Set(['the', 'of', 'and', 'to', 'in', 'that', 'is', 'was', 'for', 'with', 'said', 'his', 'her', 'has', 'by', 'on', 'from', 'who', 'were', 'have']);
const ES = new Set(['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'por', 'con', 'para', 'una', 'un', 'se', 'su', 'al', 'es', 'fue', 'como']);

const NAMES: Record<string, string> = {
  fra: 'French', por: 'Portuguese', deu: 'German', ita: 'Italian', nld: 'Dutch', cat: 'Catalan',
  glg: 'Galician', rus: 'Russian', cmn: 'Chinese', arb: 'Arabic', jpn: 'Japanese', tur: 'Turkish',
  pol: 'Polish', ron: 'Romanian', swe: 'Swedish', ukr: 'Ukrainian', hin: 'Hindi', kor: 'Korean',
};

/** Share of English and Spanish function words among the words of a sample. */
function functionWordShares(sample: string): { en: number; es: number; words: number } {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let en = 0;
  let es = 0;
  for (const w of words) {
    if (EN.has(w)) en++;
    if (ES.has(w)) es++;
  }
  const n = words.length || 1;
  return { en: en / n, es: es / n, words: words.length };
}

/** Detects English or Spanish; any other language is a one-line `unsupported_language` error. */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 2000);
  const shares = functionWordShares(sample);
  const code = franc(sample, { minLength: 10 });
  if (code === 'eng' && shares.en >= shares.es) return 'en';
  if (code === 'spa' && shares.es >= shares.en * 0.8) return 'es';
  // franc unsure or off: decide by function words when they clearly speak for one language.
  if (shares.en >= 0.12 && shares.en > shares.es * 1.5) return 'en';
  if (shares.es >= 0.12 && shares.es > shares.en * 1.5) return 'es';
  if (code === 'eng') return 'en';
  if (code === 'spa') return 'es';
  const name = NAMES[code] ?? (code === 'und' ? 'undetermined' : code);
  throw new DossierError(
    'unsupported_language',
    `the text's language is ${name}; only English (en) and Spanish (es) are supported (use --lang to force one)`,
  );
}
