/**
 * The bundled seekrit-ci and action reach an https API through HTTPS_PROXY (a CONNECT tunnel),
 * and NO_PROXY bypasses it: the proxy code is loaded lazily inside the one-file bundle, so this
 * runs the bundles, not src/. The API is a TLS front of the emulator with a throwaway certificate.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, runCli } from './support/cli.js';
import { SeekritEmulator } from './support/emulator.js';
import { runAction } from './support/runner.js';

const HOST = 'api.seekrit.test';
let emulator: SeekritEmulator;
let token: string;
let certs: string;
let front: https.Server;
let proxy: http.Server;
const tunnels: string[] = [];
const sockets = new Set<net.Socket>();
const port = (server: http.Server | https.Server) => (server.address() as { port: number }).port;

beforeAll(async () => {
  emulator = new SeekritEmulator();
  emulator.setEnvironment('web', 'production', { PROXIED: 'through-the-proxy-5521' });
  await emulator.listen();
  token = await emulator.mintToken('web', 'production');
  certs = mkdtempSync(join(tmpdir(), 'seekrit-proxy-'));
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${HOST}`, '-addext', `subjectAltName=DNS:${HOST}`].concat(
      ['-keyout', join(certs, 'key.pem'), '-out', join(certs, 'cert.pem')],
    ),
    { stdio: 'pipe' },
  );
  // TLS in front of the emulator, as the real API would be.
  front = https.createServer({ key: readFileSync(join(certs, 'key.pem')), cert: readFileSync(join(certs, 'cert.pem')) }, (req, res) => {
    const upstream = http.request(`${emulator.url}${req.url}`, { headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  proxy = http.createServer();
  proxy.on('connect', (req, client: net.Socket, head) => {
    tunnels.push(req.url ?? '');
    sockets.add(client);
    const upstream = net.connect(port(front), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
  });
  await Promise.all([front, proxy].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))));
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  front.closeAllConnections();
  await Promise.all([front, proxy].map((s) => new Promise((resolve) => s.close(resolve))));
  await emulator.close();
  rmSync(certs, { recursive: true, force: true });
});

const proxied = () => ({ HTTPS_PROXY: `http://127.0.0.1:${port(proxy)}`, NODE_EXTRA_CA_CERTS: join(certs, 'cert.pem') });

describe('the bundles through HTTPS_PROXY', () => {
  it('seekrit-ci export tunnels to the API, and NO_PROXY bypasses the proxy', async () => {
    const before = tunnels.length;
    const result = await runCli(
      ['export', '--format', 'json', '--api-url', `https://${HOST}`],
      cleanEnv({ SEEKRIT_TOKEN: token, ...proxied() }),
    );
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toStrictEqual({ PROXIED: 'through-the-proxy-5521' });
    expect(tunnels.slice(before)).toStrictEqual([`${HOST}:443`]);
    const bypass = await runCli(
      ['export', '--api-url', `https://${HOST}`, '--retries', '0'],
      cleanEnv({ SEEKRIT_TOKEN: token, ...proxied(), NO_PROXY: HOST }),
    );
    // Without the proxy the name does not resolve: the run fails, and no tunnel was opened.
    expect(bypass.code).toBe(1);
    expect(bypass.stderr).toContain('NETWORK_ERROR');
    expect(tunnels).toHaveLength(before + 1);
  });

  it('the action main step tunnels to the API', async () => {
    const before = tunnels.length;
    const r = await runAction({ token, 'api-url': `https://${HOST}` }, proxied());
    expect(r.main.code, r.main.stdout).toBe(0);
    expect(r.env.get('PROXIED')).toBe('through-the-proxy-5521');
    expect(tunnels.slice(before)).toStrictEqual([`${HOST}:443`]);
  });
});
