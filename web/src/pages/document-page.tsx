// One report: its text with every extracted span highlighted, and the extraction beside it.
// The address fragment names what is in focus (#a1, #r2, #v1, #e3 or #span=120-180), so a
// link from a dossier opens the report at the words it cites.
import { useEffect } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { DocumentView } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { ExtractionPanel } from '../components/extraction-panel.js';
import { HighlightLegend, HighlightedText } from '../components/highlighted-text.js';
import { ErrorMessage, Loading } from '../components/status.js';
import { reportDate } from '../format.js';

export function DocumentPage() {
  const { id } = useParams();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const valid = !!id && /^\d+$/.test(id);
  const { data, error } = useApi<DocumentView>(valid ? `/documents/${id}` : null);
  const focus = hash.length > 1 ? decodeURIComponent(hash.slice(1)) : null;

  useEffect(() => {
    if (!data || !focus) return;
    const target = document.getElementById(`item-${/^span=/.test(focus) ? 'span' : focus}`);
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [data, focus]);

  if (!valid) return <ErrorMessage error={new Error(`"${id}" is not a document id`)} />;
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  const d = data.document;
  return (
    <article className="document-page">
      <header>
        <h1>{d.title ?? `Document ${d.id}`}</h1>
        <p className="muted">
          {d.outlet ?? 'Unknown outlet'} · {reportDate(d)} · {d.language === 'es' ? 'Spanish' : d.language === 'en' ? 'English' : d.language}
          {d.url && <> · <a href={d.url} rel="noopener noreferrer nofollow" target="_blank">original</a></>}
          {' · '}extracted by {d.extractorVersion}
        </p>
        <HighlightLegend />
      </header>
      <div className="document-layout">
        <section aria-label="Article text">
          <HighlightedText text={d.text} extraction={data.extraction} focus={focus} />
        </section>
        <ExtractionPanel extraction={data.extraction} focus={focus} onPick={(item) => navigate({ hash: item }, { replace: true })} />
      </div>
    </article>
  );
}
