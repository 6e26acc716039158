// Add a report: paste an article or upload a file, see what extraction finds, then save it
// (saving needs the write token `dossier serve` printed).
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, postJson } from '../api/client.js';
import { savedToken, saveToken } from '../api/token.js';
import type { DocumentView, PreviewResult } from '../api/types.js';
import { ExtractionPanel } from '../components/extraction-panel.js';
import { HighlightLegend, HighlightedText } from '../components/highlighted-text.js';
import { ErrorMessage } from '../components/status.js';
import { plural } from '../format.js';

const MAX_BYTES = 5 * 1024 * 1024;

interface Saved {
  status: 'new' | 'updated' | 'unchanged';
  documentId: number;
  counts: { entitiesCreated: number; entitiesLinked: number; allegations: number; responses: number; events: number };
  view: DocumentView;
}

export function AddReportPage() {
  const [text, setText] = useState('');
  const [isHtml, setIsHtml] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const [meta, setMeta] = useState({ title: '', outlet: '', published: '', url: '', language: 'auto' });
  const [token, setToken] = useState(savedToken() ?? '');
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const [focus, setFocus] = useState<string | null>(null);

  const body = () => ({
    [isHtml ? 'html' : 'text']: text,
    ...(meta.title.trim() ? { title: meta.title.trim() } : {}),
    ...(meta.outlet.trim() ? { outlet: meta.outlet.trim() } : {}),
    ...(meta.published.trim() ? { published: meta.published.trim() } : {}),
    ...(meta.url.trim() ? { url: meta.url.trim() } : {}),
    language: meta.language,
  });
  const run = async (what: 'preview' | 'save') => {
    setBusy(true);
    setError(null);
    try {
      if (what === 'preview') {
        setSaved(null);
        setPreview(await postJson<PreviewResult>('/extract', body()));
      } else {
        saveToken(token.trim());
        const result = await postJson<Saved>('/documents', body(), { auth: true });
        setSaved(result);
        setPreview(null);
      }
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? new Error(`${err.message}. Paste the write token below.`) : err as Error);
    } finally {
      setBusy(false);
    }
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setError(new Error(`${file.name} is over the 5 MB limit`));
      return;
    }
    setFileName(file.name);
    setIsHtml(/\.html?$/i.test(file.name));
    setText(await file.text());
    setPreview(null);
    setSaved(null);
  };
  const field = (key: keyof typeof meta, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <label>{label} <input value={meta[key]} onChange={(e) => setMeta({ ...meta, [key]: e.target.value })} {...props} /></label>
  );
  const shown = saved ? { text: saved.view.document.text, extraction: saved.view.extraction } : preview ? { text: preview.document.text, extraction: preview.extraction } : null;

  return (
    <>
      <h1>Add a report</h1>
      <form className="add-report" onSubmit={(e) => { e.preventDefault(); void run('preview'); }}>
        <label htmlFor="article-text">Article text (the first line may be the headline)</label>
        <textarea id="article-text" rows={12} value={text} onChange={(e) => { setText(e.target.value); setIsHtml(false); setFileName(null); }} />
        <label>Or upload a file (.txt, .md, .html) <input type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown" onChange={(e) => void onFile(e.target.files?.[0])} /></label>
        {fileName && <p className="muted">Read {fileName}{isHtml ? ' as HTML' : ''}.</p>}
        <fieldset className="meta-fields">
          <legend>About the report (optional)</legend>
          {field('title', 'Headline')}
          {field('outlet', 'Outlet')}
          {field('published', 'Published', { placeholder: 'YYYY-MM-DD' })}
          {field('url', 'Address', { type: 'url', placeholder: 'https://…' })}
          <label>Language{' '}
            <select value={meta.language} onChange={(e) => setMeta({ ...meta, language: e.target.value })}>
              <option value="auto">detect</option><option value="en">English</option><option value="es">Spanish</option>
            </select>
          </label>
        </fieldset>
        <label>Write token (printed by dossier serve) <input type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} /></label>
        <div className="buttons">
          <button type="submit" disabled={busy || !text.trim()}>Show extraction</button>
          <button type="button" disabled={busy || !text.trim()} onClick={() => void run('save')}>Save report</button>
        </div>
      </form>
      {error && <ErrorMessage error={error} />}
      {saved && (
        <div className="saved" role="status">
          {saved.status === 'unchanged' ? 'This report was already stored.' : saved.status === 'updated' ? 'The stored report was extracted again.' : 'Saved.'}{' '}
          <Link to={`/documents/${saved.documentId}`}>Open the saved report</Link>
          <span className="muted"> · {plural(saved.counts.allegations, 'allegation')}, {plural(saved.counts.responses, 'response')}, {plural(saved.counts.events, 'event')}; {plural(saved.counts.entitiesCreated, 'new entity', 'new entities')}, {plural(saved.counts.entitiesLinked, 'known entity', 'known entities')} matched</span>
        </div>
      )}
      {shown && (
        <section aria-labelledby="extraction-title" className="document-page">
          <h2 id="extraction-title">{saved ? 'Stored extraction' : 'Extraction preview (not saved yet)'}</h2>
          <HighlightLegend />
          <div className="document-layout">
            <section aria-label="Article text"><HighlightedText text={shown.text} extraction={shown.extraction} focus={focus} /></section>
            <ExtractionPanel extraction={shown.extraction} focus={focus} onPick={(id) => {
              setFocus(id);
              document.getElementById(`item-${id}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
            }} />
          </div>
        </section>
      )}
    </>
  );
}
