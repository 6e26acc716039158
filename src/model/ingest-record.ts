// One document to ingest, as JSON Lines records, feed items and files all become: the text
// (or HTML) with what is known about it, and optionally an extraction made elsewhere.
import { z } from 'zod';
import { Extraction, Language } from './extraction.js';

/** Dates as feeds and APIs write them, kept to the day: "2025-04-30T10:00:00Z" → "2025-04-30". */
export function isoDay(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const m = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(s);
  if (m && (s.length === m[0].length || /^[T ]/.test(s.slice(m[0].length)))) return m[0];
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

const Text = z.string().refine((s) => s.trim() !== '', { message: 'must not be empty' });

export const IngestRecord = z.object({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  url: z.string().optional(),
  title: z.string().optional(),
  outlet: z.string().optional(),
  published: z.string().optional().transform((s, ctx) => {
    if (s === undefined || s === '') return undefined;
    const day = isoDay(s);
    if (!day) ctx.addIssue({ code: 'custom', message: `is not a date: ${s}` });
    return day ?? undefined;
  }),
  language: z.union([Language, z.literal('auto')]).optional(),
  text: Text.optional(),
  html: Text.optional(),
  /** An extraction made elsewhere (a gold file, another extractor): stored instead of running ours. */
  extraction: Extraction.optional(),
  /** The version label stored with a supplied extraction's facts. */
  extractor: z.string().min(1).optional(),
}).refine((r) => (r.text === undefined) !== (r.html === undefined), { message: 'a record needs exactly one of "text" or "html"' })
  .refine((r) => r.extraction === undefined || r.text !== undefined, { message: 'a supplied extraction needs the "text" its spans point into' });
export type IngestRecord = z.infer<typeof IngestRecord>;

/** The first problem with a record, on one line. */
export function describeRecordError(err: z.ZodError): string {
  const issue = err.issues[0]!;
  const path = issue.path.length ? `"${issue.path.join('.')}" ` : '';
  return `${path}${issue.message}`;
}
