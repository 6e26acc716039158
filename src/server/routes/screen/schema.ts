// Batch screening on the wire: names in, ranked list matches with explanations out.
import { z } from '@hono/zod-openapi';
import { DEFAULT_LIMIT, DEFAULT_THRESHOLD } from '../../../screen/screen.js';

export const MAX_SCREEN_NAMES = 1000;

export const ScreenBody = z.object({
  names: z.array(z.object({
    id: z.string().trim().min(1).max(200).optional().openapi({ description: 'Your id for the row; its position (1, 2, …) when absent.' }),
    name: z.string().trim().min(1).max(300),
    kind: z.enum(['person', 'organization']).optional(),
    country: z.string().trim().min(1).max(60).optional().openapi({ description: 'A country name or ISO code.' }),
    birth_date: z.string().trim().min(4).max(10).optional().openapi({ description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
  })).min(1).max(MAX_SCREEN_NAMES),
  lists: z.array(z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'a list name')).min(1).max(20).optional()
    .openapi({ description: 'Lists to screen against, `kb` being the knowledge base; every stored list and kb when absent.' }),
  threshold: z.number().min(0).max(1).default(DEFAULT_THRESHOLD),
  limit: z.number().int().min(1).max(50).default(DEFAULT_LIMIT),
}).openapi('ScreenRequest');

export const ScreenResponse = z.object({
  lists: z.array(z.string()),
  entries: z.number().int().openapi({ description: 'List entries screened against.' }),
  results: z.array(z.object({
    id: z.string(),
    query: z.string(),
    matches: z.array(z.object({ list: z.string(), id: z.string(), name: z.string(), score: z.number(), explanation: z.string() })),
  })),
}).openapi('ScreenResponse');
