// @ts-nocheck
/**
 * The practical floor of the main step, bundled by bench/run.js the way the action is (ncc,
 * CommonJS): the same GET, JSON parse, P-256 ECDH (the product's own noble curve) and
 * HKDF-SHA256, one AES-256-GCM open per secret with one key object per
 * layer, one stdout write of masks, one GITHUB_ENV append, then exit. It checks nothing and
 * handles no error: it only says how fast a client could be within the stack, so the RESULTS
 * tables show how far the product's checks and delivery are from it. Never shipped.
 */
const http = require('node:http');
const { appendFileSync } = require('node:fs');
const { createDecipheriv, createSecretKey, randomUUID } = require('node:crypto');
// The product's own P-256 construction (noble's weierstrass and ecdh, blinding from node:crypto).
const { p256 } = require('../src/core/keys/p256.ts');
const { hkdf } = require('@noble/hashes/hkdf.js');
const { sha256 } = require('@noble/hashes/sha2.js');

const key = Buffer.from(/^skt_[0-9A-Za-z]+_(.+)$/.exec(process.env.INPUT_TOKEN)[1], 'base64url');
const scalarAt = key.indexOf(Buffer.from([0x04, 0x20]), 30) + 2;
const privateKey = new Uint8Array(key.subarray(scalarAt, scalarAt + 32));

function open(keyBytes, iv, sealed, aad) {
  const decipher = createDecipheriv('aes-256-gcm', keyBytes, iv);
  if (aad) decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  const plain = decipher.update(sealed.subarray(0, sealed.length - 16));
  decipher.final();
  return plain;
}

http.get(`${process.env['INPUT_API-URL']}/v1/resolve`, { headers: { authorization: `Bearer ${process.env.INPUT_TOKEN}` } }, (res) => {
  const chunks = [];
  res.on('data', (c) => chunks.push(c));
  res.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString());
    const values = new Map();
    for (const layer of body.layers) {
      const [, eph, salt, iv, ct] = layer.wrappedDek.split('.').map((s) => Buffer.from(s, 'base64url'));
      const shared = p256().getSharedSecret(privateKey, eph, true).subarray(1);
      const kek = hkdf(sha256, shared, salt, new TextEncoder().encode('seekrit/wrap-dek/v1'), 32);
      const dek = createSecretKey(open(kek, iv, ct));
      for (const { name, ciphertext } of layer.secrets) {
        const [, siv, sct] = ciphertext.split('.');
        const value = open(dek, Buffer.from(siv, 'base64url'), Buffer.from(sct, 'base64url'), `${layer.environmentId}/${name}`);
        values.set(name, value.toString('utf8'));
      }
    }
    let masks = '';
    let env = '';
    const delimiter = `ghadelimiter_${randomUUID()}`;
    for (const [name, value] of values) {
      masks += `::add-mask::${value}\n`;
      env += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    }
    process.stdout.write(masks);
    appendFileSync(process.env.GITHUB_ENV, env);
    process.stdout.write('', () => process.exit());
  });
});
