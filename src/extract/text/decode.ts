// Bytes in, text out: the checks every input passes before any stage sees it (size, binary
// content, UTF-8), each failing with a one-line DossierError.
import { DossierError } from '../../errors.js';

/** Largest input accepted, in bytes. News articles are a few tens of kilobytes. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

export function describeLimit(limit = MAX_INPUT_BYTES): string {
  return formatBytes(limit);
}

/** Decodes an input document, refusing empty, oversized, binary and non-UTF-8 input. */
export function decodeInput(bytes: Uint8Array, what = 'input', limit = MAX_INPUT_BYTES): string {
  if (bytes.length === 0) throw new DossierError('invalid_input', `${what} is empty`);
  if (bytes.length > limit) {
    throw new DossierError('too_large', `${what} is ${formatBytes(bytes.length)}, over the ${formatBytes(limit)} limit`);
  }
  if (looksBinary(bytes)) throw new DossierError('invalid_input', `${what} looks like a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DossierError('invalid_input', `${what} is not valid UTF-8 (first bad byte on line ${firstInvalidLine(bytes)})`);
  }
  if (text.trim() === '') throw new DossierError('invalid_input', `${what} is empty (only whitespace)`);
  return text;
}

/** NUL bytes or many control characters in the first 8 KB mark a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32) || b === 127) control++;
  }
  return control / n > 0.1;
}

/** The line of the first undecodable byte, so a user can find it. */
function firstInvalidLine(bytes: Uint8Array): number {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const at = lossy.indexOf('\uFFFD');
  return lossy.slice(0, Math.max(0, at)).split('\n').length;
}
