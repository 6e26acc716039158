// The timeline of the whole store or of one entity (with the entities merged into it):
// events, allegation reports and reports, latest first, filtered by type and date range.
import type { TimelineFact, TimelineFilter } from '../store/browse-records.js';
import type { EntityRef } from '../store/records.js';
import type { Page, Store } from '../store/store.js';
import { findEntity } from './find-entity.js';

export interface TimelineQuery extends Omit<TimelineFilter, 'entityIds'>, Page {
  /** An entity id or name; the whole store when absent. */
  entity?: string;
}

export async function browseTimeline(store: Store, query: TimelineQuery): Promise<{ entity: EntityRef | null; items: TimelineFact[] }> {
  const { entity: wanted, ...filter } = query;
  if (!wanted) return { entity: null, items: await store.timelineFacts(filter) };
  const entity = await findEntity(store, wanted);
  const entityIds = await store.entityMembers(entity.id);
  return { entity: { id: entity.id, kind: entity.kind, name: entity.name }, items: await store.timelineFacts({ ...filter, entityIds }) };
}
