// Non-negative whole numbers written seven bits a byte, the last byte's high bit clear (one
// byte below 128, two below 16,384): the lengths, codes and id differences of the packed caches
// (IdSlices, PackedLists, PackedValues).

/** Bytes `n` takes. */
export function uintBytes(n: number): number {
  let bytes = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 0x80);
    bytes++;
  }
  return bytes;
}

/** Writes `n` into `bytes` at `at` (room for uintBytes(n) is the caller's); returns where it ends. */
export function writeUint(bytes: Uint8Array, at: number, n: number): number {
  while (n >= 0x80) {
    bytes[at++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 0x80);
  }
  bytes[at++] = n;
  return at;
}

/** Reads numbers one after another from `bytes`, from `at` on. */
export class UintReader {
  constructor(public bytes: Uint8Array, public at = 0) {}

  uint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.bytes[this.at++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
    }
  }
}

/** Bytes being written, grown as needed and reused from one value to the next. */
export class ByteWriter {
  bytes = new Uint8Array(256);
  at = 0;

  byte(b: number): void {
    this.room(1);
    this.bytes[this.at++] = b;
  }

  uint(n: number): void {
    this.room(8);
    this.at = writeUint(this.bytes, this.at, n);
  }

  /** What was written (a view of the buffer, valid until its next use). */
  written(): Uint8Array {
    return this.bytes.subarray(0, this.at);
  }

  private room(n: number): void {
    if (this.at + n <= this.bytes.length) return;
    const more = new Uint8Array(Math.max(this.bytes.length * 2, this.at + n));
    more.set(this.bytes);
    this.bytes = more;
  }
}
