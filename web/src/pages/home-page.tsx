// Home: search, what the store holds, the latest reports and the most reported people.
import { Link } from 'react-router';
import { useApi } from '../api/use-api.js';
import type { Overview } from '../api/types.js';
import { SearchBox } from '../components/search-box.js';
import { Empty, ErrorMessage, Loading } from '../components/status.js';
import { plural, reportDate } from '../format.js';

export function HomePage() {
  const { data, error } = useApi<Overview>('/overview');
  return (
    <>
      <h1 className="visually-hidden">Dossier</h1>
      <section className="hero">
        <p>Reports about politicians and organized crime, as a sourced record: who is alleged to be tied to crime, who says so, whether it was verified, and what the accused answered.</p>
        <SearchBox autoFocus />
      </section>
      {error && <ErrorMessage error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <>
          <section aria-labelledby="counts-title">
            <h2 id="counts-title" className="visually-hidden">In the record</h2>
            <ul className="counts">
              <li><strong>{data.counts.documents}</strong> reports</li>
              <li><strong>{data.counts.entities.person ?? 0}</strong> people</li>
              <li><strong>{data.counts.entities.organization ?? 0}</strong> organizations</li>
              <li><strong>{data.counts.entities.group ?? 0}</strong> groups</li>
              <li><strong>{data.counts.entities.place ?? 0}</strong> places</li>
            </ul>
          </section>
          <div className="columns">
            <section aria-labelledby="people-title">
              <h2 id="people-title">Most reported people</h2>
              {data.mostReported.length === 0 && <Empty>No people yet.</Empty>}
              <ol className="people-list">
                {data.mostReported.map((p) => (
                  <li key={p.id}>
                    <Link to={`/entities/${p.id}`}>{p.name}</Link>
                    <span className="muted"> · {plural(p.documentCount, 'report')}{p.country ? ` · ${p.country}` : ''}</span>
                  </li>
                ))}
              </ol>
            </section>
            <section aria-labelledby="recent-title">
              <h2 id="recent-title">Recently added reports</h2>
              {data.recent.length === 0 && <Empty>No reports yet. <Link to="/add">Add one</Link>.</Empty>}
              <ul className="doc-list">
                {data.recent.map((d) => (
                  <li key={d.id}>
                    <Link to={`/documents/${d.id}`}>{d.title ?? `Document ${d.id}`}</Link>
                    <span className="muted"> · {d.outlet ?? 'unknown outlet'} · {reportDate(d)} · {d.language}</span>
                  </li>
                ))}
              </ul>
            </section>
          </div>
        </>
      )}
    </>
  );
}
