// Re-extraction of stored documents: documents an older version of our extractor stored are
// extracted again from their stored text and replaced in place; documents whose extraction
// was supplied from elsewhere are left alone.
import { afterAll, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../src/extract/pipeline.js';
import { reextractStale } from '../src/kb/reextract.js';
import { TempSqlite } from '../src/store/contract/test-stores.js';
import { cesarRoldan, ferrerBribes } from './fixtures/kb/articles.js';
import { ingestArticle } from './fixtures/kb/ingest-fixtures.js';

const temp = new TempSqlite();
afterAll(() => temp.cleanup());

it('re-extracts what an older extractor stored, in place, and leaves supplied extractions alone', async () => {
  const store = await temp.open();
  try {
    const family = EXTRACTOR_VERSION.split('-')[0]!;
    const old = await ingestArticle(store, ferrerBribes, `${family}-0.0.0-old`);
    const gold = await ingestArticle(store, cesarRoldan, 'gold');
    const seen: number[] = [];
    for await (const p of reextractStale(store)) {
      expect(p.error).toBeUndefined();
      seen.push(p.documentId);
      expect(p.outcome).toMatchObject({ status: 'updated', documentId: old.documentId });
    }
    expect(seen).toEqual([old.documentId]);
    expect(await store.countDocuments()).toBe(2);
    expect((await store.getDocument(old.documentId))?.extractorVersion).toBe(EXTRACTOR_VERSION);
    expect((await store.getDocument(old.documentId))?.text).toBe(ferrerBribes.text);
    expect((await store.getDocument(gold.documentId))?.extractorVersion).toBe('gold');
    const again: number[] = [];
    for await (const p of reextractStale(store)) again.push(p.documentId);
    expect(again).toEqual([]);
  } finally {
    await store.close();
  }
});
