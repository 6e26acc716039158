// Reads a FILE argument or `-` (standard input) as bytes, with the same size limit and the
// same one-line errors as every other input path.
import { readFile, stat } from 'node:fs/promises';
import { DossierError } from '../errors.js';
import { MAX_INPUT_BYTES, decodeInput, describeLimit } from '../extract/text/decode.js';

export async function readInputBytes(file: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  if (file === '-') return readStdin(limit);
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new DossierError('not_found', `no such file: ${file}`);
  }
  if (info.isDirectory()) throw new DossierError('invalid_input', `${file} is a directory, not a file`);
  if (info.size > limit) {
    throw new DossierError('too_large', `${file} is ${(info.size / (1024 * 1024)).toFixed(1)} MB, over the ${describeLimit(limit)} limit`);
  }
  return readFile(file);
}

async function readStdin(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) throw new DossierError('too_large', `standard input is over the ${describeLimit(limit)} limit`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** A FILE argument decoded to text, or a one-line error. */
export async function readInputText(file: string): Promise<string> {
  const bytes = await readInputBytes(file);
  return decodeInput(bytes, file === '-' ? 'standard input' : file);
}
