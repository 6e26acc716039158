// The timeline on the wire: dated events, allegation reports and reports, with filters.
import { z } from '@hono/zod-openapi';
import { DocumentRef, EntityRef, PageQuery, Span, paged } from '../../schemas/common.js';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const TYPES = ['event', 'allegation', 'report'] as const;

export const TimelineQuery = PageQuery.extend({
  entity: z.coerce.number().int().positive().optional().openapi({ description: 'Only facts about this entity (id); everything when absent.' }),
  types: z.string().optional()
    .transform((s, ctx) => {
      if (!s) return undefined;
      const list = [...new Set(s.split(',').map((t) => t.trim()).filter(Boolean))];
      const bad = list.find((t) => !(TYPES as readonly string[]).includes(t));
      if (bad) {
        ctx.addIssue({ code: 'custom', message: `unknown type "${bad}" (use ${TYPES.join(', ')})` });
        return z.NEVER;
      }
      return list as (typeof TYPES)[number][];
    })
    .openapi({ type: 'string', description: `Comma-separated: ${TYPES.join(', ')} (all when absent).`, example: 'event,allegation' }),
  from: z.string().regex(DATE, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  to: z.string().regex(DATE, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD').optional(),
});

export const TimelineItem = z.object({
  type: z.enum(TYPES),
  date: z.string(),
  kind: z.string().nullable().openapi({ description: 'Event kind or allegation category.' }),
  verification: z.string().nullable(),
  entities: z.array(EntityRef),
  document: DocumentRef,
  span: Span.nullable(),
  quote: z.string().nullable(),
}).openapi('TimelineItem');
export type TimelineItem = z.infer<typeof TimelineItem>;

export const TimelinePage = paged(TimelineItem).extend({ entity: EntityRef.nullable() }).openapi('TimelinePage');
