// Full-text search on the wire: each hit with a snippet split into plain and matching parts,
// so a client highlights matches without parsing anything.
import { z } from '@hono/zod-openapi';
import { PageQuery } from '../../schemas/common.js';

export const SearchQuery = PageQuery.extend({
  q: z.string().trim().min(1).max(500).regex(/[\p{L}\p{N}]/u, 'search for at least one word').openapi({ description: 'Words that must all appear (accents and case ignored).' }),
});

export const SearchHit = z.object({
  id: z.number().int(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
}).openapi('SearchHit');
export type SearchHit = z.infer<typeof SearchHit>;
