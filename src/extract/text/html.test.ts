import { describe, expect, it } from 'vitest';
import { htmlToArticle, looksLikeHtml } from './html.js';

const page = `<!doctype html><html><head><title>Governor denies cartel links | Example News</title>
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2025-04-30T10:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Governor denies cartel links</h1>
<p>Sonora Governor Ana Ruiz Paredes denied on Tuesday any links to organized crime, a day after two sources named her in a U.S. report.</p>
<p>"These accusations are false," Ruiz told reporters in Hermosillo. <script>alert('x')</script></p>
<p>The State Department declined to comment.</p></article>
<footer>Copyright 2025</footer></body></html>`;

describe('HTML input', () => {
  it('is recognised as HTML, and plain text is not', () => {
    expect(looksLikeHtml(page)).toBe(true);
    expect(looksLikeHtml('The governor <denied> it.\nTwo sources said so.')).toBe(false);
  });
  it('is reduced to the article text with paragraphs kept apart and scripts dropped', () => {
    const a = htmlToArticle(page);
    expect(a.text).toContain('Sonora Governor Ana Ruiz Paredes denied on Tuesday');
    expect(a.text).toContain('\n\n"These accusations are false," Ruiz told reporters in Hermosillo.');
    expect(a.text).not.toMatch(/alert|Copyright|Home \|/);
    expect(a.outlet).toBe('Example News');
    expect(a.published).toBe('2025-04-30');
    expect(a.title).toMatch(/Governor denies cartel links/);
  });
  it('refuses a page without article text', () => {
    expect(() => htmlToArticle('<html><body><nav>Home</nav></body></html>')).toThrow(/no article text/);
  });
});
