// A `dossier ingest` run: documents are extracted ahead in blocks, yet each is still stored once,
// a document the extractor rejects is reported and skipped alone, and stored ones are not
// extracted again.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TempSqlite } from '../../store/contract/test-stores.js';
import { ARTICLES } from '../../../test/fixtures/kb/articles.js';
import { extractAhead, type IngestInput } from './ingest-document.js';
import { runIngest } from './ingest-run.js';
import { planInputs } from './read-inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-run-'));
const temp = new TempSqlite();
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  temp.cleanup();
});

const [first, second] = ARTICLES;
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('runIngest', () => {
  it('stores each document once, skips the one the extractor rejects, and extracts only what is not stored', async () => {
    const store = await temp.open();
    try {
      const paths = [
        write('a.txt', first!.text),
        write('b.html', '<html><body><p>Too short.</p></body></html>'),
        write('c.txt', first!.text),
        write('d.txt', second!.text),
      ];
      const summary = await runIngest(store, await planInputs(paths));
      expect(summary.documents).toEqual({ new: 2, updated: 0, unchanged: 1, failed: 1 });
      expect(summary.failures).toEqual([{ label: paths[1], message: 'no article text found in the HTML' }]);
      expect(await store.countDocuments()).toBe(2);

      const again = await runIngest(store, await planInputs(paths));
      expect(again.documents).toEqual({ new: 0, updated: 0, unchanged: 3, failed: 1 });

      const stored: IngestInput = { label: 'stored', raw: first!.text };
      const fresh: IngestInput = { label: 'fresh', raw: `${second!.text}\n\nA later paragraph.` };
      await extractAhead(store, [stored, fresh]);
      expect(stored.prepared).toBeUndefined();
      expect(fresh.prepared).toMatchObject({ extraction: { schema: 'dossier.extraction/v1' } });
    } finally {
      await store.close();
    }
  });
});
