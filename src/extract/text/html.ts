// HTML pages reduced to their article text with Mozilla's Readability (over linkedom's DOM),
// keeping paragraph breaks so that sentences never run across paragraphs.
import { createRequire } from 'node:module';
import { DossierError } from '../../errors.js';

// Loaded on the first HTML page, not at start-up (linkedom alone takes a quarter of a second);
// both packages ship CommonJS builds, so loading stays synchronous.
const require = createRequire(import.meta.url);
type Readers = { Readability: typeof import('@mozilla/readability').Readability; parseHTML: typeof import('linkedom').parseHTML };
let readers: Readers | null = null;
function htmlReaders(): Readers {
  readers ??= {
    Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability,
    parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
  };
  return readers;
}

export interface HtmlArticle {
  text: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'PRE', 'TABLE', 'TR', 'FIGCAPTION', 'HEADER', 'FOOTER', 'ASIDE', 'DD', 'DT',
]);

/** True when the text is an HTML document or fragment rather than plain text or Markdown. */
export function looksLikeHtml(text: string): boolean {
  const opening = text.slice(0, 2000);
  // Plain text, the common case, has no tag at all: no need to lower-case it and scan for tags.
  if (!opening.includes('<')) return false;
  const head = opening.trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  const tags = head.match(/<\/?(p|div|body|article|span|a|br|h[1-6]|head|meta|section)\b[^>]*>/g);
  return (tags?.length ?? 0) >= 3;
}

export function htmlToArticle(html: string): HtmlArticle {
  const { Readability, parseHTML } = htmlReaders();
  const { document } = parseHTML(html);
  const metaTitle = document.querySelector('title')?.textContent?.trim() || null;
  const parsed = new Readability(document as unknown as Document).parse();
  if (!parsed?.content) {
    throw new DossierError('invalid_input', 'no article text found in the HTML');
  }
  const { document: articleDoc } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const blocks: string[] = [];
  collectText(articleDoc.body as unknown as Node, blocks, { current: '' });
  const text = blocks.map((b) => b.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n\n');
  // A navigation bar or a cookie notice is not an article: ask for a few sentences' worth.
  if (text.split(/\s+/).length < 8) throw new DossierError('invalid_input', 'no article text found in the HTML');
  return {
    text,
    title: parsed.title?.trim() || metaTitle,
    outlet: parsed.siteName?.trim() || null,
    published: isoDate(parsed.publishedTime ?? null),
  };
}

function collectText(node: Node, blocks: string[], acc: { current: string }): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      acc.current += child.textContent ?? '';
    } else if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') continue;
      if (tag === 'BR') { acc.current += '\n'; continue; }
      const block = BLOCK.has(tag);
      if (block && acc.current.trim()) { blocks.push(acc.current); acc.current = ''; }
      collectText(child, blocks, acc);
      if (block && acc.current.trim()) { blocks.push(acc.current); acc.current = ''; }
    }
  }
  if (node.parentNode === null && acc.current.trim()) { blocks.push(acc.current); acc.current = ''; }
}

function isoDate(s: string | null): string | null {
  const m = s?.match(/^(\d{4}-\d{2}-\d{2})/);
  return m ? m[1]! : null;
}
