import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateResolveResponse } from '../src/core/wire/response.js';

const vectors = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8'));
// biome-ignore lint/suspicious/noExplicitAny: the rows below mutate an untyped JSON body on purpose
type Body = any;
const good = (): Body => structuredClone(vectors.resolve);

describe('validateResolveResponse', () => {
  it('accepts the golden body and drops unknown fields', () => {
    const body = good();
    body.extra = { anything: true };
    body.layers[0].note = 'ignored';
    const result = validateResolveResponse(body);
    expect(result.layers).toHaveLength(2);
    expect(result.layers[0]).not.toHaveProperty('note');
    expect(result.layers[1]).not.toHaveProperty('groupSlug');
  });

  // Each row: what is wrong, how to make it so, the path the message must name.
  const cases: Array<[string, (b: Body) => unknown, RegExp]> = [
    ['body is null', () => null, /the body must be a JSON object, got null/],
    ['body is a string', () => 'hello', /the body must be a JSON object, got string/],
    [
      'scope missing',
      (b) => {
        delete b.scope;
        return b;
      },
      /scope must be an object/,
    ],
    [
      'scope field wrong type',
      (b) => {
        b.scope.envSlug = 7;
        return b;
      },
      /scope.envSlug must be a string, got number/,
    ],
    ...(['web::add-mask::x', 'a##[stop-commands]b', 'web app', '-web', 'web/x', 'w'.repeat(101), 'web%0A', 'wéb'] as const).map(
      (bad) =>
        [
          `slug ${JSON.stringify(bad.slice(0, 30))}`,
          (b: Body) => {
            b.layers[0].slug = bad;
            return b;
          },
          /layers\[0\]\.slug must be a slug/,
        ] as [string, (b: Body) => unknown, RegExp],
    ),
    [
      'group slug that could form a workflow command',
      (b) => {
        b.layers[0].groupSlug = '::stop-commands::x';
        return b;
      },
      /groupSlug must be a slug/,
    ],
    [
      'scope field with control characters',
      (b) => {
        b.scope.appSlug = 'web\u001b[31m';
        return b;
      },
      /scope.appSlug must be a slug/,
    ],
    [
      'layers not an array',
      (b) => {
        b.layers = {};
        return b;
      },
      /layers must be an array, got object/,
    ],
    [
      'no layers',
      (b) => {
        b.layers = [];
        return b;
      },
      /layers is empty/,
    ],
    [
      'too many layers',
      (b) => {
        b.layers = Array.from({ length: 65 }, () => b.layers[0]);
        return b;
      },
      /more than 64/,
    ],
    [
      'unknown source',
      (b) => {
        b.layers[0].source = 'org';
        return b;
      },
      /layers\[0\].source must be "group" or "app"/,
    ],
    [
      'group without groupSlug',
      (b) => {
        delete b.layers[0].groupSlug;
        return b;
      },
      /layers\[0\].groupSlug must be a string/,
    ],
    [
      'app layer not last',
      (b) => {
        b.layers.reverse();
        return b;
      },
      /layers\[0\].source must be "group"/,
    ],
    [
      'no app layer',
      (b) => {
        b.layers = [b.layers[0]];
        return b;
      },
      /layers\[0\].source must be "app"/,
    ],
    [
      'app layer of another environment',
      (b) => {
        b.layers[1].environmentId = 'env_other';
        return b;
      },
      /environmentId does not match scope.envId/,
    ],
    [
      'wrappedDek missing',
      (b) => {
        delete b.layers[1].wrappedDek;
        return b;
      },
      /layers\[1\].wrappedDek must be a string, got undefined/,
    ],
    [
      'wrappedDek huge',
      (b) => {
        b.layers[1].wrappedDek = 'a'.repeat(513);
        return b;
      },
      /wrappedDek must be 1–512/,
    ],
    [
      'secrets not an array',
      (b) => {
        b.layers[1].secrets = 'x';
        return b;
      },
      /layers\[1\].secrets must be an array/,
    ],
    [
      'secret not an object',
      (b) => {
        b.layers[1].secrets[0] = 'x';
        return b;
      },
      /secrets\[0\] must be an object/,
    ],
    [
      'secret name invalid',
      (b) => {
        b.layers[1].secrets[0].name = '1BAD';
        return b;
      },
      /secrets\[0\].name must be a name/,
    ],
    [
      'secret name with a dash',
      (b) => {
        b.layers[1].secrets[0].name = 'MY-KEY';
        return b;
      },
      /secrets\[0\].name must be a name/,
    ],
    [
      'duplicate names in a layer',
      (b) => {
        b.layers[1].secrets[1].name = b.layers[1].secrets[0].name;
        return b;
      },
      /secrets\[1\].name repeats SHARED/,
    ],
    [
      'ciphertext wrong type',
      (b) => {
        b.layers[1].secrets[0].ciphertext = 5;
        return b;
      },
      /ciphertext \(SHARED\) must be a string, got number/,
    ],
    [
      'ciphertext empty',
      (b) => {
        b.layers[1].secrets[0].ciphertext = '';
        return b;
      },
      /ciphertext \(SHARED\) must be 1–/,
    ],
  ];

  it.each(cases)('rejects: %s', (_label, mutate, message) => {
    expect(() => validateResolveResponse(mutate(good()))).toThrow(message);
    expect(() => validateResolveResponse(mutate(good()))).toThrow(expect.objectContaining({ code: 'INVALID_RESPONSE' }));
  });
});
