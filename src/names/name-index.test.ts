// The name index: candidate search agrees with scoring every name; weights, order, nicknames.
import { describe, expect, it } from 'vitest';
import { NameIndexBuilder } from './name-index.js';
import { scoreName } from './score.js';

// Names written for this test, mixing common and rare tokens so blocking has work to do.
const GIVEN = ['juan', 'jose', 'maria', 'luis', 'ana', 'pedro', 'rosa', 'miguel', 'carmen', 'jesus', 'aurelio', 'nemesio', 'ximena'];
const SURNAMES = ['garcia', 'lopez', 'hernandez', 'martinez', 'perez', 'gonzalez', 'robledo', 'oseguera', 'zambada', 'quintero', 'valdez', 'loera'];

function names(count: number): string[] {
  const out: string[] = [];
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  for (let k = 0; k < count; k++) out.push(`${SURNAMES[next(SURNAMES.length)]} ${SURNAMES[next(SURNAMES.length)]}, ${GIVEN[next(GIVEN.length)]}${k % 3 ? '' : ` ${GIVEN[next(GIVEN.length)]}`}`);
  return out;
}

describe('NameIndex', () => {
  const list = names(3000);
  const builder = new NameIndexBuilder();
  list.forEach((n, k) => builder.add(k, n, 'person'));
  const index = builder.build();

  it('finds, through its candidate index, the same best score as scoring every name', () => {
    const queries = ['Juan Garcia', 'Jose Garsia Lopes', 'Osegera Nemesio', 'M. Zambada Loera', 'Ximena Robeldo', 'Pedro Quintero Valdez', 'Carmen Hernandes'];
    for (const text of queries) {
      const hits = index.search(index.prepare(text), { threshold: 0.5, limit: 3 });
      const prepared = index.prepare(text);
      let best = 0;
      for (let n = 0; n < index.nameCount; n++) {
        const { score } = index.explain(prepared, n);
        best = Math.max(best, score);
      }
      expect(hits[0]?.score ?? 0, text).toBeCloseTo(best >= 0.5 ? best : 0, 6);
    }
  });

  it('weighs rare tokens above common ones', () => {
    const rare = index.table.weight(index.table.lookup('ximena')!);
    const common = index.table.weight(index.table.lookup('garcia')!);
    expect(rare).toBeGreaterThan(common);
  });

  it('scores order-free and tolerates a dropped second surname', () => {
    const b = new NameIndexBuilder();
    b.add(0, 'GUZMAN LOERA, Joaquin', 'person');
    const one = b.build();
    const exact = one.search(one.prepare('Loera Joaquin Guzman'), { threshold: 0, limit: 1 })[0]!;
    const dropped = one.search(one.prepare('Joaquín Guzmán'), { threshold: 0, limit: 1 })[0]!;
    const other = one.search(one.prepare('Joaquin Perez'), { threshold: 0, limit: 1 })[0];
    expect(exact.score).toBe(1);
    expect(dropped.score).toBeGreaterThan(0.8);
    expect(other?.score ?? 0).toBeLessThan(0.6);
    expect(scoreName([], { tokenIds: [], roles: [], start: 0, end: 0 }, one.table)).toBe(0);
  });
});

describe('nickname queries', () => {
  it('find a list name holding the nickname with other parts, when written with its article', () => {
    const b = new NameIndexBuilder();
    b.add(0, 'GUZMAN LOERA, Joaquin', 'person');
    b.add(0, 'GUZMAN, Chapo', 'person');
    b.add(1, 'CHAPA PEREZ, Luis', 'person');
    const index = b.build();
    const withArticle = index.search(index.prepare('El Chapo'), { threshold: 0, limit: 2 });
    const bare = index.search(index.prepare('Chapo'), { threshold: 0, limit: 2 });
    expect(withArticle[0]!.entry).toBe(0);
    expect(withArticle[0]!.score).toBeGreaterThan(0.8);
    expect(bare[0]!.score).toBeLessThan(withArticle[0]!.score);
  });
});
