// The web app end to end, as a reader uses it: the real server over a SQLite file holding the
// sample corpus, the built app (npm run build), and Chromium. Each page is opened by following
// links, checked for what it shows, checked with axe-core, and photographed (test-results/).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSamplesIfEmpty } from '../../src/kb/load-samples.js';
import { createApp } from '../../src/server/app.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { TempSqlite } from '../../src/store/contract/test-stores.js';
import type { Store } from '../../src/store/store.js';
import { openBrowser, screenshot, seriousViolations, type Browser } from './browser.js';
import { article, person } from '../fixtures/kb/build.js';
import { rivasNamesakes } from '../fixtures/kb/articles.js';
import { ingestArticle } from '../fixtures/kb/ingest-fixtures.js';

const ROOT = join(import.meta.dirname, '..', '..');
const WEB = join(ROOT, 'dist', 'web');
const TOKEN = 'e2e-token-0123456789abcdef';

describe('web app in Chromium', () => {
  const temp = new TempSqlite();
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let url: (path: string) => string;
  let samples = 0;

  beforeAll(async () => {
    if (!existsSync(join(WEB, 'index.html'))) throw new Error(`the web app is not built (${WEB}); run npm run build first`);
    store = await temp.open();
    const loaded = await loadSamplesIfEmpty(store, join(ROOT, 'samples'));
    // The extractor's own tests judge it; these need the corpus, not every article of it.
    for (const f of loaded?.failures ?? []) process.stderr.write(`sample ${f.file} not loaded: ${f.message}\n`);
    samples = loaded?.loaded ?? 0;
    expect(samples).toBeGreaterThanOrEqual(20);
    server = await startServer(createApp({ store, token: TOKEN, webRoot: WEB, loopbackOnly: true, cacheTtlMs: 0 }), { host: '127.0.0.1', port: 0 });
    url = (path) => new URL(path, server.url).toString();
    browser = await openBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    temp.cleanup();
  });

  async function checkAccessible(name: string) {
    expect(await seriousViolations(browser.page), `${name}: serious accessibility violations`).toEqual([]);
    await screenshot(browser.page, name);
  }

  it('follows links from home to a person to a document, and shows allegations as allegations', async () => {
    const { page } = browser;
    await page.goto(url('/'));
    await page.getByRole('heading', { name: 'Most reported people' }).waitFor();
    expect(await page.locator('.counts').innerText()).toMatch(new RegExp(`${samples}\\s+reports`));
    expect(await page.locator('.doc-list li').count()).toBe(8);
    await checkAccessible('home');

    const person = page.locator('.people-list a').first();
    const name = (await person.innerText()).trim();
    await person.click();
    await page.waitForURL(/\/entities\/\d+$/);
    await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
    await page.locator('.thread').first().waitFor();
    // Every thread reads as an allegation, with its sources, verification and the responses beside it.
    for (const heading of await page.locator('.thread h3').allInnerTexts()) expect(heading).toMatch(/^Allegation\s+Alleged /i);
    const thread = page.locator('.thread').first();
    expect(await thread.locator('.thread-sources').innerText()).toMatch(/^Sources: /);
    expect(await thread.locator('.badge[class*="verification-"]').count()).toBeGreaterThan(0);
    expect(await thread.locator('.thread-responses h4').innerText()).toBe('Responses');
    expect(await thread.locator('.thread-dates').innerText()).toMatch(/first reported \d{4}-\d{2}-\d{2} · latest \d{4}-\d{2}-\d{2}/);
    expect(await page.locator('.facts').innerText()).toMatch(/Positions/);
    await checkAccessible('person');

    const evidence = thread.locator('.evidence figcaption a').first();
    const href = await evidence.getAttribute('href');
    expect(href).toMatch(/^\/documents\/\d+#a\d+$/);
    await evidence.click();
    await page.waitForURL(/\/documents\/\d+#a\d+$/);
    await page.locator('.article-text mark.hl-allegation').first().waitFor();
    const focused = href!.split('#')[1]!;
    await expect.poll(() => page.locator(`#item-${focused}`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    })).toBe(true);
    expect(await page.locator('.extraction-panel .allegation-item').count()).toBeGreaterThan(0);
    await checkAccessible('document');
  }, 90_000);

  it('scrolls the article to an allegation chosen in the side panel', async () => {
    const { page } = browser;
    // The longest sample report with more than one allegation.
    const docs = (await (await fetch(url('/api/documents?limit=50'))).json()) as { items: { id: number }[] };
    let target: { id: number; allegation: string } | null = null;
    for (const d of docs.items) {
      const view = (await (await fetch(url(`/api/documents/${d.id}`))).json()) as { extraction: { allegations: { localId: string }[] } };
      if (view.extraction.allegations.length > 1) { target = { id: d.id, allegation: view.extraction.allegations.at(-1)!.localId }; break; }
    }
    expect(target).not.toBeNull();
    await page.setViewportSize({ width: 1280, height: 420 });
    await page.goto(url(`/documents/${target!.id}`));
    const pick = page.locator('.allegation-item button.pick').last();
    await pick.click();
    await page.waitForURL(new RegExp(`#${target!.allegation}$`));
    // The router renders the new address in a transition, so the button may show it a moment later.
    await expect.poll(() => pick.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator(`#item-${target!.allegation}`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    })).toBe(true);
    expect(await page.locator('.article-text .focused').count()).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 60_000);

  it('shows a person\'s timeline and network from the person page, filterable, with evidence', async () => {
    const { page } = browser;
    await page.goto(url('/'));
    await page.locator('.people-list a').first().click();
    await page.waitForURL(/\/entities\/\d+$/);
    await page.getByRole('link', { name: /^Timeline of / }).click();
    await page.waitForURL(/\/timeline\?entity=\d+$/);
    await page.locator('.timeline-item').first().waitFor();
    expect(await page.locator('.timeline-item.type-report').count()).toBeGreaterThan(0);
    // The box follows the address, which the router updates in a React transition: on a busy
    // machine the click shows only once that has rendered, too late for uncheck()'s own check.
    const reports = page.getByRole('checkbox', { name: 'Reports' });
    await reports.click();
    await page.waitForURL(/types=event%2Callegation|types=event,allegation/);
    await expect.poll(() => reports.isChecked()).toBe(false);
    await expect.poll(() => page.locator('.timeline-item.type-report').count()).toBe(0);
    expect(await page.locator('.timeline-item.type-allegation').count()).toBeGreaterThan(0);
    await checkAccessible('timeline');

    await page.goBack();
    await page.goBack();
    await page.waitForURL(/\/entities\/\d+$/);
    await page.getByRole('link', { name: /^Network around / }).click();
    await page.waitForURL(/\/network\?entity=\d+$/);
    await page.locator('[data-testid="graph-canvas"] canvas').first().waitFor();
    const connection = page.locator('.connection-list button').first();
    const label = await connection.innerText();
    await connection.click();
    await page.locator('.graph-details h3').waitFor();
    const [a, b] = label.split(' — ').filter((_, i) => i !== 1);
    expect(await page.locator('.graph-details h3').innerText()).toContain(a!.trim());
    expect(await page.locator('.graph-details h3').innerText()).toContain(b!.trim());
    expect(await page.locator('.graph-details .evidence-list li').count()).toBeGreaterThan(0);
    await checkAccessible('network');
  }, 90_000);

  it('adds a report: paste, see the extraction, save, open it', async () => {
    const { page } = browser;
    await page.goto(url('/'));
    await page.getByRole('link', { name: 'Add report' }).click();
    await page.waitForURL(/\/add$/);
    const text = 'Oaxaca mayor accused of diverting funds\n\nTwo council members said Mayor Renata Ibáñez Corral of Oaxaca diverted public funds to companies owned by her brother. '
      + 'Ibáñez denied the accusations on Monday and called them a smear.';
    await page.getByLabel(/Article text/).fill(text);
    await page.getByLabel('Outlet').fill('Test Ledger');
    await page.getByRole('button', { name: 'Show extraction' }).click();
    await page.getByRole('heading', { name: /Extraction preview/ }).waitFor();
    expect(await page.locator('.extraction-panel').innerText()).toContain('Renata Ibáñez Corral');
    expect(await page.locator('.article-text mark').count()).toBeGreaterThan(0);
    await checkAccessible('add-report');

    await page.getByLabel(/Write token/).fill(TOKEN);
    await page.getByRole('button', { name: 'Save report' }).click();
    await page.getByText('Saved.').waitFor();
    await page.getByRole('link', { name: 'Open the saved report' }).click();
    await page.waitForURL(/\/documents\/\d+$/);
    await page.getByRole('heading', { level: 1, name: 'Oaxaca mayor accused of diverting funds' }).waitFor();
    expect(await page.locator('header .muted').first().innerText()).toContain('Test Ledger');

    // A file works as well as pasted text: an HTML page is reduced to its article.
    await page.goto(url('/add'));
    await page.locator('input[type=file]').setInputFiles({
      name: 'report.html', mimeType: 'text/html',
      buffer: Buffer.from('<html><head><title>Port official detained</title></head><body><article><h1>Port official detained</h1><p>Federal agents detained customs chief Arturo Villaseñor Rangel in Manzanillo on Friday, prosecutors said.</p></article></body></html>'),
    });
    await page.getByText('Read report.html as HTML.').waitFor();
    await page.getByRole('button', { name: 'Show extraction' }).click();
    await page.getByRole('heading', { name: /Extraction preview/ }).waitFor();
    expect(await page.locator('.article-text').innerText()).toContain('Arturo Villaseñor Rangel');
    expect(await page.locator('.article-text').innerText()).not.toContain('<p>');

    await page.goto(url('/search?q=renata'));
    await page.locator('.people-list a', { hasText: 'Renata Ibáñez Corral' }).waitFor();
    await page.locator('.doc-list a', { hasText: 'Oaxaca mayor accused' }).waitFor();
    await checkAccessible('search');
  }, 90_000);

  it('refuses to save without the token and says so', async () => {
    const { page } = browser;
    await page.evaluate(() => window.localStorage.removeItem('dossier-token'));
    await page.goto(url('/add'));
    await page.getByLabel(/Article text/).fill('A short report about nobody in particular, written for a test.');
    await page.getByRole('button', { name: 'Save report' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toMatch(/Bearer|token/i);
  }, 60_000);

  it('shows markup and script in an article as text, and runs none of it, wherever its words appear', async () => {
    const { page, incidents } = browser;
    const title = 'Nogales mayor <img src=x onerror="window.__xss=1;alert(1)"> accused again';
    const text = `${title}\n\nMayor Julián Ortega Ruiz of Nogales paid voters in Zapotlanejo, two observers said. <script>window.__xss=2;alert(2)</script>\n`
      + '<a href="javascript:window.__xss=3">Read more about Zapotlanejo</a> <b onmouseover="window.__xss=4">hover</b>\n'
      + 'Ortega denied the accusations and called them a smear. <iframe src="javascript:window.__xss=5"></iframe> <svg onload="window.__xss=6"></svg>';
    const res = await fetch(url('/api/documents'), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ text }) });
    expect(res.status).toBe(201);
    const saved = (await res.json()) as { documentId: number; view: { extraction: { entities: { name: string; entity: { id: number } | null }[] } } };
    const ortega = saved.view.extraction.entities.find((e) => e.name === 'Julián Ortega Ruiz')?.entity?.id;
    expect(ortega).toBeDefined();

    const pages = [
      ['/', title], ['/search?q=zapotlanejo', 'Zapotlanejo'], [`/documents/${saved.documentId}`, '<script>window.__xss=2;alert(2)</script>'],
      [`/entities/${ortega}`, 'Julián Ortega Ruiz'], [`/timeline?entity=${ortega}`, title], [`/network?entity=${ortega}`, 'Julián Ortega Ruiz'],
    ] as const;
    for (const [path, words] of pages) {
      await page.goto(url(path));
      await page.locator('main').getByText(words, { exact: false }).first().waitFor({ timeout: 15_000 }).catch(async (err: Error) => {
        throw new Error(`${path}: ${err.message}\n${(await page.locator('main').innerText()).slice(0, 500)}`);
      });
      await page.mouse.move(400, 400);
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: number }).__xss ?? null,
        dangerous: document.querySelectorAll('main script, main img, main iframe, main svg[onload], main [onerror], main [onmouseover], main a[href^="javascript:"]').length,
        text: document.querySelector('main')!.textContent ?? '',
      }));
      expect(state.xss, path).toBeNull();
      expect(state.dangerous, path).toBe(0);
      if (path.startsWith('/documents/')) {
        expect(state.text).toContain('<script>window.__xss=2;alert(2)</script>');
        expect(state.text).toContain('<a href="javascript:window.__xss=3">');
        expect(state.text).toContain(title);
      }
      if (path === '/' || path.startsWith('/timeline')) expect(state.text).toContain('<img src=x onerror="window.__xss=1;alert(1)">');
    }
    expect(incidents).toEqual([]);
  }, 120_000);

  it('says on the page of a name left undecided that its reports may concern any of the people it fits', async () => {
    const { page } = browser;
    for (const slug of ['rivas-luna', 'rivas-mora']) await ingestArticle(store, rivasNamesakes.find((a) => a.slug === slug)!);
    const short = article({
      slug: 'rivas-port', title: 'Port notes', outlet: 'Costa Verde Post', published: '2025-11-02',
      text: 'Emilio Rivas was seen at the port.', entities: [person('e1', 'Emilio Rivas', { country: 'MX' })],
    });
    const holder = (await ingestArticle(store, short)).documentId;
    const [row] = await store.documentEntities(holder);
    await page.goto(url(`/entities/${row!.entity.id}`));
    await page.getByRole('note').filter({ hasText: 'fits several known people' }).waitFor();
    const mora = (await store.listEntities({ q: 'Emilio Rivas Mora' }))[0]!;
    await page.goto(url(`/entities/${mora.id}`));
    await page.getByRole('heading', { level: 1, name: /Emilio Rivas Mora/ }).waitFor();
    expect(await page.getByRole('note').filter({ hasText: 'fits several known people' }).count()).toBe(0);
    expect(await page.getByRole('note').filter({ hasText: 'one name alone' }).count()).toBe(0);
    // A person known by one name alone is marked as such.
    const lone = article({
      slug: 'zavaleta-port', title: 'Port notes (2)', outlet: 'Costa Verde Post', published: '2025-11-03',
      text: 'Zavaleta was seen at the port.', entities: [person('e1', 'Zavaleta', { country: 'MX' })],
    });
    const [one] = await store.documentEntities((await ingestArticle(store, lone)).documentId);
    await page.goto(url(`/entities/${one!.entity.id}`));
    await page.getByRole('note').filter({ hasText: 'one name alone' }).waitFor();
    // Its entity holds the name's reports like an undecided one, but the note that fits is this one.
    expect(await page.getByRole('note').filter({ hasText: 'fits several known people' }).count()).toBe(0);
  }, 60_000);
});
