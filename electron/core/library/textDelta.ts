import { createHash } from 'node:crypto';

/**
 * A plain-text or Markdown original is nearly its own normalized text: a header block or title
 * line, line endings, trailing spaces and markup differ, the rest is the same bytes in the same
 * order. Such an original is stored as edits of the text the library keeps anyway: runs of its
 * bytes copied from the text, with literal bytes between them. The result is exact, and checked:
 * the original's length and a hash travel with the edits, so a text that changed under them is
 * reported instead of producing a wrong file.
 *
 * Layout: version byte, varint original length, 8 bytes of the original's SHA-256, varint op
 * count, then per op varint literal length, zigzag varint (copy start - end of the previous
 * copy), varint copy length; then every literal byte in order.
 */

const FORMAT = 1;
/** Shortest run worth a copy; shorter agreements are kept as literal bytes. */
const BLOCK = 16;
/** Texts longer than this are not indexed for copies (the time would outgrow the saving). */
export const MAX_DELTA_TEXT_BYTES = 8 * 1024 * 1024;

const digest = (bytes: Buffer): Buffer =>
  createHash('sha256').update(bytes).digest().subarray(0, 8);

function blockHash(bytes: Buffer, at: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + BLOCK; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

const sameBlock = (a: Buffer, at: number, b: Buffer, bt: number): boolean =>
  bt + BLOCK <= b.length && a.compare(b, bt, bt + BLOCK, at, at + BLOCK) === 0;

class Writer {
  private bytes: number[] = [];
  varint(value: number): void {
    let v = value;
    while (v >= 0x80) {
      this.bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
  }
  zigzag(value: number): void {
    this.varint(value < 0 ? -2 * value - 1 : 2 * value);
  }
  byte(value: number): void {
    this.bytes.push(value);
  }
  toBuffer(): Buffer {
    return Buffer.from(this.bytes);
  }
}

class Reader {
  at = 0;
  constructor(private readonly bytes: Buffer) {}
  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.bytes.length) throw new Error('truncated');
      const b = this.bytes[this.at++]!;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
  }
  zigzag(): number {
    const v = this.varint();
    return v % 2 === 1 ? -(v + 1) / 2 : v / 2;
  }
  take(length: number): Buffer {
    if (this.at + length > this.bytes.length) throw new Error('truncated');
    const slice = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return slice;
  }
}

interface Op {
  literal: number;
  copyStart: number;
  copyLength: number;
}

export interface TextDelta {
  /** The encoded edits (not yet compressed). */
  data: Buffer;
  /** How many bytes of the original are not copied from the text. */
  literalBytes: number;
}

/** The original as edits of `text`, or null when the text is too large to index. */
export function encodeTextDelta(original: Buffer, text: Buffer): TextDelta | null {
  if (text.length > MAX_DELTA_TEXT_BYTES) return null;
  const blocks = new Map<number, number>();
  for (let at = 0; at + BLOCK <= text.length; at += BLOCK) {
    const h = blockHash(text, at);
    if (!blocks.has(h)) blocks.set(h, at);
  }
  const ops: Op[] = [];
  const literals: Buffer[] = [];
  let literalBytes = 0;
  let literalStart = 0;
  let expected = 0;
  let i = 0;
  while (i + BLOCK <= original.length) {
    let found = -1;
    if (sameBlock(original, i, text, expected)) found = expected;
    else {
      const candidate = blocks.get(blockHash(original, i));
      if (candidate !== undefined && sameBlock(original, i, text, candidate)) found = candidate;
    }
    if (found === -1) {
      i++;
      continue;
    }
    let back = 0;
    while (
      i - back > literalStart &&
      found - back > 0 &&
      original[i - back - 1] === text[found - back - 1]
    )
      back++;
    const from = i - back;
    const copyStart = found - back;
    let length = back + BLOCK;
    while (
      from + length < original.length &&
      copyStart + length < text.length &&
      original[from + length] === text[copyStart + length]
    )
      length++;
    ops.push({ literal: from - literalStart, copyStart, copyLength: length });
    literals.push(original.subarray(literalStart, from));
    literalBytes += from - literalStart;
    i = from + length;
    literalStart = i;
    expected = copyStart + length;
  }
  if (literalStart < original.length) {
    ops.push({ literal: original.length - literalStart, copyStart: expected, copyLength: 0 });
    literals.push(original.subarray(literalStart));
    literalBytes += original.length - literalStart;
  }

  const out = new Writer();
  out.byte(FORMAT);
  out.varint(original.length);
  for (const b of digest(original)) out.byte(b);
  out.varint(ops.length);
  let previousEnd = 0;
  for (const op of ops) {
    out.varint(op.literal);
    out.zigzag(op.copyStart - previousEnd);
    out.varint(op.copyLength);
    previousEnd = op.copyStart + op.copyLength;
  }
  return { data: Buffer.concat([out.toBuffer(), ...literals]), literalBytes };
}

/** Rebuilds the original from its edits and the text they were made against. */
export function decodeTextDelta(delta: Buffer, text: Buffer): Buffer {
  try {
    const input = new Reader(delta);
    if (input.take(1)[0] !== FORMAT) throw new Error('unknown format');
    const length = input.varint();
    const expectedDigest = input.take(8);
    const opCount = input.varint();
    const ops: Op[] = [];
    let previousEnd = 0;
    for (let n = 0; n < opCount; n++) {
      const literal = input.varint();
      const copyStart = previousEnd + input.zigzag();
      const copyLength = input.varint();
      ops.push({ literal, copyStart, copyLength });
      previousEnd = copyStart + copyLength;
    }
    const original = Buffer.allocUnsafe(length);
    let at = 0;
    for (const op of ops) {
      if (at + op.literal + op.copyLength > length) throw new Error('too long');
      input.take(op.literal).copy(original, at);
      at += op.literal;
      if (op.copyStart < 0 || op.copyStart + op.copyLength > text.length)
        throw new Error('copy outside the text');
      text.copy(original, at, op.copyStart, op.copyStart + op.copyLength);
      at += op.copyLength;
    }
    if (at !== length || !digest(original).equals(expectedDigest)) throw new Error('mismatch');
    return original;
  } catch (error) {
    throw new Error(
      `The original file cannot be rebuilt from the source's text (${(error as Error).message}).`,
    );
  }
}
