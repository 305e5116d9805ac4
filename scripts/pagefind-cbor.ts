// The binary files of a Pagefind bundle (the language's meta and its index
// chunks; Pagefind 1.6): gzip of the signature "pagefind_dcd" and then CBOR.
// Only what they contain is read and written: unsigned and negative integers,
// text, arrays and maps of definite length; written in CBOR's shortest form, as
// Pagefind writes them, so a file read and written again is the same bytes.
import { gunzipSync, gzipSync } from 'node:zlib';

export type Cbor = number | string | Cbor[] | Map<Cbor, Cbor>;

const SIGNATURE = Buffer.from('pagefind_dcd');

class Reader {
  at = 0;
  constructor(private readonly bytes: Buffer) {}

  private argument(info: number): number {
    if (info < 24) return info;
    const size = 1 << (info - 24);
    if (info > 27) throw new Error(`CBOR: unsupported length code ${info} at ${this.at}`);
    const value = size === 8 ? Number(this.bytes.readBigUInt64BE(this.at)) : this.bytes.readUIntBE(this.at, size);
    this.at += size;
    return value;
  }

  read(): Cbor {
    const head = this.bytes[this.at++];
    if (head === undefined) throw new Error('CBOR: unexpected end');
    const major = head >> 5;
    const n = this.argument(head & 31);
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 3: {
        const text = this.bytes.toString('utf8', this.at, this.at + n);
        this.at += n;
        return text;
      }
      case 4:
        return Array.from({ length: n }, () => this.read());
      case 5: {
        const map = new Map<Cbor, Cbor>();
        for (let i = 0; i < n; i += 1) map.set(this.read(), this.read());
        return map;
      }
      default:
        throw new Error(`CBOR: unsupported major type ${major} at ${this.at - 1}`);
    }
  }
}

function head(major: number, n: number): Buffer {
  if (n < 24) return Buffer.from([(major << 5) | n]);
  for (const [info, size] of [
    [24, 1],
    [25, 2],
    [26, 4],
  ] as const) {
    if (n < 2 ** (8 * size)) {
      const out = Buffer.alloc(1 + size);
      out[0] = (major << 5) | info;
      out.writeUIntBE(n, 1, size);
      return out;
    }
  }
  const out = Buffer.alloc(9);
  out[0] = (major << 5) | 27;
  out.writeBigUInt64BE(BigInt(n), 1);
  return out;
}

function write(value: Cbor, out: Buffer[]): void {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new Error(`CBOR: ${value} is not an integer`);
    out.push(value >= 0 ? head(0, value) : head(1, -1 - value));
  } else if (typeof value === 'string') {
    const text = Buffer.from(value, 'utf8');
    out.push(head(3, text.length), text);
  } else if (Array.isArray(value)) {
    out.push(head(4, value.length));
    for (const item of value) write(item, out);
  } else {
    out.push(head(5, value.size));
    for (const [key, item] of value) {
      write(key, out);
      write(item, out);
    }
  }
}

/** The CBOR value of a Pagefind file (its gzipped, signed bytes). */
export function readPagefindFile(file: Uint8Array): Cbor {
  const bytes = gunzipSync(file);
  if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('Not a Pagefind file: no signature');
  const reader = new Reader(bytes.subarray(SIGNATURE.length));
  const value = reader.read();
  if (reader.at !== bytes.length - SIGNATURE.length) throw new Error('Pagefind file: bytes after its value');
  return value;
}

/** A Pagefind file holding `value`: signed, CBOR, gzipped as tightly as gzip goes. */
export function writePagefindFile(value: Cbor): Buffer {
  const out: Buffer[] = [SIGNATURE];
  write(value, out);
  return gzipSync(Buffer.concat(out), { level: 9 });
}

/** The CBOR bytes of a value, unsigned and uncompressed (for tests and sizes). */
export function encodeCbor(value: Cbor): Buffer {
  const out: Buffer[] = [];
  write(value, out);
  return Buffer.concat(out);
}

/** The value of CBOR bytes. */
export function decodeCbor(bytes: Buffer): Cbor {
  return new Reader(bytes).read();
}
