import { SeekritError } from './errors.js';

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Strict base64url without padding, as the protocol writes every segment. Node's decoder skips
 * characters it does not know and accepts padding; a tampered blob must fail here instead, so the
 * alphabet, the length and the unused trailing bits are all checked.
 */
export function decodeBase64url(text: string, what: string): Uint8Array {
  if (!BASE64URL.test(text)) {
    throw new SeekritError('MALFORMED_BLOB', `${what} is not base64url (padding or a character outside A-Z a-z 0-9 - _).`);
  }
  if (text.length % 4 === 1) {
    throw new SeekritError('MALFORMED_BLOB', `${what} has an impossible base64url length (${text.length}).`);
  }
  const bytes = Buffer.from(text, 'base64url');
  if (Buffer.from(bytes).toString('base64url') !== text) {
    throw new SeekritError('MALFORMED_BLOB', `${what} is not canonical base64url (non-zero trailing bits).`);
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function encodeBase64url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}
