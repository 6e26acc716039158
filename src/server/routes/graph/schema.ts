// The network around an entity on the wire: nodes, typed edges, and the evidence of each edge.
import { z } from '@hono/zod-openapi';
import { EntityRef, Span } from '../../schemas/common.js';

export const EDGE_TYPES = ['co_mention', 'alleged_link', 'position_in', 'member_of', 'responded_to'] as const;

export const GraphQuery = z.object({
  documents: z.coerce.number().int().min(1).max(1000).default(200).openapi({ description: "The entity's latest documents read." }),
  nodes: z.coerce.number().int().min(1).max(200).default(40).openapi({ description: 'Most neighbours returned, strongest first.' }),
});

export const GraphNode = EntityRef.extend({
  orgType: z.string().nullable(),
  documents: z.number().int(),
  center: z.boolean(),
}).openapi('GraphNode');

export const GraphEdge = z.object({
  id: z.string(),
  source: z.number().int(),
  target: z.number().int(),
  type: z.enum(EDGE_TYPES),
  weight: z.number().int().openapi({ description: 'Documents supporting the edge.' }),
  evidence: z.array(z.object({
    documentId: z.number().int(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    quote: z.string().nullable(),
    span: Span.nullable(),
    note: z.string().nullable(),
  })),
}).openapi('GraphEdge', { description: 'alleged_link edges rest on allegations: claims reported by sources, not established ties.' });

export const Graph = z.object({
  center: EntityRef,
  documentsRead: z.number().int(),
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
}).openapi('Graph');
export type Graph = z.infer<typeof Graph>;
export type GraphNode = z.infer<typeof GraphNode>;
export type GraphEdge = z.infer<typeof GraphEdge>;
export type EdgeType = (typeof EDGE_TYPES)[number];
