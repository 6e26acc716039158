// The working state every stage reads and extends: tokens, lexicon matches, mentions and the
// draft entities, attributions, allegations, responses and events, all in token coordinates
// until output.ts turns them into the spec's character spans.
import type {
  AllegationCategory, EntityKind, EventKind, Language, OrgType, Position, Stance, Verification,
} from '../model/extraction.js';
import type { Lexicon, Tag, TagType } from './lexicon/lexicon.js';
import type { PhraseMatch } from './lexicon/phrase-trie.js';
import type { Sentence, Token } from './text/tokens.js';

/** A token range [start, end). */
export interface Range { start: number; end: number }

export interface Mention extends Range {
  entity: number;
  /** Which rule made it, for debugging and per-rule measurement. */
  rule: string;
}

export interface EntityDraft {
  index: number;
  kind: EntityKind;
  /** The fullest surface form. */
  name: string;
  /** Other surface forms (never pronouns). */
  forms: Set<string>;
  orgType: OrgType | null;
  country: string | null;
  positions: (Position & { evidence: Range })[];
  parties: number[];
  count: number | null;
  description: string | null;
  mentions: Mention[];
  gender: 'm' | 'f' | null;
  /** Canonical key of a gazetteer entry, so "DEA" and "Drug Enforcement Administration" meet. */
  key: string | null;
}

export type SourceKind = 'named' | 'anonymous' | 'document' | 'outlet';

export interface SourceDraft {
  kind: SourceKind;
  entity: number | null;
  count: number | null;
  description: string;
}

/** Who says what: a reporting frame and the token range of what is reported. */
export interface Attribution {
  source: SourceDraft;
  /** The reported content. */
  content: Range;
  /** The words naming the source and the cue. */
  cue: Range;
  /** The reporting verb's lemma ("say", "mention", "allege") or "according". */
  lemma: string;
  rule: string;
}

export interface AllegationDraft {
  subjects: number[];
  category: AllegationCategory;
  sources: SourceDraft[];
  verification: Verification;
  span: Range;
  sentence: number;
  rule: string;
}

export interface ResponseDraft {
  by: number;
  stance: Stance;
  allegations: number[];
  span: Range;
  sentence: number;
  rule: string;
}

export interface EventDraft {
  kind: EventKind;
  actors: number[];
  targets: number[];
  count: number | null;
  date: string | null;
  place: number | null;
  span: Range;
  sentence: number;
  rule: string;
}

export interface Analysis {
  text: string;
  lang: Language;
  lex: Lexicon;
  tokens: Token[];
  sentences: Sentence[];
  /** Lexicon matches starting at each token. */
  matches: PhraseMatch<Tag>[][];
  /** Lower-case words the document uses in lower case somewhere (so they are common words). */
  lowerVocabulary: Set<string>;
  entities: EntityDraft[];
  /** Mention index covering each token, or -1. */
  mentionAt: Int32Array;
  mentions: Mention[];
  attributions: Attribution[];
  allegations: AllegationDraft[];
  responses: ResponseDraft[];
  events: EventDraft[];
  /** The outlet entity, when the text names it. */
  outlet: number | null;
}

export type TagOf<T extends TagType> = Extract<Tag, { t: T }>;

/** Lexicon matches of one type starting at token i (longest first). */
export function tagsAt<T extends TagType>(a: Analysis, i: number, t: T): PhraseMatch<TagOf<T>>[] {
  const list = a.matches[i];
  if (!list || !list.length) return [];
  return list.filter((m) => m.t === t) as PhraseMatch<TagOf<T>>[];
}

/** The longest match of one type starting at token i, or null. */
export function tagAt<T extends TagType>(a: Analysis, i: number, t: T): PhraseMatch<TagOf<T>> | null {
  // Called about ten times per token by the stages: a plain indexed loop, and most tokens
  // (no lexicon match at all) leave at the length test.
  const list = a.matches[i];
  if (list === undefined) return null;
  for (let k = 0; k < list.length; k++) if (list[k]!.t === t) return list[k] as PhraseMatch<TagOf<T>>;
  return null;
}

/** A match of type t that ends exactly at token `end` (exclusive), looking back up to 6 tokens. */
export function tagEndingAt<T extends TagType>(a: Analysis, end: number, t: T, floor = 0): PhraseMatch<TagOf<T>> | null {
  // A plain indexed loop, like tagAt's: both sit on the stages' hot paths.
  for (let s = end - 1; s >= Math.max(floor, end - 6); s--) {
    const list = a.matches[s];
    if (list === undefined) continue;
    for (let k = 0; k < list.length; k++) if (list[k]!.t === t && list[k]!.end === end) return list[k] as PhraseMatch<TagOf<T>>;
  }
  return null;
}

export function surface(a: Analysis, r: Range): string {
  if (r.end <= r.start) return '';
  return a.text.slice(a.tokens[r.start]!.start, a.tokens[r.end - 1]!.end);
}

export function mentionOf(a: Analysis, token: number): Mention | null {
  const m = a.mentionAt[token]!;
  return m >= 0 ? a.mentions[m]! : null;
}

/** The headline: a first or second line without a closing period. It repeats what the body
 *  tells with more detail, so counts and events are read from the body instead. */
export function isHeadline(a: Analysis, sentence: number): boolean {
  const s = a.sentences[sentence]!;
  const last = a.tokens[s.last - 1]!;
  return sentence <= 1 && !/[.!?"”]$/.test(last.text) && a.text.slice(last.end).startsWith('\n');
}

/** The sentence holding token i; an index past either end (a phrase that closes the text) counts
 *  as the last token's. */
export function sentenceAt(a: Analysis, i: number): Sentence {
  return a.sentences[a.tokens[Math.max(0, Math.min(i, a.tokens.length - 1))]!.sentence]!;
}
