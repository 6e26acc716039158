// A person's (or organization's) page: who they are as reported (names, positions with report
// dates, party, country), the allegation threads about them with sources, verification and
// their responses, events, who is named with them, and the reports.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { getJson, query } from '../api/client.js';
import type { DocumentRef, Dossier, Page } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { KindBadge } from '../components/badges.js';
import { EntityLink, EntityList } from '../components/entity-link.js';
import { evidenceHref } from '../components/evidence-quote.js';
import { Pager } from '../components/pager.js';
import { Empty, ErrorMessage, Loading } from '../components/status.js';
import { ThreadCard } from '../components/thread-card.js';
import { eventLabel, plural, reportDate } from '../format.js';

function Reported({ r }: { r: { reports: number; firstReported: string | null; lastReported: string | null } }) {
  const range = r.firstReported === r.lastReported ? `reported ${r.firstReported ?? 'undated'}` : `reported ${r.firstReported ?? '?'} to ${r.lastReported ?? '?'}`;
  return <span className="muted"> · {range} ({plural(r.reports, 'report')})</span>;
}

function Header({ d }: { d: Dossier }) {
  const current = d.positions.filter((p) => p.status !== 'former');
  const former = d.positions.filter((p) => p.status === 'former');
  const position = (p: Dossier['positions'][number], i: number) => (
    <li key={i}>
      <Link to={evidenceHref(p.latest)}>{p.title}{p.jurisdiction ? ` of ${p.jurisdiction}` : ''}</Link>
      <Reported r={p} />
    </li>
  );
  return (
    <header className="entity-header">
      <h1>{d.entity.name} <KindBadge kind={d.entity.kind} orgType={d.entity.orgType} /></h1>
      {/* A lone surname's entity is a holder too: the one note that fits says why. */}
      {d.entity.undecided && !d.entity.surnameOnly && (
        <p className="undecided" role="note">
          Undecided: these are reports of a name that fits several known people, kept together until an analyst decides.
          They may concern any of them.
        </p>
      )}
      {d.entity.surnameOnly && (
        <p className="undecided" role="note">
          Known by one name alone: these reports may concern different people of that name.
        </p>
      )}
      {d.entity.aliases.length > 0 && <p>Also reported as: {d.entity.aliases.join(', ')}</p>}
      <dl className="facts">
        {d.entity.country && <><dt>Country</dt><dd>{d.entity.country}</dd></>}
        {d.parties.length > 0 && (
          <><dt>Party</dt><dd><ul>{d.parties.map((p) => <li key={p.party.id}><EntityLink entity={p.party} /><Reported r={p} /></li>)}</ul></dd></>
        )}
        {current.length > 0 && <><dt>Positions (current when reported)</dt><dd><ul>{current.map(position)}</ul></dd></>}
        {former.length > 0 && <><dt>Former positions</dt><dd><ul>{former.map(position)}</ul></dd></>}
        <dt>Reports</dt><dd>{d.entity.documentCount}</dd>
      </dl>
      <p className="entity-actions">
        <Link to={`/timeline?entity=${d.entity.id}`}>Timeline of {d.entity.name}</Link>
        {' · '}<Link to={`/network?entity=${d.entity.id}`}>Network around {d.entity.name}</Link>
      </p>
    </header>
  );
}

function Documents({ d }: { d: Dossier }) {
  const [page, setPage] = useState<Page<DocumentRef> | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const first: Page<DocumentRef> = { items: d.documents, page: { limit: d.documents.length, offset: 0, next: d.entity.documentCount > d.documents.length ? d.documents.length : null } };
  const shown = page ?? first;
  const load = (offset: number) => getJson<Page<DocumentRef>>(`/entities/${d.entity.id}/documents${query({ limit: 20, offset })}`).then(setPage, setError);
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">Reports <span className="count">{d.entity.documentCount}</span></h2>
      {error && <ErrorMessage error={error} />}
      <ul className="doc-list">
        {shown.items.map((doc) => (
          <li key={doc.id}><Link to={`/documents/${doc.id}`}>{doc.title ?? `Document ${doc.id}`}</Link><span className="muted"> · {doc.outlet ?? 'unknown outlet'} · {reportDate(doc)}</span></li>
        ))}
      </ul>
      <Pager page={shown.page} label="Report" onOffset={load} />
    </section>
  );
}

export function EntityPage() {
  const { id } = useParams();
  const { data: d, error } = useApi<Dossier>(id && /^\d+$/.test(id) ? `/entities/${id}` : null);
  if (error) return <ErrorMessage error={error} />;
  if (!id || !/^\d+$/.test(id)) return <ErrorMessage error={new Error(`"${id}" is not an entity id`)} />;
  if (!d) return <Loading />;
  const named = d.coMentioned.filter((c) => c.kind !== 'place');
  return (
    <article className="entity-page">
      <Header d={d} />
      <section aria-labelledby="allegations-title">
        <h2 id="allegations-title">Allegations reported about {d.entity.name}</h2>
        <p className="note">These are claims made by the sources shown, as the reports tell them; they are not established facts. Responses from the people concerned are shown beside them.</p>
        {d.threads.length === 0 && <Empty>No allegations recorded.</Empty>}
        {d.threads.map((t) => <ThreadCard key={t.id} thread={t} subject={{ id: d.entity.id, name: d.entity.name }} />)}
      </section>
      <section aria-labelledby="events-title">
        <h2 id="events-title">Events</h2>
        {d.events.length === 0 && <Empty>No events recorded.</Empty>}
        <ul className="event-list">
          {d.events.map((e) => (
            <li key={`${e.evidence.documentId}-${e.eventId}`}>
              <strong>{eventLabel(e.kind)}</strong>
              {e.date && <span> · {e.date}</span>}
              {e.actors.length > 0 && <span> · by <EntityList entities={e.actors} /></span>}
              {e.targets.length > 0 && <span> · against <EntityList entities={e.targets} /></span>}
              {e.place && <span> · in <EntityLink entity={e.place} /></span>}
              <div><Link to={evidenceHref(e.evidence, e.eventId)} className="quote-link">“{e.evidence.quote}”</Link> <span className="muted">{e.evidence.title ?? ''}, {reportDate(e.evidence)}</span></div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="named-title">
        <h2 id="named-title">People and organizations named in the same reports</h2>
        {named.length === 0 && <Empty>Nobody else yet.</Empty>}
        <ul className="chips">
          {named.map((c) => <li key={c.id}><EntityLink entity={c} /> <span className="muted" title="reports naming both">{c.documents}</span></li>)}
        </ul>
      </section>
      <Documents d={d} />
    </article>
  );
}
