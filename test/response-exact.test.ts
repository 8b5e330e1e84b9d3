/** Response validation, word for word and at every limit's edge: what the server sent wrong, by path, never its content. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS, layerLabel, validateResolveResponse } from '../src/core/wire/response.js';
import { failureText } from './support/failure.js';

const vectors = JSON.parse(readFileSync(new URL('./fixtures/vectors.json', import.meta.url), 'utf8'));
// biome-ignore lint/suspicious/noExplicitAny: the rows below reshape an untyped JSON body on purpose
type Body = any;
const good = (): Body => structuredClone(vectors.resolve);
const HINT = 'Check that api-url points at the seekrit API (not a proxy or login page); if it does, report this to seekrit support.';
const said = (body: Body) => failureText(() => validateResolveResponse(body));
const invalid = (path: string, problem: string) => `The seekrit API answered with an invalid body: ${path} ${problem}. | ${HINT}`;
const edit = (change: (b: Body) => void): Body => {
  const body = good();
  change(body);
  return body;
};

describe('validateResolveResponse, exactly', () => {
  it('the limits are what the protocol document promises', () => {
    expect(LIMITS).toStrictEqual({
      layers: 64,
      secretsPerLayer: 100_000,
      nameLength: 256,
      identifierLength: 256,
      wrappedDekLength: 512,
      ciphertextLength: 1_500_000,
    });
  });

  it.each([
    ['orgId', 'scope.orgId'],
    ['appId', 'scope.appId'],
    ['envId', 'scope.envId'],
  ])('identifier %s: 1 to 256 printable characters, no space, at either end included', (field, path) => {
    const identifier = invalid(path, 'must be 1–256 printable ASCII characters without spaces');
    for (const bad of ['', ' id', 'id ', 'i d', 'id\u007f', '\tid', 'x'.repeat(257)])
      expect(said(edit((b) => (b.scope[field] = bad))), JSON.stringify(bad)).toBe(identifier);
    expect(said(edit((b) => (b.scope[field] = 7)))).toBe(invalid(path, 'must be a string, got number'));
    expect(said(edit((b) => (b.scope[field] = null)))).toBe(invalid(path, 'must be a string, got null'));
    expect(said(edit((b) => (b.scope[field] = ['x'])))).toBe(invalid(path, 'must be a string, got an array'));
  });

  it('an identifier of exactly 256 characters, and every printable character, are accepted', () => {
    const body = edit((b) => {
      b.scope.orgId = 'x'.repeat(256);
      b.scope.appId = Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i)).join('');
    });
    expect(validateResolveResponse(body).scope.orgId).toHaveLength(256);
  });

  it('the body, the scope and each layer must be objects', () => {
    expect(said([])).toBe(invalid('the body', 'must be a JSON object, got an array'));
    expect(said(edit((b) => (b.scope = 'x')))).toBe(invalid('scope', 'must be an object, got string'));
    expect(said(edit((b) => (b.layers[1] = 5)))).toBe(invalid('layers[1]', 'must be an object, got number'));
    expect(said(edit((b) => (b.layers[0].secrets[0] = null)))).toBe(invalid('layers[0].secrets[0]', 'must be an object, got null'));
  });

  it('layers: at least one, at most 64', () => {
    expect(said(edit((b) => (b.layers = {})))).toBe(invalid('layers', 'must be an array, got object'));
    expect(said(edit((b) => (b.layers = [])))).toBe(invalid('layers', 'is empty (the app environment layer is missing)'));
    const group = good().layers[0];
    const app = good().layers[1];
    const at = (count: number) => edit((b) => (b.layers = [...Array.from({ length: count - 1 }, () => structuredClone(group)), app]));
    expect(validateResolveResponse(at(64)).layers).toHaveLength(64);
    expect(said(at(65))).toBe(invalid('layers', 'has more than 64 entries'));
  });

  it('each layer: its environment id, slugs, wrapped key and secret list, by path', () => {
    expect(said(edit((b) => (b.layers[0].environmentId = '')))).toBe(
      invalid('layers[0].environmentId', 'must be 1–256 printable ASCII characters without spaces'),
    );
    expect(said(edit((b) => (b.layers[0].wrappedDek = 'w'.repeat(513))))).toBe(
      invalid('layers[0].wrappedDek', 'must be 1–512 characters long'),
    );
    expect(said(edit((b) => (b.layers[0].wrappedDek = '')))).toBe(invalid('layers[0].wrappedDek', 'must be 1–512 characters long'));
    expect(said(edit((b) => (b.layers[1].secrets = 'x')))).toBe(invalid('layers[1].secrets', 'must be an array, got string'));
    expect(said(edit((b) => (b.layers[0].source = 'other')))).toBe(invalid('layers[0].source', 'must be "group" or "app"'));
  });

  it('secrets per layer: at most 100,000, names unique within a layer', () => {
    const many = (count: number) =>
      edit((b) => {
        const one = b.layers[1].secrets[0];
        b.layers[1].secrets = Array.from({ length: count }, (_, i) => ({ ...one, name: `S${i}` }));
      });
    expect(validateResolveResponse(many(100_000)).layers[1]?.secrets).toHaveLength(100_000);
    expect(said(many(100_001))).toBe(invalid('layers[1].secrets', 'has more than 100000 entries'));
    expect(said(edit((b) => b.layers[1].secrets.push({ ...b.layers[1].secrets[0] })))).toMatch(
      /^The seekrit API answered with an invalid body: layers\[1\]\.secrets\[\d+\]\.name repeats [A-Z_]+ within one layer\./,
    );
  });

  it('a ciphertext: 1 to 1,500,000 characters, named with its secret', () => {
    const name = good().layers[1].secrets[0].name;
    expect(said(edit((b) => (b.layers[1].secrets[0].ciphertext = '')))).toBe(
      invalid(`layers[1].secrets[0].ciphertext (${name})`, 'must be 1–1500000 characters long'),
    );
    expect(said(edit((b) => (b.layers[1].secrets[0].ciphertext = 'c'.repeat(1_500_001))))).toBe(
      invalid(`layers[1].secrets[0].ciphertext (${name})`, 'must be 1–1500000 characters long'),
    );
    expect(validateResolveResponse(edit((b) => (b.layers[1].secrets[0].ciphertext = 'c'.repeat(1_500_000)))).layers).toHaveLength(2);
  });

  it('labels layers for messages', () => {
    const response = validateResolveResponse(good());
    expect(response.layers.map((layer) => layerLabel(layer, response.scope))).toStrictEqual([
      'group shared/production',
      'app web/production',
    ]);
  });
});
