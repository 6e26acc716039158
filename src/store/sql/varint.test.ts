// Whole numbers seven bits a byte: what is written is read back, in the bytes it says it takes.
import { describe, expect, it } from 'vitest';
import { ByteWriter, UintReader, uintBytes, writeUint } from './varint.js';

describe('numbers seven bits a byte', () => {
  const numbers = [0, 1, 127, 128, 16_383, 16_384, 2 ** 31 - 1, 2 ** 32, Number.MAX_SAFE_INTEGER];

  it('reads back what was written, one after another, each in the bytes uintBytes gives', () => {
    const bytes = new Uint8Array(100);
    let at = 0;
    for (const n of numbers) {
      const next = writeUint(bytes, at, n);
      expect(next - at).toBe(uintBytes(n));
      at = next;
    }
    expect(numbers.map(uintBytes)).toEqual([1, 1, 1, 2, 2, 3, 5, 5, 8]);
    const r = new UintReader(bytes);
    expect(numbers.map(() => r.uint())).toEqual(numbers);
    expect(r.at).toBe(at);
  });

  it('grows the writer as needed and starts again from its beginning', () => {
    const w = new ByteWriter();
    for (let i = 0; i < 1_000; i++) w.uint(2 ** 31 - 1);
    w.byte(7);
    expect(w.written().length).toBe(5_001);
    const r = new UintReader(w.written());
    expect(r.uint()).toBe(2 ** 31 - 1);
    w.at = 0;
    w.uint(300);
    expect([...w.written()]).toEqual([0xac, 0x02]);
  });
});
