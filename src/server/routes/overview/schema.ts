// The front page on the wire: counts, the latest reports, the most reported people.
import { z } from '@hono/zod-openapi';
import { DocumentSummary } from '../documents/schema.js';
import { EntitySummary } from '../entities/schema.js';

export const Overview = z.object({
  counts: z.object({
    documents: z.number().int(),
    entities: z.record(z.string(), z.number().int()).openapi({ description: 'Canonical entities by kind.' }),
  }),
  recent: z.array(DocumentSummary).openapi({ description: 'The latest ingested reports (all of them: GET /api/documents).' }),
  mostReported: z.array(EntitySummary).openapi({ description: 'People in the most documents (all of them: GET /api/entities?kind=person&sort=documents).' }),
}).openapi('Overview');
export type Overview = z.infer<typeof Overview>;
