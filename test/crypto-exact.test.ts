/** Every message and hint of local decryption, word for word: a failed job must say which part of which blob was wrong. */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gcm } from '@noble/ciphers/aes.js';
import { describe, expect, it } from 'vitest';
import { dataKey, openSecret, unwrapDek } from '../src/core/keys/crypto.js';
import { parseToken } from '../src/core/keys/token.js';
import { b64u, mintTokenMaterial, wrapDek } from './support/emulator.js';
import { failureText } from './support/failure.js';

const vectors = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8'));
const key = parseToken(vectors.token).privateKey;
const appLayer = vectors.resolve.layers[1];
const LAYER = 'app web/production';
const DAMAGED =
  'The response from the seekrit API is damaged or was altered on the way: re-run the job, and report it to your seekrit administrator if it persists.';

/** The wrapped key with one segment (1: ephemeral key … 4: ciphertext) replaced. */
const withSegment = (index: number, segment: string) => {
  const parts = (appLayer.wrappedDek as string).split('.');
  parts[index] = segment;
  return parts.join('.');
};
const unwrapFailure = (wrapped: string) => failureText(() => unwrapDek(wrapped, key, LAYER));

describe('unwrapDek, exactly', () => {
  it.each([
    [1, 64, 'ephemeral key', 65],
    [2, 15, 'salt', 16],
    [3, 11, 'iv', 12],
    [4, 47, 'ciphertext', 48],
  ])('segment %i of %i bytes: the %s is named with its expected size', (index, size, what, expected) => {
    expect(unwrapFailure(withSegment(index, b64u(new Uint8Array(size))))).toBe(
      `The wrapped data key of ${LAYER} (${what}) is ${size} bytes, expected ${expected}. | ${DAMAGED}`,
    );
  });

  it('a newer format asks for a newer action; anything else that is not "wd1." is damage', () => {
    expect(unwrapFailure(appLayer.wrappedDek.replace(/^wd1/, 'wd12'))).toBe(
      `The wrapped data key of ${LAYER} uses format "wd12", but this version of the action only understands "wd1". | Update to the latest release of seekrit/action.`,
    );
    for (const version of ['Xwd2', 'wd2x', 'wd', '2', 'WD2'])
      expect(unwrapFailure(appLayer.wrappedDek.replace(/^wd1/, version)), version).toBe(
        `The wrapped data key of ${LAYER} does not start with "wd1.". | ${DAMAGED}`,
      );
    expect(unwrapFailure('wd2')).toBe(`The wrapped data key of ${LAYER} does not start with "wd1.". | ${DAMAGED}`);
  });

  it('a key wrapped to another token says to check the token', async () => {
    const other = await mintTokenMaterial();
    expect(unwrapFailure(wrapDek(new Uint8Array(randomBytes(32)), other.publicKey))).toBe(
      `Could not unwrap the data key of ${LAYER}: it was not wrapped to this token's key, or it was altered. | Check that the token belongs to this environment; if it does, the server response was tampered with.`,
    );
  });
});

describe('openSecret, exactly', () => {
  const dek = unwrapDek(appLayer.wrappedDek, key, LAYER);
  const envId = appLayer.environmentId;
  const open = (blob: string, name = 'API_KEY') => failureText(() => openSecret(blob, dataKey(dek), envId, name, LAYER));
  const seal = (plaintext: Uint8Array, name: string) => {
    const iv = randomBytes(12);
    return `sc1.${b64u(iv)}.${b64u(gcm(dek, iv, new TextEncoder().encode(`${envId}/${name}`)).encrypt(plaintext))}`;
  };

  it('a swapped or altered ciphertext', () => {
    const apiKey = appLayer.secrets.find((s: { name: string }) => s.name === 'API_KEY').ciphertext;
    expect(open(apiKey, 'OTHER')).toBe(
      `Could not decrypt secret OTHER in ${LAYER}: its ciphertext was altered, swapped with another secret's, or sealed for another environment. | Retry once; if it persists, report it to your seekrit administrator, since the response did not come from an untampered server.`,
    );
  });

  it('bytes that are not UTF-8', () => {
    expect(open(seal(Uint8Array.of(0x66, 0xc3), 'BINARY'), 'BINARY')).toBe(
      `Secret BINARY in ${LAYER} is not valid UTF-8 text. | Set the secret again with a text value.`,
    );
  });

  it('a value that begins with a byte-order mark keeps it', () => {
    const value = openSecret(seal(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41), 'BOM'), dataKey(dek), envId, 'BOM', LAYER);
    expect([...value].map((c) => c.codePointAt(0))).toStrictEqual([0xfeff, 0x41]);
  });

  it('a shape error names the secret and the part', () => {
    expect(open('sc1.AAAAAAAAAAAAAAAA.AAAA')).toBe(`Secret API_KEY in ${LAYER} is shorter than an AES-GCM tag (3 bytes). | ${DAMAGED}`);
    expect(open('sc1.AAAA.AAAAAAAAAAAAAAAAAAAAAA')).toBe(`Secret API_KEY in ${LAYER} (iv) is 3 bytes, expected 12. | ${DAMAGED}`);
    expect(open('sc1.AAAAAAAAAAAAAAAA')).toBe(`Secret API_KEY in ${LAYER} must have 2 non-empty segments after "sc1.". | ${DAMAGED}`);
  });

  it('an iv or a ciphertext that is not strict base64url is named as such', () => {
    const body = 'A'.repeat(22);
    expect(open(`sc1.AAAAAAAAAAAAAAA=.${body}`)).toBe(
      `Secret API_KEY in ${LAYER} (iv) is not base64url (padding or a character outside A-Z a-z 0-9 - _). | ${DAMAGED}`,
    );
    expect(open(`sc1.AAAAAAAAAAAAA.${body}`)).toBe(`Secret API_KEY in ${LAYER} (iv) has an impossible base64url length (13). | ${DAMAGED}`);
    expect(open(`sc1.AAAAAAAAAAAAAAB.${body}`)).toBe(
      `Secret API_KEY in ${LAYER} (iv) is not canonical base64url (non-zero trailing bits). | ${DAMAGED}`,
    );
    expect(open(`sc1.AAAAAAAAAAAAAAAA.${body}+`)).toBe(
      `Secret API_KEY in ${LAYER} (ciphertext) is not base64url (padding or a character outside A-Z a-z 0-9 - _). | ${DAMAGED}`,
    );
  });

  it('opens values and names of any size one after another: large, then small, then a longest name', () => {
    // The decoding buffers are reused and grow on demand; a stale or short one would fail the tag.
    const large = 'L'.repeat(70_000);
    const longName = `N${'_'.repeat(255)}`; // 256 characters, the most a response may name
    const cases: Array<[string, string]> = [
      ['SMALL', 's'],
      ['LARGE', large],
      ['AFTER_LARGE', 'after'],
      [longName, 'long name'],
      ['LAST', 'x'.repeat(1500)],
    ];
    for (const [name, value] of cases) {
      const blob = seal(new TextEncoder().encode(value), name);
      expect(openSecret(blob, dataKey(dek), envId, name, LAYER), name.slice(0, 20)).toBe(value);
    }
  });
});
