// Events, allegation reports and reports over time, for one entity or for everything,
// filtered by type and dates; the filters live in the address, so a view can be shared.
import { Link, useSearchParams } from 'react-router';
import { query } from '../api/client.js';
import type { Page, TimelineItem } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { AllegationTag, VerificationBadge } from '../components/badges.js';
import { EntityList } from '../components/entity-link.js';
import { evidenceHref } from '../components/evidence-quote.js';
import { Pager } from '../components/pager.js';
import { Empty, ErrorMessage, Loading } from '../components/status.js';
import { categoryLabel, eventLabel } from '../format.js';

const TYPES = [['event', 'Events'], ['allegation', 'Allegations'], ['report', 'Reports']] as const;

function Item({ item }: { item: TimelineItem }) {
  const doc = item.document;
  return (
    <li className={`timeline-item type-${item.type}`}>
      <time dateTime={item.date}>{item.date}</time>
      <div>
        {item.type === 'report' && <span>Report: <Link to={`/documents/${doc.id}`}>{doc.title ?? `Document ${doc.id}`}</Link>{doc.outlet && <span className="muted"> · {doc.outlet}</span>}</span>}
        {item.type === 'event' && <span><strong>{eventLabel(item.kind ?? '')}</strong>{item.entities.length > 0 && <> · <EntityList entities={item.entities} /></>}</span>}
        {item.type === 'allegation' && (
          <span><AllegationTag /> alleged {categoryLabel(item.kind ?? '')}{item.entities.length > 0 && <> against <EntityList entities={item.entities} /></>} {item.verification && <VerificationBadge value={item.verification} />}</span>
        )}
        {item.quote && item.span && (
          <div><Link className="quote-link" to={evidenceHref({ documentId: doc.id, span: item.span })}>“{item.quote}”</Link><span className="muted"> · {doc.title ?? `Document ${doc.id}`}</span></div>
        )}
      </div>
    </li>
  );
}

export function TimelinePage() {
  const [params, setParams] = useSearchParams();
  const entity = params.get('entity') ?? undefined;
  const types = params.get('types') ?? undefined;
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const offset = Number(params.get('offset') ?? 0) || 0;
  const { data, error, loading } = useApi<Page<TimelineItem> & { entity: { id: number; name: string } | null }>(`/timeline${query({ entity, types, from, to, offset, limit: 50 })}`);
  const chosen = new Set(types ? types.split(',') : TYPES.map(([t]) => t));
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) if (v) next.set(k, v); else next.delete(k);
    if (!('offset' in changes)) next.delete('offset');
    setParams(next);
  };
  return (
    <>
      <h1>Timeline{data?.entity ? ` of ${data.entity.name}` : ''}</h1>
      {data?.entity && <p><Link to={`/entities/${data.entity.id}`}>Back to {data.entity.name}</Link> · <Link to="/timeline">Everything</Link></p>}
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Timeline filters">
        <fieldset>
          <legend>Show</legend>
          {TYPES.map(([t, label]) => (
            <label key={t}>
              <input type="checkbox" checked={chosen.has(t)} onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(t); else next.delete(t);
                update({ types: next.size === TYPES.length || next.size === 0 ? undefined : [...next].join(',') });
              }} /> {label}
            </label>
          ))}
        </fieldset>
        <label>From <input type="text" inputMode="numeric" placeholder="YYYY-MM-DD" defaultValue={from} key={`from-${from}`} onBlur={(e) => update({ from: e.target.value.trim() || undefined })} /></label>
        <label>To <input type="text" inputMode="numeric" placeholder="YYYY-MM-DD" defaultValue={to} key={`to-${to}`} onBlur={(e) => update({ to: e.target.value.trim() || undefined })} /></label>
      </form>
      {error && <ErrorMessage error={error} />}
      {loading && !data && <Loading />}
      {data && data.items.length === 0 && <Empty>Nothing in this range.</Empty>}
      {data && (
        <>
          <ol className="timeline">{data.items.map((i, k) => <Item key={`${i.type}-${i.document.id}-${k}`} item={i} />)}</ol>
          <Pager page={data.page} label="Timeline" onOffset={(o) => update({ offset: String(o) })} />
        </>
      )}
    </>
  );
}
