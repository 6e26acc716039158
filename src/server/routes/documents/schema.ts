// Documents on the wire: stored reports, one report with its text and every extracted span,
// the body that ingests (or previews) an article, and what ingesting returns.
import { z } from '@hono/zod-openapi';
import { AllegationCategory, EventKind, SourceKind, Stance, Verification } from '../../schemas/enums.js';
import { EntityRef, Span } from '../../schemas/common.js';

export const DocumentSummary = z.object({
  id: z.number().int(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable().openapi({ description: 'The source address when it is http(s); null otherwise.' }),
  language: z.string(),
  format: z.string(),
  ingestedAt: z.string(),
  extractorVersion: z.string(),
}).openapi('DocumentSummary');
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** An entity of the document: its local id and the knowledge-base entity it was resolved to. */
export const LocalRef = z.object({
  localId: z.string(),
  entity: EntityRef.nullable(),
  name: z.string(),
}).openapi('LocalRef');
export type LocalRef = z.infer<typeof LocalRef>;

const Quoted = z.object({ span: Span, quote: z.string() });

export const ExtractedEntity = z.object({
  localId: z.string(),
  entity: EntityRef.nullable(),
  kind: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  orgType: z.string().nullable(),
  country: z.string().nullable(),
  count: z.number().nullable(),
  description: z.string().nullable(),
  mentions: z.array(Span),
  positions: z.array(Quoted.extend({ title: z.string(), jurisdiction: z.string().nullable(), status: z.string() })),
  parties: z.array(z.string()),
}).openapi('ExtractedEntity');

export const ExtractedAllegation = Quoted.extend({
  localId: z.string(),
  category: AllegationCategory,
  verification: Verification,
  subjects: z.array(LocalRef),
  sources: z.array(z.object({ kind: SourceKind, entity: LocalRef.nullable(), count: z.number().int().nullable(), description: z.string() })),
}).openapi('ExtractedAllegation', { description: 'A claim the text reports someone making; not a finding.' });

export const ExtractedResponse = Quoted.extend({
  localId: z.string(),
  by: LocalRef,
  stance: Stance,
  answers: z.array(z.string()),
}).openapi('ExtractedResponse');

export const ExtractedEvent = Quoted.extend({
  localId: z.string(),
  kind: EventKind,
  actors: z.array(LocalRef),
  targets: z.array(LocalRef),
  place: LocalRef.nullable(),
  count: z.number().nullable(),
  date: z.string().nullable(),
}).openapi('ExtractedEvent');

export const ExtractionView = z.object({
  extractorVersion: z.string(),
  entities: z.array(ExtractedEntity),
  allegations: z.array(ExtractedAllegation),
  responses: z.array(ExtractedResponse),
  events: z.array(ExtractedEvent),
}).openapi('ExtractionView');
export type ExtractionView = z.infer<typeof ExtractionView>;

export const DocumentView = z.object({
  document: DocumentSummary.extend({ text: z.string() }),
  extraction: ExtractionView,
}).openapi('DocumentView');
export type DocumentView = z.infer<typeof DocumentView>;

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const ArticleBody = z.object({
  text: z.string().min(1).optional().openapi({ description: 'The article as plain text (or Markdown); the first line may be its headline.' }),
  html: z.string().min(1).optional().openapi({ description: 'The article as HTML (reduced to its text before extraction).' }),
  title: z.string().trim().min(1).max(500).optional(),
  outlet: z.string().trim().min(1).max(200).optional(),
  published: z.string().regex(ISO_DATE, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  url: z.url({ protocol: /^https?$/, error: 'an http(s) address' }).max(2000).optional(),
  language: z.enum(['en', 'es', 'auto']).default('auto'),
}).refine((b) => (b.text === undefined) !== (b.html === undefined), { message: 'send exactly one of text and html' }).openapi('Article');
export type ArticleBody = z.infer<typeof ArticleBody>;

export const IngestResult = z.object({
  status: z.enum(['new', 'updated', 'unchanged']).openapi({ description: 'unchanged: this content was already stored, extracted by this extractor.' }),
  documentId: z.number().int(),
  counts: z.object({
    entitiesCreated: z.number().int(),
    entitiesLinked: z.number().int(),
    allegations: z.number().int(),
    responses: z.number().int(),
    events: z.number().int(),
  }),
  view: DocumentView,
}).openapi('IngestResult');

export const PreviewResult = z.object({
  document: z.object({ title: z.string().nullable(), outlet: z.string().nullable(), published: z.string().nullable(), language: z.string(), format: z.string(), text: z.string() }),
  extraction: ExtractionView,
}).openapi('Preview', { description: 'What extraction finds in an article, before anything is stored (entities are not resolved yet).' });
export type PreviewResult = z.infer<typeof PreviewResult>;
