// Grows a SQLite store by repeating its documents: every document and every fact row that hangs
// off a document is copied under new document ids (and a distinct content hash), about the same
// entities, so the people of the base corpus are reported ten times as often. Then the derived
// data is rebuilt the way the store rebuilds it: the full-text index and, where the store keeps
// them, the per-entity summaries. Ingesting 100,000 documents one by one takes hours on this
// shared machine; this takes minutes.
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { fmt } from '../kb/measure.js';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function multiplyDocuments(path: string, times: number): Promise<void> {
  const started = performance.now();
  const db = new Database(path);
  try {
    const base = (db.prepare('select max(id) as n from documents').get() as { n: number }).n;
    const count = (db.prepare('select count(*) as n from documents').get() as { n: number }).n;
    if (base !== count) throw new Error(`document ids of ${path} are not 1..${count}`);
    const tables = (db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'documents_fts%'").all() as { name: string }[]).map((t) => t.name);
    const withDocs = tables.filter((t) => t !== 'documents' && (db.prepare(`pragma table_info(${quote(t)})`).all() as { name: string }[]).some((c) => c.name === 'document_id'));
    const columns = (t: string) => (db.prepare(`pragma table_info(${quote(t)})`).all() as { name: string }[]).map((c) => c.name);
    const docCols = columns('documents');
    db.transaction(() => {
      for (let k = 1; k < times; k++) {
        const shift = k * base;
        const docSelect = docCols.map((c) => c === 'id' ? `id + ${shift}` : c === 'content_hash' ? `content_hash || ':copy${k}'` : c === 'title' ? `title || ' [copy ${k}]'` : quote(c));
        db.prepare(`insert into documents (${docCols.map(quote).join(', ')}) select ${docSelect.join(', ')} from documents where id <= ${base}`).run();
        for (const t of withDocs) {
          // Merge candidates are decisions about entities, not facts of a document: not repeated.
          if (t === 'merge_candidates') continue;
          const cols = columns(t);
          const select = cols.map((c) => (c === 'document_id' ? `document_id + ${shift}` : quote(c)));
          db.prepare(`insert into ${quote(t)} (${cols.map(quote).join(', ')}) select ${select.join(', ')} from ${quote(t)} where document_id <= ${base}`).run();
        }
        process.stderr.write(`multiply: copy ${k} of ${times - 1} done\n`);
      }
    })();
    db.prepare("insert into documents_fts(documents_fts) values('rebuild')").run();
    db.pragma('wal_checkpoint(truncate)');
  } finally {
    db.close();
  }
  // Summaries the store maintains on every write are recomputed by the store itself.
  const store = await openSqliteStore(path);
  try {
    const rebuild = (store as unknown as { rebuildSummaries?: () => Promise<void> }).rebuildSummaries;
    if (rebuild) await rebuild.call(store);
  } finally {
    await store.close();
  }
  process.stderr.write(`multiply: ${times}× in ${fmt((performance.now() - started) / 1000, 0)} s\n`);
}
