// Search results: matching names in the knowledge base, then reports containing the words,
// each with the matching words marked.
import { Link, useSearchParams } from 'react-router';
import { query } from '../api/client.js';
import type { EntitySummary, Page, SearchHit } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { KindBadge } from '../components/badges.js';
import { Pager } from '../components/pager.js';
import { SearchBox } from '../components/search-box.js';
import { Empty, ErrorMessage, Loading } from '../components/status.js';
import { plural, reportDate } from '../format.js';

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const entities = useApi<Page<EntitySummary>>(q ? `/entities${query({ q, sort: 'documents', limit: 20 })}` : null);
  const docs = useApi<Page<SearchHit>>(q ? `/search${query({ q, limit: 20, offset })}` : null);
  return (
    <>
      <h1>Search</h1>
      <SearchBox key={q} initial={q} />
      {q && (
        <div className="columns">
          <section aria-labelledby="names-title">
            <h2 id="names-title">Names</h2>
            {entities.error && <ErrorMessage error={entities.error} />}
            {entities.loading && <Loading />}
            {entities.data && entities.data.items.length === 0 && <Empty>No person, organization or place named like this.</Empty>}
            <ul className="people-list">
              {entities.data?.items.map((e) => (
                <li key={e.id}>
                  <Link to={`/entities/${e.id}`}>{e.name}</Link> <KindBadge kind={e.kind} orgType={e.orgType} />
                  <span className="muted"> · {plural(e.documentCount, 'report')}</span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="reports-title">
            <h2 id="reports-title">Reports</h2>
            {docs.error && <ErrorMessage error={docs.error} />}
            {docs.loading && <Loading />}
            {docs.data && docs.data.items.length === 0 && <Empty>No report contains all these words.</Empty>}
            <ul className="doc-list">
              {docs.data?.items.map((h) => (
                <li key={h.id}>
                  <Link to={`/documents/${h.id}`}>{h.title ?? `Document ${h.id}`}</Link>
                  <span className="muted"> · {h.outlet ?? 'unknown outlet'} · {reportDate(h)}</span>
                  <p className="snippet">{h.snippet.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</p>
                </li>
              ))}
            </ul>
            {docs.data && <Pager page={docs.data.page} label="Report results" onOffset={(o) => setParams({ q, offset: String(o) })} />}
          </section>
        </div>
      )}
    </>
  );
}
