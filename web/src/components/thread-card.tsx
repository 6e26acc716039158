// One allegation thread on a person's page: what is alleged (as an allegation), who says so
// and how often, how it stands, when it was first and last reported, each report's words,
// and beside them what the subject answered.
import { useState } from 'react';
import { getJson, query } from '../api/client.js';
import type { AllegationReportItem, Page, Thread } from '../api/types.js';
import { categoryLabel, plural, reportDate, sourceKindLabel } from '../format.js';
import { AllegationTag, StanceBadge, VerificationBadge } from './badges.js';
import { EntityLink } from './entity-link.js';
import { EvidenceQuote } from './evidence-quote.js';
import { ErrorMessage } from './status.js';

function VerificationSummary({ counts }: { counts: Thread['verification'] }) {
  const order = ['confirmed', 'disputed', 'unverified', 'unstated'] as const;
  return (
    <span className="verification-summary">
      {order.filter((v) => counts[v] > 0).map((v) => (
        <span key={v}><VerificationBadge value={v} />{counts[v] > 1 && <span className="muted"> ×{counts[v]}</span>} </span>
      ))}
    </span>
  );
}

function Report({ r }: { r: AllegationReportItem }) {
  return (
    <li className="report">
      <div className="report-meta">
        <VerificationBadge value={r.verification} />{' '}
        <span>according to {r.sources.map((s, i) => (
          <span key={i}>{i > 0 && '; '}{s.entity ? <EntityLink entity={s.entity} /> : s.description}
            <span className="muted"> ({sourceKindLabel(s.kind)}{s.count ? `, ${plural(s.count, 'source')}` : ''})</span></span>
        ))}</span>
      </div>
      <EvidenceQuote evidence={r.evidence} localId={r.allegationId} />
    </li>
  );
}

export function ThreadCard({ thread, subject }: { thread: Thread; subject: { id: number; name: string } }) {
  const [more, setMore] = useState<Page<AllegationReportItem> | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const shown = more ? more.items : thread.reports;
  const loadMore = (offset: number) => {
    getJson<Page<AllegationReportItem>>(`/entities/${subject.id}/threads/${thread.category}/reports${query({ limit: 50, offset })}`)
      .then(setMore, setError);
  };
  return (
    <article className="thread" aria-labelledby={`thread-${thread.category}`}>
      <header>
        <h3 id={`thread-${thread.category}`}><AllegationTag /> Alleged {categoryLabel(thread.category)}</h3>
        <VerificationSummary counts={thread.verification} />
        <p className="thread-dates">
          {plural(thread.reportCount, 'report')} in {plural(thread.documentCount, 'document')}
          {' · '}first reported {thread.firstReported ?? 'undated'} · latest {thread.lastReported ?? 'undated'}
        </p>
        <p className="thread-sources">
          Sources: {thread.sources.map((s, i) => (
            <span key={i}>{i > 0 && ', '}{s.entity ? <EntityLink entity={s.entity} /> : s.description}
              <span className="muted"> ({sourceKindLabel(s.kind)}, {plural(s.reports, 'report')})</span></span>
          ))}
        </p>
      </header>
      <div className="thread-body">
        <section className="thread-reports" aria-label="Reports">
          <ul>{shown.map((r) => <Report key={`${r.evidence.documentId}-${r.allegationId}`} r={r} />)}</ul>
          {error && <ErrorMessage error={error} />}
          {!more && thread.reportCount > thread.reports.length && (
            <button type="button" onClick={() => loadMore(0)}>Show all {thread.reportCount} reports</button>
          )}
          {more && (more.page.offset > 0 || more.page.next !== null) && (
            <nav className="pager" aria-label="Report pages">
              <button type="button" disabled={more.page.offset === 0} onClick={() => loadMore(Math.max(0, more.page.offset - more.page.limit))}>Previous</button>
              <button type="button" disabled={more.page.next === null} onClick={() => more.page.next !== null && loadMore(more.page.next)}>Next</button>
            </nav>
          )}
        </section>
        <aside className="thread-responses" aria-label={`Responses to these allegations`}>
          <h4>Responses</h4>
          {thread.responses.length === 0 && <p className="empty">No response recorded in these reports.</p>}
          <ul>
            {thread.responses.map((r) => (
              <li key={`${r.evidence.documentId}-${r.responseId}`}>
                <StanceBadge value={r.stance} /> <EntityLink entity={r.by} />
                <span className="muted">, {reportDate(r.evidence)}</span>
                <EvidenceQuote evidence={r.evidence} localId={r.responseId} />
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </article>
  );
}
