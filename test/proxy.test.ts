/**
 * The bundled seekrit-ci and action reach an https API through HTTPS_PROXY (a CONNECT tunnel),
 * and NO_PROXY bypasses it: the proxy code is loaded lazily inside the one-file bundle, so this
 * runs the bundles, not src/. The API is a TLS front of the emulator with a throwaway certificate.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runCli } from './support/cli.js';
import { SeekritEmulator } from './support/emulator.js';
import { runAction } from './support/runner.js';
import { type TlsBehindProxy, tlsBehindProxy } from './support/tunnel.js';

const HOST = 'api.seekrit.test';
let emulator: SeekritEmulator;
let token: string;
let api: TlsBehindProxy;
const tunnels = () => api.tunnels;

beforeAll(async () => {
  emulator = new SeekritEmulator();
  emulator.setEnvironment('web', 'production', { PROXIED: 'through-the-proxy-5521' });
  await emulator.listen();
  token = await emulator.mintToken('web', 'production');
  // TLS in front of the emulator, as the real API would be.
  api = await tlsBehindProxy(HOST, (req, res) => {
    const upstream = http.request(`${emulator.url}${req.url}`, { headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
});
afterAll(async () => {
  await api.close();
  await emulator.close();
});

const proxied = () => ({ HTTPS_PROXY: api.proxyUrl, NODE_EXTRA_CA_CERTS: api.caFile });

describe('the bundles through HTTPS_PROXY', () => {
  it('seekrit-ci export tunnels to the API, and NO_PROXY bypasses the proxy', async () => {
    const before = tunnels().length;
    const result = await runCli(
      ['export', '--format', 'json', '--api-url', `https://${HOST}`],
      cleanEnv({ SEEKRIT_TOKEN: token, ...proxied() }),
    );
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toStrictEqual({ PROXIED: 'through-the-proxy-5521' });
    expect(tunnels().slice(before)).toStrictEqual([`${HOST}:443`]);
    const bypass = await runCli(
      ['export', '--api-url', `https://${HOST}`, '--retries', '0'],
      cleanEnv({ SEEKRIT_TOKEN: token, ...proxied(), NO_PROXY: HOST }),
    );
    // Without the proxy the name does not resolve: the run fails, and no tunnel was opened.
    expect(bypass.code).toBe(1);
    expect(bypass.stderr).toContain('NETWORK_ERROR');
    expect(tunnels()).toHaveLength(before + 1);
  });

  it('the action main step tunnels to the API', async () => {
    const before = tunnels().length;
    const r = await runAction({ token, 'api-url': `https://${HOST}` }, proxied());
    expect(r.main.code, r.main.stdout).toBe(0);
    expect(r.env.get('PROXIED')).toBe('through-the-proxy-5521');
    expect(tunnels().slice(before)).toStrictEqual([`${HOST}:443`]);
  });
});
