import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadEnvironment } from '../src/core/index.js';
import { parseToken } from '../src/core/keys/token.js';
import { SeekritEmulator } from './support/emulator.js';

// When the decryption half (the curve and hash libraries) loads, how many requests had been made.
const requestsWhenLoaded: Record<string, number> = {};
const request = vi.spyOn(http, 'request');
vi.mock('../src/core/keys/p256.js', async (original) => {
  requestsWhenLoaded.p256 = request.mock.calls.length;
  return original();
});
vi.mock('../src/core/environment/materialize.js', async (original) => {
  requestsWhenLoaded.materialize = request.mock.calls.length;
  return original();
});

/**
 * loadEnvironment sends the request before it loads what decrypting the answer needs, so that
 * loading overlaps the round trip (issue 12). Reading the token must not load the curve either.
 */
describe('what loads before the request goes out', () => {
  let emulator: SeekritEmulator;
  beforeEach(async () => {
    emulator = new SeekritEmulator();
    emulator.setEnvironment('web', 'production', { API_KEY: 'load-order-value-1' });
    await emulator.listen();
  });
  afterEach(() => emulator.close());

  it('the curve and the decryption modules load after the request is made, and the answer still opens', async () => {
    const token = parseToken(await emulator.mintToken('web', 'production'));
    expect(requestsWhenLoaded).toEqual({});
    const environment = await loadEnvironment({ token, apiUrl: emulator.url, client: 'github-action' });
    expect(requestsWhenLoaded).toEqual({ p256: 1, materialize: 1 });
    expect(environment.secrets.get('API_KEY')?.value).toBe('load-order-value-1');
    expect(emulator.requests).toHaveLength(1);
  });
});
