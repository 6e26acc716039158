// The identity of a document: a hash of its content, so the same article ingested twice (from
// another file, a feed, a re-run) is stored once. Line endings and outer whitespace do not count.
import { createHash } from 'node:crypto';

export function contentHash(raw: string): string {
  return createHash('sha256').update(raw.replace(/\r\n?/g, '\n').trim()).digest('hex');
}
