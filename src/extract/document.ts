// The source document: decoded input reduced to the text that offsets point into, with the
// metadata (title, outlet, date) that the input itself carries.
import { htmlToArticle, looksLikeHtml } from './text/html.js';

export type InputFormat = 'text' | 'markdown' | 'html';

export interface SourceDocument {
  text: string;
  format: InputFormat;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

export interface DocumentHints {
  format?: InputFormat | 'auto';
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
}

/** Turns decoded input (text, Markdown or HTML) into the document the pipeline reads. */
export function readDocument(raw: string, hints: DocumentHints = {}): SourceDocument {
  const format = hints.format && hints.format !== 'auto' ? hints.format : guessFormat(raw);
  if (format === 'html') {
    const article = htmlToArticle(raw);
    return {
      text: article.text,
      format,
      title: hints.title ?? article.title,
      outlet: hints.outlet ?? article.outlet,
      published: hints.published ?? article.published,
    };
  }
  return {
    text: raw,
    format,
    title: hints.title ?? guessTitle(raw, format),
    outlet: hints.outlet ?? null,
    published: hints.published ?? null,
  };
}

function guessFormat(raw: string): InputFormat {
  if (looksLikeHtml(raw)) return 'html';
  if (/^#{1,6} \S/m.test(raw.slice(0, 3000)) || /\[[^\]]+\]\([^)]+\)/.test(raw.slice(0, 3000))) return 'markdown';
  return 'text';
}

/** A headline: a Markdown heading, or the first short line of three or more words without a final period. */
function guessTitle(raw: string, format: InputFormat): string | null {
  // Only the opening matters; splitting the whole text would cost as much as the rest.
  const lines = raw.slice(0, 2000).split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 4);
  if (format === 'markdown') {
    const h = lines.find((l) => /^#{1,6} /.test(l));
    if (h) return h.replace(/^#+\s*/, '');
  }
  for (const line of lines) {
    const words = line.split(/\s+/).length;
    if (words >= 3 && line.length <= 250) return line;
    if (line.length > 250) break;
  }
  return null;
}
