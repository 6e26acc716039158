// What `dossier ingest` reads: folders recursively, JSON Lines line by line, RSS and Atom feeds,
// standard input; every unreadable item named and skipped rather than stopping the run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planInputs, readInputs, type InputEvent } from './read-inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

async function read(paths: string[], stdin?: string[]): Promise<InputEvent[]> {
  const out: InputEvent[] = [];
  const plan = await planInputs(paths);
  const stream = stdin ? (async function* () { for (const c of stdin) yield Buffer.from(c); })() : undefined;
  for await (const ev of readInputs(plan, { stdin: stream })) out.push(ev);
  return out;
}

const RSS = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Gulf Courier</title>
<item><title>Mayor detained</title><link>https://example.org/1</link><guid>g-1</guid><pubDate>Tue, 03 Jun 2025 10:00:00 GMT</pubDate>
<description>Short summary.</description><content:encoded><![CDATA[<p>The mayor of Puerto Sol was detained on Monday.</p><p>Prosecutors said he had ties to a cartel.</p>]]></content:encoded></item>
<item><title>Only a title</title><link>https://example.org/2</link></item></channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Diario del Puerto</title>
<entry><title>Alcaldesa niega acusaciones</title><link rel="alternate" href="https://example.org/es/1"/><id>urn:es:1</id>
<published>2025-07-01T08:00:00-06:00</published><summary>La alcaldesa negó cualquier vínculo con el crimen organizado.</summary></entry></feed>`;

describe('reading inputs', () => {
  it('walks folders in name order, skipping hidden files and unnamed .json files', async () => {
    file('walk/b/article.txt', 'Two sources said the governor met cartel leaders.');
    file('walk/a.md', '# Report\n\nThe senator denied the claims.');
    file('walk/.hidden.txt', 'not read');
    file('walk/notes.json', '{"text":"not read either"}');
    const events = await read([join(dir, 'walk')]);
    expect(events.map((e) => ('input' in e ? [e.input.label, e.input.format] : e.failure))).toEqual([
      [join(dir, 'walk/a.md'), 'markdown'], [join(dir, 'walk/b/article.txt'), 'auto'],
    ]);
  });

  it('reads JSON Lines records, naming the lines it skips', async () => {
    const p = file('docs.jsonl', [
      JSON.stringify({ id: 7, url: 'https://example.org/7', title: 'T', outlet: 'O', published: '2025-04-30T10:00:00Z', language: 'es', text: 'Texto del artículo.' }),
      '',
      '{not json',
      JSON.stringify({ title: 'no body' }),
      JSON.stringify({ html: '<p>Un párrafo.</p>', published: 'someday' }),
      JSON.stringify({ html: '<p>x</p>', text: 'both' }),
    ].join('\n'));
    const events = await read([p]);
    const first = events[0]!;
    expect('input' in first && first.input).toMatchObject({
      label: `${p} line 1 (id 7)`, raw: 'Texto del artículo.', lang: 'es', title: 'T', outlet: 'O', published: '2025-04-30', url: 'https://example.org/7', sourceId: '7',
    });
    expect(events.slice(1).map((e) => ('failure' in e ? [e.label, e.failure] : null))).toEqual([
      [`${p} line 3`, 'not valid JSON'],
      [`${p} line 4`, 'not a document record: a record needs exactly one of "text" or "html"'],
      [`${p} line 5`, 'not a document record: "published" is not a date: someday'],
      [`${p} line 6`, 'not a document record: a record needs exactly one of "text" or "html"'],
    ]);
    expect(events.reduce((n, e) => n + e.bytes, 0)).toBeGreaterThan(0);
  });

  it('reads RSS items with their metadata and skips items without text', async () => {
    const events = await read([file('feed.rss', RSS)]);
    expect(events).toHaveLength(2);
    const item = events[0]!;
    expect('input' in item && item.input).toMatchObject({ format: 'html', title: 'Mayor detained', outlet: 'Gulf Courier', published: '2025-06-03', url: 'https://example.org/1', sourceId: 'g-1' });
    expect('input' in item && item.input.raw).toContain('ties to a cartel');
    expect(events[1]).toMatchObject({ label: `${join(dir, 'feed.rss')} item 2`, failure: expect.stringContaining('no text') });
  });

  it('reads Atom entries and recognises a feed by its content', async () => {
    const events = await read([file('feed-without-extension', ATOM)]);
    expect(events).toHaveLength(1);
    expect('input' in events[0]! && events[0].input).toMatchObject({
      format: 'text', title: 'Alcaldesa niega acusaciones', outlet: 'Diario del Puerto', published: '2025-07-01', url: 'https://example.org/es/1',
    });
  });

  it('names a bad file and goes on', async () => {
    const bad = file('bad/latin1.txt', Buffer.from('El gobernador neg\xf3 todo.', 'latin1'));
    const good = file('bad/ok.txt', 'The governor denied everything.');
    const events = await read([bad, good, file('bad/broken.xml', '<rss><channel><item>')]);
    expect(events.map((e) => ('failure' in e ? e.failure : 'ok'))).toEqual([expect.stringMatching(/not valid UTF-8/), 'ok', expect.stringMatching(/not well-formed XML|not an RSS or Atom feed|no documents/)]);
  });

  it('reads standard input as JSON Lines, a feed or one article', async () => {
    const jsonl = await read(['-'], ['{"text":"one"}\n{"te', 'xt":"two"}\n']);
    expect(jsonl.map((e) => 'input' in e && e.input.raw)).toEqual(['one', 'two']);
    const feed = await read(['-'], [RSS]);
    expect(feed.filter((e) => 'input' in e)).toHaveLength(1);
    const text = await read(['-'], ['  \n', 'The governor denied the claims.\n']);
    expect(text.map((e) => 'input' in e && [e.input.label, e.input.raw])).toEqual([['standard input', '  \nThe governor denied the claims.\n']]);
  });

  it('stops before any work when a path does not exist', async () => {
    await expect(planInputs([join(dir, 'nope')])).rejects.toThrow(/no such file or folder/);
    await expect(planInputs(['-', '-'])).rejects.toThrow(/only once/);
  });
});
