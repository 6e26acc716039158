// Screening lists (OFAC SDN, FollowTheMoney exports, plain CSV, and the knowledge base
// itself as the list `kb`): the records every importer produces and every store keeps.
import { z } from 'zod';

export const ListEntryKind = z.enum(['person', 'organization', 'vessel', 'aircraft', 'other']);
export type ListEntryKind = z.infer<typeof ListEntryKind>;

export const ListEntry = z.object({
  /** Id within its list: the SDN entity number for OFAC, the FtM id, the CSV id. */
  id: z.string().min(1),
  kind: ListEntryKind,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  /** ISO 3166-1 alpha-2 codes where known. */
  countries: z.array(z.string()),
  /** ISO dates or years (YYYY, YYYY-MM, YYYY-MM-DD), as precise as the list gives them. */
  birthDates: z.array(z.string()),
  /** Sanction programs (SDN: SDNTK, ILLICIT-DRUGS…) or other tags. */
  programs: z.array(z.string()),
  remarks: z.string().nullable(),
});
export type ListEntry = z.infer<typeof ListEntry>;

export const ListMeta = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  format: z.enum(['ofac-csv', 'ftm', 'csv', 'kb']),
  source: z.string().nullable(),
  importedAt: z.string(),
  entryCount: z.number().int().nonnegative(),
});
export type ListMeta = z.infer<typeof ListMeta>;
