import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TlsBehindProxy {
  /** The throwaway certificate, for NODE_EXTRA_CA_CERTS. */
  caFile: string;
  tlsPort: number;
  proxyUrl: string;
  /** The `host:port` of every CONNECT the proxy received. */
  tunnels: string[];
  close: () => Promise<void>;
}

/**
 * A TLS server for `host` (a throwaway self-signed certificate from openssl) behind a CONNECT
 * proxy on loopback: every tunnel, whatever it asks for, reaches the TLS server, and is recorded.
 */
export async function tlsBehindProxy(host: string, handler: http.RequestListener): Promise<TlsBehindProxy> {
  const certs = mkdtempSync(join(tmpdir(), 'seekrit-tls-'));
  const caFile = join(certs, 'cert.pem');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${host}`, '-addext', `subjectAltName=DNS:${host}`].concat(
      ['-keyout', join(certs, 'key.pem'), '-out', caFile],
    ),
    { stdio: 'pipe' },
  );
  const tls = https.createServer({ key: readFileSync(join(certs, 'key.pem')), cert: readFileSync(caFile) }, handler);
  const tunnels: string[] = [];
  const sockets = new Set<net.Socket>();
  const proxy = http.createServer();
  const port = (server: net.Server) => (server.address() as net.AddressInfo).port;
  proxy.on('connect', (req, client: net.Socket, head) => {
    tunnels.push(req.url ?? '');
    sockets.add(client);
    const upstream = net.connect(port(tls), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
  });
  await Promise.all([tls, proxy].map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))));
  return {
    caFile,
    tlsPort: port(tls),
    proxyUrl: `http://127.0.0.1:${port(proxy)}`,
    tunnels,
    close: async () => {
      // Tunnels are kept alive: end them, or close() would wait for them.
      for (const socket of sockets) socket.destroy();
      tls.closeAllConnections();
      await Promise.all([tls, proxy].map((server) => new Promise((resolve) => server.close(resolve))));
      rmSync(certs, { recursive: true, force: true });
    },
  };
}
