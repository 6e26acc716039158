// The extraction pipeline: a source document in, one validated dossier.extraction/v1 out.
// Each stage lives in its own file and reads/writes the shared Analysis (see analysis.ts).
import { DossierError } from '../errors.js';
import { Extraction, SCHEMA_ID, type Language } from '../model/extraction.js';
import { readDocument, type DocumentHints, type SourceDocument } from './document.js';
import { detectLanguage } from './text/language.js';

/** Bumped whenever the output for the same input may change; stored with every fact. */
export const EXTRACTOR_VERSION = 'rules-0.1.0';

export interface ExtractOptions {
  lang?: Language | 'auto';
}

export function extractDocument(doc: SourceDocument, opts: ExtractOptions = {}): Extraction {
  const language = !opts.lang || opts.lang === 'auto' ? detectLanguage(doc.text) : opts.lang;
  const result: Extraction = {
    schema: SCHEMA_ID,
    document: { language, title: doc.title, outlet: doc.outlet, published: doc.published },
    entities: [],
    allegations: [],
    responses: [],
    events: [],
  };
  return validateExtraction(result, doc.text.length);
}

/** Decoded input (text, Markdown or HTML) straight to an extraction. */
export function extractText(raw: string, opts: ExtractOptions & DocumentHints = {}): { document: SourceDocument; extraction: Extraction } {
  const document = readDocument(raw, opts);
  return { document, extraction: extractDocument(document, opts) };
}

/** Schema check before anything leaves the pipeline; a failure here is a pipeline bug. */
export function validateExtraction(x: Extraction, textLength: number): Extraction {
  const parsed = Extraction.safeParse(x);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DossierError('internal', `extraction failed its schema at ${issue.path.join('.')}: ${issue.message}`);
  }
  const spans = [
    ...x.entities.flatMap((e) => e.mentions),
    ...x.allegations.map((a) => a.span),
    ...x.responses.map((r) => r.span),
    ...x.events.map((v) => v.span),
  ];
  const bad = spans.find((s) => s.end > textLength);
  if (bad) throw new DossierError('internal', `extraction has a span ${bad.start}-${bad.end} past the end of the text (${textLength})`);
  return parsed.data;
}
