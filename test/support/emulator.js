// @ts-check
/**
 * A seekrit API emulator for tests and local runs: a real node:http server on 127.0.0.1 that keeps
 * an org in memory, seals every secret with a real per-environment data key (AES-256-GCM, AAD
 * `<environmentId>/<NAME>`), mints service tokens the way seekrit does (WebCrypto P-256 PKCS#8;
 * the server keeps only the token's SHA-256 and public key), wraps each DEK to the caller's public
 * key, and can inject faults. Written in plain JavaScript so `npm run emulator` needs no build.
 */
import { createHash, randomBytes, webcrypto } from 'node:crypto';
import http from 'node:http';
import { gcm } from '@noble/ciphers/aes.js';
import { p256 } from '@noble/curves/nist.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';

const WRAP_INFO = new TextEncoder().encode('seekrit/wrap-dek/v1');
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** @param {Uint8Array} bytes */
export const b64u = (bytes) => Buffer.from(bytes).toString('base64url');

/** @param {string} prefix */
function newId(prefix, length = 22) {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += BASE62[byte % 62];
  return `${prefix}${out}`;
}

/**
 * Seals one value as `sc1.<iv>.<ct>` under a DEK with AAD `<environmentId>/<name>`. A Uint8Array
 * value is sealed as raw bytes (tests use it for plaintext that is not UTF-8).
 */
export function sealSecret(
  /** @type {Uint8Array} */ dek,
  /** @type {string} */ environmentId,
  /** @type {string} */ name,
  /** @type {string | Uint8Array} */ value,
) {
  const iv = randomBytes(12);
  const aad = new TextEncoder().encode(`${environmentId}/${name}`);
  const ct = gcm(dek, iv, aad).encrypt(typeof value === 'string' ? new TextEncoder().encode(value) : value);
  return `sc1.${b64u(iv)}.${b64u(ct)}`;
}

/** Wraps a DEK to a P-256 public key: `wd1.<eph>.<salt>.<iv>.<ct>`. */
export function wrapDek(/** @type {Uint8Array} */ dek, /** @type {Uint8Array} */ publicKey) {
  const eph = p256.utils.randomSecretKey();
  const shared = p256.getSharedSecret(eph, publicKey, true).subarray(1);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = hkdf(sha256, shared, salt, WRAP_INFO, 32);
  const ct = gcm(kek, iv).encrypt(dek);
  return `wd1.${b64u(p256.getPublicKey(eph, false))}.${b64u(salt)}.${b64u(iv)}.${b64u(ct)}`;
}

/** Mints a service token as seekrit does: WebCrypto P-256 key, PKCS#8 DER in the key segment. */
export async function mintTokenMaterial() {
  const pair = /** @type {any} */ (await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']));
  const pkcs8 = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', pair.privateKey));
  const publicKey = new Uint8Array(await webcrypto.subtle.exportKey('raw', pair.publicKey));
  const id = newId('skt_');
  return { id, token: `${id}_${b64u(pkcs8)}`, publicKey, pkcs8 };
}

/**
 * @typedef {{ id: string, slug: string, dek: Uint8Array, sealed: Map<string, string> }} Environment
 * @typedef {{ id: string, slug: string, envs: Map<string, Environment>, groups: string[] }} App
 * @typedef {{ slug: string, envs: Map<string, Environment> }} Group
 * @typedef {{ id: string, hash: string, publicKey: Uint8Array, app: string, env: string, expiresAt?: number, revoked: boolean, granted: boolean }} TokenRecord
 * @typedef {{ method: string, url: string, path: string, query: URLSearchParams, headers: http.IncomingHttpHeaders, at: number }} LoggedRequest
 * @typedef {object} Fault
 * @property {number} [delayMs] wait before answering (or before the body when partialBody)
 * @property {boolean} [reset] destroy the connection without an answer
 * @property {number} [status] answer this status
 * @property {Record<string, string>} [headers] extra response headers
 * @property {string | Buffer} [body] answer this raw body (otherwise a normal body or error JSON)
 * @property {(body: any) => any} [tamper] rewrite the normal 200 body before it is sent
 * @property {boolean} [hang] never answer
 */

export class SeekritEmulator {
  constructor({ orgSlug = 'acme' } = {}) {
    this.org = { id: newId('org_'), slug: orgSlug };
    /** @type {Map<string, App>} */ this.apps = new Map();
    /** @type {Map<string, Group>} */ this.groups = new Map();
    /** @type {Map<string, TokenRecord>} */ this.tokens = new Map();
    /** @type {Fault[]} */ this.faults = [];
    /** @type {LoggedRequest[]} */ this.requests = [];
    /** @type {http.Server | undefined} */ this.server = undefined;
    this.url = '';
  }

  /** Creates or replaces an app environment's secrets. */
  setEnvironment(/** @type {string} */ appSlug, /** @type {string} */ envSlug, /** @type {Record<string, string | Uint8Array>} */ secrets) {
    let app = this.apps.get(appSlug);
    if (!app) {
      app = { id: newId('app_'), slug: appSlug, envs: new Map(), groups: [] };
      this.apps.set(appSlug, app);
    }
    app.envs.set(envSlug, this.#sealEnvironment(envSlug, secrets));
    return this;
  }

  /** Creates or replaces a composed group's environment. */
  setGroupEnvironment(/** @type {string} */ groupSlug, /** @type {string} */ envSlug, /** @type {Record<string, string>} */ secrets) {
    let group = this.groups.get(groupSlug);
    if (!group) {
      group = { slug: groupSlug, envs: new Map() };
      this.groups.set(groupSlug, group);
    }
    group.envs.set(envSlug, this.#sealEnvironment(envSlug, secrets));
    return this;
  }

  /** Composes groups into an app, lowest precedence first. */
  compose(/** @type {string} */ appSlug, /** @type {string[]} */ ...groupSlugs) {
    const app = this.apps.get(appSlug);
    if (!app) throw new Error(`no app ${appSlug}`);
    app.groups.push(...groupSlugs);
    return this;
  }

  #sealEnvironment(/** @type {string} */ slug, /** @type {Record<string, string | Uint8Array>} */ secrets) {
    const env = { id: newId('env_'), slug, dek: new Uint8Array(randomBytes(32)), sealed: new Map() };
    for (const [name, value] of Object.entries(secrets)) env.sealed.set(name, sealSecret(env.dek, env.id, name, value));
    return env;
  }

  /**
   * Mints a token for one app environment; the server keeps only its hash and public key.
   * @param {string} appSlug @param {string} envSlug
   * @param {{ expiresInMs?: number, granted?: boolean }} [options]
   */
  async mintToken(appSlug, envSlug, options = {}) {
    const material = await mintTokenMaterial();
    /** @type {TokenRecord} */
    const record = {
      id: material.id,
      hash: createHash('sha256').update(material.token).digest('hex'),
      publicKey: material.publicKey,
      app: appSlug,
      env: envSlug,
      revoked: false,
      granted: options.granted !== false,
    };
    if (options.expiresInMs !== undefined) record.expiresAt = Date.now() + options.expiresInMs;
    this.tokens.set(record.hash, record);
    return material.token;
  }

  revokeToken(/** @type {string} */ token) {
    const record = this.tokens.get(createHash('sha256').update(token).digest('hex'));
    if (record) record.revoked = true;
  }

  /** Queues faults: each request takes the next one; requests beyond the queue are answered normally. */
  inject(/** @type {Fault[]} */ ...faults) {
    this.faults.push(...faults);
    return this;
  }

  /** The 200 body a token would get right now (for tests that tamper with it by hand). */
  resolveBody(/** @type {string} */ token, /** @type {URLSearchParams} */ query = new URLSearchParams()) {
    const outcome = this.#resolve(`Bearer ${token}`, query);
    if (outcome.status !== 200) throw new Error(`resolve failed: ${outcome.status}`);
    return outcome.body;
  }

  async listen() {
    this.server = http.createServer((req, res) => this.#handle(req, res));
    await new Promise((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve(undefined)));
    const address = /** @type {import('node:net').AddressInfo} */ (this.server.address());
    this.url = `http://127.0.0.1:${address.port}`;
    return this.url;
  }

  async close() {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server?.close(() => resolve(undefined)));
    this.server = undefined;
  }

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async #handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://emulator');
    this.requests.push({
      method: req.method ?? '',
      url: req.url ?? '',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      at: Date.now(),
    });
    const fault = this.faults.shift();
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.hang) return;
    if (fault?.reset) {
      req.socket.destroy();
      return;
    }
    const send = (
      /** @type {number} */ status,
      /** @type {string | Buffer} */ body,
      /** @type {Record<string, string>} */ headers = {},
    ) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers, ...(fault?.headers ?? {}) });
      res.end(body);
    };
    if (fault?.status !== undefined || fault?.body !== undefined) {
      const status = fault.status ?? 200;
      const body =
        fault.body ?? JSON.stringify({ error: { code: status === 429 ? 'rate_limited' : 'internal', message: `injected ${status}` } });
      send(status, body);
      return;
    }
    if (req.method !== 'GET' || url.pathname !== '/v1/resolve') {
      send(404, JSON.stringify({ error: { code: 'not_found', message: 'no such route' } }));
      return;
    }
    const outcome = this.#resolve(req.headers.authorization, url.searchParams);
    const body = outcome.status === 200 && fault?.tamper ? fault.tamper(structuredClone(outcome.body)) : outcome.body;
    send(outcome.status, typeof body === 'string' ? body : JSON.stringify(body));
  }

  /** @param {string | undefined} authorization @param {URLSearchParams} query @returns {{ status: number, body: any }} */
  #resolve(authorization, query) {
    const error = (/** @type {number} */ status, /** @type {string} */ code, /** @type {string} */ message) => ({
      status,
      body: { error: { code, message } },
    });
    const match = /^Bearer (\S+)$/.exec(authorization ?? '');
    if (!match) return error(401, 'unauthorized', 'missing bearer token');
    const record = this.tokens.get(
      createHash('sha256')
        .update(match[1] ?? '')
        .digest('hex'),
    );
    if (!record) return error(401, 'unauthorized', 'unknown token');
    if (record.revoked) return error(401, 'unauthorized', 'token revoked');
    if (record.expiresAt !== undefined && record.expiresAt <= Date.now()) return error(401, 'unauthorized', 'token expired');
    if (!record.granted) return error(403, 'forbidden', 'no grant for this environment');
    const app = this.apps.get(record.app);
    const env = app?.envs.get(record.env);
    if (!app || !env) return error(404, 'not_found', 'environment not found');

    /** @type {Map<string, string>} */
    const overrides = new Map();
    for (const entry of query.getAll('with')) {
      const [group, groupEnv, ...rest] = entry.split(':');
      if (!group || !groupEnv || rest.length) return error(400, 'bad_request', 'with must be group:env');
      if (!app.groups.includes(group)) return error(404, 'not_found', `group ${group} is not composed into this app`);
      if (!this.groups.get(group)?.envs.has(groupEnv)) return error(404, 'not_found', `group ${group} has no environment ${groupEnv}`);
      overrides.set(group, groupEnv);
    }

    const layers = [];
    for (const groupSlug of app.groups) {
      const group = this.groups.get(groupSlug);
      const groupEnv = group?.envs.get(overrides.get(groupSlug) ?? env.slug);
      if (!groupEnv) continue;
      layers.push({
        source: 'group',
        environmentId: groupEnv.id,
        slug: groupEnv.slug,
        groupSlug,
        ...this.#layerBody(groupEnv, record.publicKey),
      });
    }
    layers.push({ source: 'app', environmentId: env.id, slug: env.slug, ...this.#layerBody(env, record.publicKey) });
    const scope = { orgId: this.org.id, orgSlug: this.org.slug, appId: app.id, appSlug: app.slug, envId: env.id, envSlug: env.slug };
    return { status: 200, body: { scope, layers } };
  }

  /** @param {Environment} env @param {Uint8Array} publicKey */
  #layerBody(env, publicKey) {
    return {
      wrappedDek: wrapDek(env.dek, publicKey),
      secrets: [...env.sealed].map(([name, ciphertext]) => ({ name, ciphertext })),
    };
  }
}

/** Body rewrites for tampering tests. Each takes a 200 body and returns the altered one. */
export const tamper = {
  /** Swap the ciphertexts of the first two secrets of a layer. */
  swapCiphertexts:
    (layerIndex = -1) =>
    (/** @type {any} */ body) => {
      const layer = body.layers.at(layerIndex);
      const [a, b] = layer.secrets;
      [a.ciphertext, b.ciphertext] = [b.ciphertext, a.ciphertext];
      return body;
    },
  /** Flip one bit in the last byte of a secret's ciphertext (the GCM tag). */
  alterCiphertext:
    (layerIndex = -1, secretIndex = 0) =>
    (/** @type {any} */ body) => {
      const secret = body.layers.at(layerIndex).secrets[secretIndex];
      const [v, iv, ct] = secret.ciphertext.split('.');
      const bytes = Buffer.from(ct, 'base64url');
      bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
      secret.ciphertext = `${v}.${iv}.${bytes.toString('base64url')}`;
      return body;
    },
  /** Give the app layer the wrapped DEK of the first group layer. */
  foreignDek: () => (/** @type {any} */ body) => {
    body.layers.at(-1).wrappedDek = body.layers[0].wrappedDek;
    return body;
  },
};
