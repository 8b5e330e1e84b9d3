/**
 * The smallest DER reader the token needs: one tag-length-value at a time, definite lengths
 * only, every length checked against the bytes that are really there.
 */
import { timingSafeEqual } from 'node:crypto';

export interface Tlv {
  tag: number;
  /** the value's bytes */
  value: Uint8Array;
  /** offset just past this element */
  end: number;
}

export function readTlv(bytes: Uint8Array, offset: number): Tlv | undefined {
  if (offset + 2 > bytes.length) return undefined;
  const tag = bytes[offset] as number;
  let length = bytes[offset + 1] as number;
  let start = offset + 2;
  if (length & 0x80) {
    const lengthBytes = length & 0x7f;
    // More than 2 length bytes is absurd for a key.
    if (lengthBytes > 2) return undefined;
    length = 0;
    for (let i = 0; i < lengthBytes; i++) length = (length << 8) | (bytes[start + i] as number);
    // DER: the long form only for 128 and up, in as few bytes as possible (no leading zero), which
    // also refuses the indefinite form (no length bytes). A length byte past the end reads as 0,
    // so a truncated length fails here or at `end` below.
    if (length < 0x80 || bytes[start] === 0) return undefined;
    start += lengthBytes;
  }
  const end = start + length;
  if (end > bytes.length) return undefined;
  return { tag, value: bytes.subarray(start, end), end };
}

/** All elements of a constructed value, or undefined if any does not parse. */
export function readChildren(value: Uint8Array): Tlv[] | undefined {
  const children: Tlv[] = [];
  let offset = 0;
  while (offset < value.length) {
    const child = readTlv(value, offset);
    if (!child) return undefined;
    children.push(child);
    offset = child.end;
  }
  return children;
}

export const DER_TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  OID: 0x06,
  SEQUENCE: 0x30,
  CONTEXT_0: 0xa0,
  CONTEXT_1: 0xa1,
} as const;

/** Equal bytes, compared in constant time. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
