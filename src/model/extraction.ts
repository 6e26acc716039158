// The dossier.extraction/v1 format (../shared/spec/extraction-v1.md) as zod schemas: the
// contract between the pipeline, the store, the API and the web app.
import { z } from 'zod';

export const SCHEMA_ID = 'dossier.extraction/v1';

export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
}).refine((s) => s.end > s.start, { message: 'span end must be after start' });
export type Span = z.infer<typeof Span>;

export const Language = z.enum(['en', 'es']);
export type Language = z.infer<typeof Language>;

export const EntityKind = z.enum(['person', 'organization', 'place', 'group']);
export type EntityKind = z.infer<typeof EntityKind>;

export const OrgType = z.enum([
  'government', 'agency', 'political_party', 'criminal_group', 'media',
  'legislature', 'court', 'company', 'other',
]);
export type OrgType = z.infer<typeof OrgType>;

export const PositionTitle = z.enum([
  'president', 'governor', 'senator', 'deputy', 'mayor', 'secretary of state',
  'attorney general', 'minister', 'secretary', 'judge', 'police chief',
  'party leader', 'candidate', 'ambassador', 'official',
]);
export type PositionTitle = z.infer<typeof PositionTitle>;

export const Position = z.object({
  title: PositionTitle,
  jurisdiction: z.string().nullable(),
  status: z.enum(['current', 'former']),
});
export type Position = z.infer<typeof Position>;

export const Entity = z.object({
  id: z.string().min(1),
  kind: EntityKind,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  orgType: OrgType.nullable(),
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  positions: z.array(Position),
  parties: z.array(z.string()),
  count: z.number().int().nonnegative().nullable(),
  description: z.string().nullable(),
  mentions: z.array(Span).min(1),
});
export type Entity = z.infer<typeof Entity>;

export const AllegationCategory = z.enum([
  'organized_crime', 'drug_trafficking', 'corruption', 'money_laundering',
  'violence', 'electoral', 'other',
]);
export type AllegationCategory = z.infer<typeof AllegationCategory>;

export const Source = z.object({
  kind: z.enum(['named', 'anonymous', 'document', 'outlet']),
  entity: z.string().optional(),
  count: z.number().int().positive().nullable().optional(),
  description: z.string(),
});
export type Source = z.infer<typeof Source>;

export const Verification = z.enum(['unverified', 'disputed', 'confirmed', 'unstated']);
export type Verification = z.infer<typeof Verification>;

export const Allegation = z.object({
  id: z.string().min(1),
  subjects: z.array(z.string()).min(1),
  category: AllegationCategory,
  sources: z.array(Source).min(1),
  verification: Verification,
  span: Span,
});
export type Allegation = z.infer<typeof Allegation>;

export const Stance = z.enum(['denies', 'confirms', 'declines_comment', 'no_response', 'not_denied']);
export type Stance = z.infer<typeof Stance>;

export const Response = z.object({
  id: z.string().min(1),
  by: z.string().min(1),
  stance: Stance,
  allegations: z.array(z.string()),
  span: Span,
});
export type Response = z.infer<typeof Response>;

export const EventKind = z.enum([
  'meeting', 'demand', 'threat', 'extradition', 'arrest', 'investigation', 'charge',
  'immunity_removal', 'sanction', 'proposal', 'conviction',
]);
export type EventKind = z.infer<typeof EventKind>;

export const Event = z.object({
  id: z.string().min(1),
  kind: EventKind,
  actors: z.array(z.string()),
  targets: z.array(z.string()),
  count: z.number().nullable(),
  date: z.string().nullable(),
  place: z.string().nullable(),
  span: Span,
});
export type Event = z.infer<typeof Event>;

export const DocumentMeta = z.object({
  language: Language,
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

export const Extraction = z.object({
  schema: z.literal(SCHEMA_ID),
  document: DocumentMeta,
  entities: z.array(Entity),
  allegations: z.array(Allegation),
  responses: z.array(Response),
  events: z.array(Event),
}).superRefine((x, ctx) => {
  for (const issue of referenceIssues(x)) ctx.addIssue({ code: 'custom', ...issue });
});
export type Extraction = z.infer<typeof Extraction>;

export interface ReferenceIssue { message: string; path: (string | number)[] }

/** References that point nowhere (an unknown entity or allegation id): what a JSON schema
 *  cannot say. A dangling id in our own output is a pipeline bug. */
export function referenceIssues(x: { entities: Entity[]; allegations: Allegation[]; responses: Response[]; events: Event[] }): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const ids = new Set(x.entities.map((e) => e.id));
  const check = (id: string | null | undefined, path: (string | number)[]) => {
    if (id != null && !ids.has(id)) issues.push({ message: `unknown entity id ${id}`, path });
  };
  x.entities.forEach((e, i) => e.parties.forEach((p, j) => check(p, ['entities', i, 'parties', j])));
  x.allegations.forEach((a, i) => {
    a.subjects.forEach((s, j) => check(s, ['allegations', i, 'subjects', j]));
    a.sources.forEach((s, j) => check(s.entity, ['allegations', i, 'sources', j, 'entity']));
  });
  const allegationIds = new Set(x.allegations.map((a) => a.id));
  x.responses.forEach((r, i) => {
    check(r.by, ['responses', i, 'by']);
    r.allegations.forEach((a, j) => {
      if (!allegationIds.has(a)) issues.push({ message: `unknown allegation id ${a}`, path: ['responses', i, 'allegations', j] });
    });
  });
  x.events.forEach((v, i) => {
    v.actors.forEach((s, j) => check(s, ['events', i, 'actors', j]));
    v.targets.forEach((s, j) => check(s, ['events', i, 'targets', j]));
    check(v.place, ['events', i, 'place']);
  });
  return issues;
}
