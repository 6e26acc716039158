// Small conversions between stored rows and records: JSON columns, chunked id lists, and the
// date a fact counts as reported (the document's publication date, else the day it was ingested).
import { sql, type RawBuilder } from 'kysely';
import type { DocumentsTable } from '../schema.js';
import type { StoredDocument } from '../records.js';
import { DossierError } from '../../errors.js';

export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/** Parses a JSON column the store wrote itself; a bad value means a corrupted database. */
export function fromJson<T>(text: string, column: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new DossierError('storage', `stored ${column} is not valid JSON`, { cause: err });
  }
}

/** Splits long id lists so no statement exceeds a database's bound-parameter limit. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

export function nowIso(): string {
  return new Date().toISOString();
}

/** `coalesce(published, ingested day)`, comparable as text in both databases. */
export function reportedDate(table: string): RawBuilder<string> {
  return sql<string>`coalesce(${sql.ref(`${table}.published`)}, substr(${sql.ref(`${table}.ingested_at`)}, 1, 10))`;
}

type DocumentRow = Omit<DocumentsTable, 'id' | 'text'> & { id: number };

export function toStoredDocument(r: DocumentRow): StoredDocument {
  return {
    id: Number(r.id),
    contentHash: r.content_hash,
    sourceId: r.source_id,
    url: r.url,
    title: r.title,
    outlet: r.outlet,
    published: r.published,
    language: r.language,
    format: r.format,
    ingestedAt: r.ingested_at,
    extractorVersion: r.extractor_version,
    extractedAt: r.extracted_at,
  };
}

export const DOCUMENT_COLUMNS = [
  'id', 'content_hash', 'source_id', 'url', 'title', 'outlet', 'published', 'language', 'format',
  'ingested_at', 'extractor_version', 'extracted_at',
] as const;
