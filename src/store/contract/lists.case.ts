// The screening-list part of the store contract: atomic replacement, streaming back in
// order, the reserved name kb. Called by storeContract with the store of the current test.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ListEntry } from '../../model/list.js';
import type { Store } from '../store.js';
import { DossierError } from '../../errors.js';

function entry(i: number, extra: Partial<ListEntry> = {}): ListEntry {
  return {
    id: `id-${i}`, kind: i % 7 === 0 ? 'organization' : 'person', name: `Person Number ${i}`,
    aliases: i % 3 === 0 ? [`P. N. ${i}`, `Número ${i}`] : [], countries: ['MX'], birthDates: i % 5 === 0 ? ['1970-01-02'] : [],
    programs: ['SDNTK'], remarks: i % 2 ? null : `remark ${i}`, ...extra,
  };
}

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

export async function rejects(p: Promise<unknown>, code: string): Promise<DossierError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(DossierError);
  expect((err as DossierError).code).toBe(code);
  return err as DossierError;
}

export function listContract(current: () => Store): void {
  describe('screening lists', () => {
    let store: Store;
    beforeEach(() => { store = current(); });
    it('replaces a list atomically and streams its entries back in order', async () => {
      const entries = Array.from({ length: 1234 }, (_, i) => entry(i));
      const meta = await store.replaceList({ name: 'sdn', format: 'ofac-csv', source: 'sdn.csv', importedAt: '2025-05-01T00:00:00Z' }, entries);
      expect(meta.entryCount).toBe(1234);
      expect(await store.getList('sdn')).toEqual({ name: 'sdn', format: 'ofac-csv', source: 'sdn.csv', importedAt: '2025-05-01T00:00:00Z', entryCount: 1234 });
      const back = await collect(store.listEntries('sdn'));
      expect(back).toEqual(entries);

      async function* smaller() { for (let i = 0; i < 3; i++) yield entry(i + 5000, { name: `Nuevo ${i}` }); }
      const again = await store.replaceList({ name: 'sdn', format: 'ofac-csv', source: null, importedAt: '2025-06-01T00:00:00Z' }, smaller());
      expect(again.entryCount).toBe(3);
      expect((await collect(store.listEntries('sdn'))).map((e) => e.name)).toEqual(['Nuevo 0', 'Nuevo 1', 'Nuevo 2']);
      expect((await store.listLists()).map((l) => [l.name, l.entryCount])).toEqual([['sdn', 3]]);
    });

    it('leaves the old list whole when an import fails part-way', async () => {
      await store.replaceList({ name: 'ftm', format: 'ftm', source: null, importedAt: '2025-05-01T00:00:00Z' }, [entry(1), entry(2)]);
      function* broken() {
        for (let i = 0; i < 700; i++) yield entry(i);
        yield { ...entry(701), name: '' };
      }
      await rejects(store.replaceList({ name: 'ftm', format: 'ftm', source: null, importedAt: '2025-06-01T00:00:00Z' }, broken()), 'invalid_input');
      expect((await store.getList('ftm'))?.entryCount).toBe(2);
      expect((await collect(store.listEntries('ftm'))).map((e) => e.id)).toEqual(['id-1', 'id-2']);
    });

    it('refuses the reserved name kb and bad metadata, and knows no unknown list', async () => {
      await rejects(store.replaceList({ name: 'kb', format: 'csv', source: null, importedAt: 'x' }, []), 'invalid_input');
      await rejects(store.replaceList({ name: 'Bad Name', format: 'csv', source: null, importedAt: 'x' }, []), 'invalid_input');
      expect(await store.getList('nope')).toBeNull();
      expect(await collect(store.listEntries('nope'))).toEqual([]);
    });
  });
}
