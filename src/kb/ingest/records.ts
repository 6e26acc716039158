// JSON records (one per line in .jsonl, or a .json object or array) to documents to ingest.
import { IngestRecord, describeRecordError } from '../../model/ingest-record.js';
import type { Language } from '../../model/extraction.js';
import type { IngestInput } from './ingest-document.js';
import { MAX_INPUT_BYTES, describeLimit } from '../../extract/text/decode.js';

export type RecordItem = { input: IngestInput } | { failure: string; label: string };

export function recordToInput(value: unknown, label: string, lang?: Language | 'auto'): RecordItem {
  const parsed = IngestRecord.safeParse(value);
  if (!parsed.success) return { label, failure: `not a document record: ${describeRecordError(parsed.error)}` };
  const r = parsed.data;
  const raw = (r.text ?? r.html)!;
  if (Buffer.byteLength(raw) > MAX_INPUT_BYTES) return { label, failure: `the text is over the ${describeLimit()} limit` };
  return {
    input: {
      label: r.id ? `${label} (id ${r.id})` : label,
      raw,
      format: r.html !== undefined ? 'html' : 'auto',
      lang: r.language ?? lang,
      title: r.title ?? null,
      outlet: r.outlet ?? null,
      published: r.published ?? null,
      url: r.url ?? null,
      sourceId: r.id ?? r.url ?? null,
      ...(r.extraction ? { extraction: r.extraction, extractor: r.extractor } : {}),
    },
  };
}

export function parseJsonLine(line: string, label: string, lang?: Language | 'auto'): RecordItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { label, failure: 'not valid JSON' };
  }
  return recordToInput(value, label, lang);
}

/** A .json file: one record, or an array of records. */
export function parseJsonFile(content: string, label: string, lang?: Language | 'auto'): RecordItem[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return [{ label, failure: 'not valid JSON' }];
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && (value as { schema?: unknown }).schema === 'dossier.extraction/v1') {
    return [{ label, failure: 'an extraction without the text it points into; ingest a record {"text": …, "extraction": …} instead' }];
  }
  const list = Array.isArray(value) ? value : [value];
  return list.map((v, i) => recordToInput(v, list.length > 1 ? `${label} record ${i + 1}` : label, lang));
}
