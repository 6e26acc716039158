// The exact words a fact comes from, with the report they are in and a link to them there.
import { Link } from 'react-router';
import type { Evidence } from '../api/types.js';
import { reportDate } from '../format.js';

/** `#a1` (an extracted item) or `#span=start-end` (any words) on the document page. */
export function evidenceHref(e: { documentId: number; span: { start: number; end: number } }, localId?: string): string {
  return `/documents/${e.documentId}#${localId ?? `span=${e.span.start}-${e.span.end}`}`;
}

export function EvidenceQuote({ evidence, localId }: { evidence: Evidence; localId?: string }) {
  return (
    <figure className="evidence">
      <blockquote>{evidence.quote}</blockquote>
      <figcaption>
        <Link to={evidenceHref(evidence, localId)}>{evidence.title ?? `Document ${evidence.documentId}`}</Link>
        {evidence.outlet && <span>, {evidence.outlet}</span>}
        <span>, {reportDate(evidence)}</span>
      </figcaption>
    </figure>
  );
}
