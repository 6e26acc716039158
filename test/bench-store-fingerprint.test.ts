// The name bench:show keeps its store under follows the code that writes stores.
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { storeFingerprint } from '../bench/kb/store-fingerprint.js';

it('hashes the modules that write a store, the same way each time', () => {
  const f = storeFingerprint();
  expect(f).toMatch(/^[0-9a-f]{12}$/);
  expect(storeFingerprint()).toBe(f);
  // Files were read: not the hash of nothing.
  expect(f).not.toBe(createHash('sha256').digest('hex').slice(0, 12));
});
