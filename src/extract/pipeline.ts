// The extraction pipeline: a source document in, one validated dossier.extraction/v1 out.
// Each stage lives in its own file and reads/writes the shared Analysis (see analysis.ts).
import { DossierError } from '../errors.js';
import type { Extraction, Language } from '../model/extraction.js';
import { extractionProblem } from '../model/extraction-check.js';
import { readDocument, type DocumentHints, type SourceDocument } from './document.js';
import type { Analysis } from './analysis.js';
import { loadLexicon } from './lexicon/lexicon.js';
import { toExtraction } from './output.js';
import { recognizeBodies } from './stages/bodies.js';
import { resolveCoreference, resolveTitleReferences } from './stages/coreference.js';
import { findAllegations } from './stages/allegations.js';
import { findAttributions } from './stages/attribution.js';
import { findEvents } from './stages/events.js';
import { recognizeGroups } from './stages/groups.js';
import { recognizeNames } from './stages/names.js';
import { findOutlet } from './stages/outlet.js';
import { findPositionsAndParties } from './stages/positions.js';
import { findResponses } from './stages/responses.js';
import { detectLanguage } from './text/language.js';
import { tokenize } from './text/tokens.js';

/** Bumped whenever the output for the same input may change; stored with every fact. */
export const EXTRACTOR_VERSION = 'rules-0.3.0';

export interface ExtractOptions {
  lang?: Language | 'auto';
}

export function extractDocument(doc: SourceDocument, opts: ExtractOptions = {}): Extraction {
  const language = !opts.lang || opts.lang === 'auto' ? detectLanguage(doc.text) : opts.lang;
  const a = analyze(doc.text, language);
  return validateExtraction(toExtraction(a, doc), doc.text.length);
}

/** The stages in order; each reads what the earlier ones left in the analysis. */
export const STAGES: readonly ((a: Analysis) => void)[] = [
  recognizeNames,
  recognizeBodies,
  resolveCoreference,
  recognizeGroups,
  findPositionsAndParties,
  resolveTitleReferences,
  findOutlet,
  findAttributions,
  findAllegations,
  findResponses,
  findEvents,
];

export function analyze(text: string, lang: Language): Analysis {
  const lex = loadLexicon(lang);
  const { tokens, sentences } = tokenize(text);
  const lowerVocabulary = new Set<string>();
  for (const t of tokens) if (t.shape === 'lower') lowerVocabulary.add(t.norm);
  const a: Analysis = {
    text, lang, lex, tokens, sentences,
    matches: lex.trie.matchAll(tokens),
    lowerVocabulary,
    entities: [],
    mentionAt: new Int32Array(tokens.length).fill(-1),
    mentions: [],
    attributions: [],
    allegations: [],
    responses: [],
    events: [],
    outlet: null,
  };
  for (const stage of STAGES) stage(a);
  return a;
}

/** Decoded input (text, Markdown or HTML) straight to an extraction. */
export function extractText(raw: string, opts: ExtractOptions & DocumentHints = {}): { document: SourceDocument; extraction: Extraction } {
  const document = readDocument(raw, opts);
  return { document, extraction: extractDocument(document, opts) };
}

/** Schema check before anything leaves the pipeline; a failure here is a pipeline bug. */
export function validateExtraction(x: Extraction, textLength: number): Extraction {
  const problem = extractionProblem(x, textLength);
  if (problem) throw new DossierError('internal', `extraction failed its schema at ${problem}`);
  return x;
}
