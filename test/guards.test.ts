/**
 * Each security check at its exact boundary, so that loosening it (a dropped anchor, an
 * off-by-one limit, a missing condition) fails a test: the cases mutation testing showed were
 * not pinned down.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseToken } from '../src/core/keys/token.js';
import { REDACTED, Redactor, redactText } from '../src/core/redact/redactor.js';
import { resolveEndpoint } from '../src/core/wire/request.js';
import { LIMITS, validateResolveResponse } from '../src/core/wire/response.js';

const vectors = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8'));
// biome-ignore lint/suspicious/noExplicitAny: rows below mutate an untyped JSON body on purpose
const body = (): any => structuredClone(vectors.resolve);
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'accepted';
};

describe('api-url: plain http only to a loopback host', () => {
  it.each([
    'http://127.0.0.1.evil.example',
    'http://localhost.evil.example',
    'http://evil.example.127.0.0.1.nip.io',
    'http://127.0.0.1x',
    'http://[::2]',
  ])('refuses %s as insecure', (url) => {
    expect(code(() => resolveEndpoint(url))).toBe('INSECURE_URL');
  });

  it.each(['https://user@api.seekrit.dev', 'https://:pw@api.seekrit.dev', 'https://api.seekrit.dev#x'])(
    'refuses credentials or a fragment in %s',
    (url) => {
      expect(code(() => resolveEndpoint(url))).toBe('INVALID_INPUT');
    },
  );
});

describe('token format', () => {
  it('refuses anything before skt_ or after the key', () => {
    expect(code(() => parseToken(`x${vectors.token}`))).toBe('MALFORMED_TOKEN');
    expect(code(() => parseToken(`${vectors.token}!`))).toBe('MALFORMED_TOKEN');
    expect(code(() => parseToken(`${vectors.token} extra`))).toBe('MALFORMED_TOKEN');
    expect(parseToken(`  ${vectors.token}\n`).id).toBe(parseToken(vectors.token).id);
  });
});

describe('response limits, each exactly at its boundary', () => {
  it('names: 256 characters pass, 257 do not', () => {
    const ok = body();
    ok.layers[0].secrets[0].name = `N${'x'.repeat(LIMITS.nameLength - 1)}`;
    expect(code(() => validateResolveResponse(ok))).toBe('accepted');
    const long = body();
    long.layers[0].secrets[0].name = `N${'x'.repeat(LIMITS.nameLength)}`;
    expect(code(() => validateResolveResponse(long))).toBe('INVALID_RESPONSE');
  });

  it('identifiers: 256 characters pass, 257 and the empty string do not', () => {
    for (const [length, expected] of [
      [LIMITS.identifierLength, 'accepted'],
      [LIMITS.identifierLength + 1, 'INVALID_RESPONSE'],
      [0, 'INVALID_RESPONSE'],
    ] as const) {
      const b = body();
      b.scope.orgId = 'i'.repeat(length);
      expect(
        code(() => validateResolveResponse(b)),
        `orgId of ${length}`,
      ).toBe(expected);
    }
  });

  it('layers: 64 pass, 65 do not', () => {
    const group = body().layers[0];
    const at = (count: number) => {
      const b = body();
      b.layers = [...Array.from({ length: count - 1 }, () => structuredClone(group)), b.layers.at(-1)];
      return b;
    };
    expect(code(() => validateResolveResponse(at(LIMITS.layers)))).toBe('accepted');
    expect(code(() => validateResolveResponse(at(LIMITS.layers + 1)))).toBe('INVALID_RESPONSE');
  });

  it('secrets per layer: the limit passes, one more does not', () => {
    const at = (count: number) => {
      const b = body();
      b.layers[0].secrets = Array.from({ length: count }, (_, i) => ({ name: `S${i}`, ciphertext: 'sc1.x.y' }));
      return b;
    };
    expect(code(() => validateResolveResponse(at(LIMITS.secretsPerLayer)))).toBe('accepted');
    expect(code(() => validateResolveResponse(at(LIMITS.secretsPerLayer + 1)))).toBe('INVALID_RESPONSE');
  });

  it('wrapped keys and ciphertexts: the limit passes, one more does not', () => {
    for (const [field, limit] of [
      ['wrappedDek', LIMITS.wrappedDekLength],
      ['ciphertext', LIMITS.ciphertextLength],
    ] as const) {
      for (const [length, expected] of [
        [limit, 'accepted'],
        [limit + 1, 'INVALID_RESPONSE'],
      ] as const) {
        const b = body();
        if (field === 'wrappedDek') b.layers[0].wrappedDek = 'w'.repeat(length);
        else b.layers[0].secrets[0].ciphertext = 'c'.repeat(length);
        expect(
          code(() => validateResolveResponse(b)),
          `${field} of ${length}`,
        ).toBe(expected);
      }
    }
  });
});

describe('redaction output', () => {
  it('push holds back only what could still begin a secret', () => {
    const secret = 'held-back-secret-0042';
    const redactor = new Redactor([secret]);
    const text = Buffer.from(`${'plain text '.repeat(1000)}tail`);
    const out = redactor.push(text);
    // Everything is out except at most the longest needle's length minus one.
    expect(out.length).toBeGreaterThanOrEqual(text.length - 64);
    expect(Buffer.concat([out, redactor.flush(true)]).toString()).toBe(text.toString());
  });

  it('a pause releases text that cannot grow into a secret, and keeps a possible start', () => {
    const redactor = new Redactor(['abcdefgh-secret']);
    expect(redactor.push(Buffer.from('xyz abcd')).toString()).toBe('');
    expect(redactor.flush().toString()).toBe('xyz ');
    expect(redactor.held).toBe(4);
    expect(Buffer.concat([redactor.push(Buffer.from('efgh-secret!')), redactor.flush(true)]).toString()).toBe(`${REDACTED}!`);
  });

  it('redactText keeps a trailing partial secret and text on both sides', () => {
    expect(redactText('ends with abcdefgh-sec', ['abcdefgh-secret'])).toBe('ends with abcdefgh-sec');
    expect(redactText('a abcdefgh-secret b', ['abcdefgh-secret'])).toBe(`a ${REDACTED} b`);
    expect(redactText('', ['abcdefgh-secret'])).toBe('');
  });
});

describe('per-secret files fail closed', () => {
  it('a folder that cannot be made fails by name and leaves nothing', async () => {
    const { writeFilePerSecret } = await import('../src/core/delivery/files.js');
    expect(() => writeFilePerSecret([{ name: 'KEY', value: 'v' }], '/dev/null/nowhere')).toThrow(
      expect.objectContaining({ code: 'OUTPUT_FAILED' }),
    );
  });

  it('a file that cannot be written removes the files already written', async () => {
    const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { writeFilePerSecret } = await import('../src/core/delivery/files.js');
    const parent = mkdtempSync(join(tmpdir(), 'seekrit-files-test-'));
    try {
      // The second name is a path component the file system refuses (too long for one file name).
      expect(() =>
        writeFilePerSecret(
          [
            { name: 'FIRST', value: 'written-then-removed' },
            { name: 'X'.repeat(300), value: 'v' },
          ],
          parent,
        ),
      ).toThrow(expect.objectContaining({ code: 'OUTPUT_FAILED' }));
      expect(readdirSync(parent)).toStrictEqual([]);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
