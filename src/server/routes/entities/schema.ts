// Entities and dossiers on the wire: listings with filters, one entity's dossier (positions,
// parties, allegation threads with sources, verification and responses, events, co-mentions,
// documents), and the paginated lists behind each part of it.
import { z } from '@hono/zod-openapi';
import { AllegationCategory, EntityKind, SourceKind, Stance, Verification } from '../../schemas/enums.js';
import { DocumentRef, EntityRef, Evidence, PageQuery } from '../../schemas/common.js';

export const EntitySummary = z.object({
  id: z.number().int(),
  kind: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  country: z.string().nullable(),
  orgType: z.string().nullable(),
  documentCount: z.number().int().openapi({ description: 'Documents that mention it (or an entity merged into it).' }),
}).openapi('EntitySummary');
export type EntitySummary = z.infer<typeof EntitySummary>;

export const EntityListQuery = PageQuery.extend({
  kind: EntityKind.optional(),
  country: z.string().regex(/^[A-Za-z]{2}$/, 'a two-letter country code').optional(),
  party: z.coerce.number().int().positive().optional().openapi({ description: 'Only people reported as members of this party (entity id).' }),
  category: AllegationCategory.optional().openapi({ description: 'Only entities accused of this category of wrongdoing.' }),
  q: z.string().trim().min(1).max(200).optional().openapi({ description: 'Names containing these words (accents and case ignored).' }),
  sort: z.enum(['documents', 'name', 'id']).default('id'),
});

export const SourceItem = z.object({
  kind: SourceKind,
  entity: EntityRef.nullable(),
  count: z.number().int().nullable().openapi({ description: 'How many anonymous sources, where stated.' }),
  description: z.string(),
}).openapi('Source');

export const SourceSummary = SourceItem.extend({
  reports: z.number().int().openapi({ description: 'Reports of the thread (among those shown) citing this source.' }),
}).openapi('SourceSummary');

export const AllegationReportItem = z.object({
  allegationId: z.string(),
  category: AllegationCategory,
  verification: Verification,
  sources: z.array(SourceItem),
  evidence: Evidence,
}).openapi('AllegationReport', { description: 'One report of an allegation: a claim someone made, never a finding of this product.' });
export type AllegationReportItem = z.infer<typeof AllegationReportItem>;

export const ResponseItem = z.object({
  responseId: z.string(),
  by: EntityRef,
  stance: Stance,
  answers: z.array(z.string()).openapi({ description: 'Local ids of the allegations it answers in its document (may be empty).' }),
  evidence: Evidence,
}).openapi('Response');
export type ResponseItem = z.infer<typeof ResponseItem>;

export const Thread = z.object({
  id: z.string().openapi({ example: '12:organized_crime' }),
  category: AllegationCategory,
  reportCount: z.number().int(),
  documentCount: z.number().int(),
  firstReported: z.string().nullable(),
  lastReported: z.string().nullable(),
  verification: z.record(Verification, z.number().int()).openapi({ description: 'Reports shown, by verification.' }),
  sources: z.array(SourceSummary),
  reports: z.array(AllegationReportItem),
  responses: z.array(ResponseItem),
}).openapi('AllegationThread');
export type Thread = z.infer<typeof Thread>;

export const EventItem = z.object({
  eventId: z.string(),
  kind: z.string(),
  actors: z.array(EntityRef),
  targets: z.array(EntityRef),
  place: EntityRef.nullable(),
  count: z.number().nullable(),
  date: z.string().nullable(),
  evidence: Evidence,
}).openapi('Event');
export type EventItem = z.infer<typeof EventItem>;

const Reported = z.object({
  reports: z.number().int(),
  firstReported: z.string().nullable(),
  lastReported: z.string().nullable(),
  latest: Evidence,
});

export const PositionItem = Reported.extend({
  title: z.string(),
  jurisdiction: z.string().nullable(),
  status: z.string(),
}).openapi('Position');

export const PartyItem = Reported.extend({ party: EntityRef }).openapi('Party');

export const CoMention = EntityRef.extend({ documents: z.number().int() }).openapi('CoMention');

export const Dossier = z.object({
  entity: EntitySummary.extend({
    mergedFrom: z.array(z.number().int()),
    undecided: z.boolean().openapi({ description: 'Holds the reports of a name that fits several known people, kept together until an analyst decides: they may concern any of them.' }),
    surnameOnly: z.boolean().openapi({ description: 'A person known by one name alone (a surname, as a rule): its reports may concern different people of that name.' }),
  }),
  positions: z.array(PositionItem),
  parties: z.array(PartyItem),
  threads: z.array(Thread),
  events: z.array(EventItem),
  coMentioned: z.array(CoMention),
  documents: z.array(DocumentRef),
  mergeCandidates: z.array(z.object({ id: z.number().int(), candidate: EntityRef, score: z.number(), reason: z.string() })),
}).openapi('Dossier');
export type Dossier = z.infer<typeof Dossier>;

export const DossierQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10).openapi({ description: 'Reports per thread, events and documents included.' }),
});

export const ThreadReportsParams = z.object({
  id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' } }),
  category: AllegationCategory.openapi({ param: { name: 'category', in: 'path' } }),
});
