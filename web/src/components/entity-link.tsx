// A link to an entity's page, or just its name when it is not in the knowledge base.
import { Link } from 'react-router';
import type { EntityRef } from '../api/types.js';

export function EntityLink({ entity, fallback }: { entity: EntityRef | null; fallback?: string }) {
  if (!entity || entity.id <= 0) return <span>{fallback ?? entity?.name ?? 'unknown'}</span>;
  return <Link to={`/entities/${entity.id}`} className={`entity-link kind-${entity.kind}`}>{entity.name}</Link>;
}

export function EntityList({ entities }: { entities: EntityRef[] }) {
  return (
    <>
      {entities.map((e, i) => (
        <span key={`${e.id}-${i}`}>{i > 0 && ', '}<EntityLink entity={e} /></span>
      ))}
    </>
  );
}
