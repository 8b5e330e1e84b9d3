import { SeekritError } from '../common/errors.js';

/** What to do about a damaged blob in a response. */
export const DAMAGED_RESPONSE_HINT =
  'The response from the seekrit API is damaged or was altered on the way: re-run the job, and report it to your seekrit administrator if it persists.';

const BASE64URL = /^[A-Za-z0-9_-]*$/;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Strict base64url without padding, as the protocol writes every segment. Node's decoder skips
 * characters it does not know and accepts padding; a tampered blob must fail here instead, so the
 * alphabet, the length and the unused trailing bits are all checked. Returns how many bytes the
 * text holds.
 */
export function checkBase64url(text: string, what: string): number {
  if (!BASE64URL.test(text)) {
    throw new SeekritError(
      'MALFORMED_BLOB',
      `${what} is not base64url (padding or a character outside A-Z a-z 0-9 - _).`,
      DAMAGED_RESPONSE_HINT,
    );
  }
  if (text.length % 4 === 1) {
    throw new SeekritError('MALFORMED_BLOB', `${what} has an impossible base64url length (${text.length}).`, DAMAGED_RESPONSE_HINT);
  }
  // Canonical: the bits of the last character that hold no byte (4 after 2 characters of a
  // group, 2 after 3) must be zero; otherwise two texts would decode to the same bytes.
  const unusedBits = [0, 0, 0b1111, 0b11][text.length % 4] as number;
  if ((ALPHABET.indexOf(text.charAt(text.length - 1)) & unusedBits) !== 0) {
    throw new SeekritError('MALFORMED_BLOB', `${what} is not canonical base64url (non-zero trailing bits).`, DAMAGED_RESPONSE_HINT);
  }
  return Math.floor((text.length * 3) / 4);
}

/** The bytes of a strict base64url text (see checkBase64url). */
export function decodeBase64url(text: string, what: string): Uint8Array {
  checkBase64url(text, what);
  const bytes = Buffer.from(text, 'base64url');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function encodeBase64url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}
