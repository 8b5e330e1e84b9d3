/**
 * P-256 ECDH from @noble/curves' own building blocks. `@noble/curves/nist.js` also builds P-384,
 * P-521, hash-to-curve, OPRF and FROST (and pulls in SHA-512) when it loads, which measured about
 * three times the import cost of the Weierstrass module alone on Node.js 24; the token only ever
 * needs P-256 ECDH. The domain parameters are those of SEC 2 (secp256r1) / FIPS 186-5, as
 * nist.js defines them; test/crypto.test.ts checks this curve against nist.js's p256.
 */
import { randomBytes } from 'node:crypto';
import { ecdh, weierstrass } from '@noble/curves/abstract/weierstrass.js';
import { P256_ORDER } from './token.js';

/**
 * The bytes that blind the secret scalar in every multiplication, from the platform CSPRNG. Left
 * to its default, the curve would probe WebCrypto when it is built and read it on every multiply,
 * and loading WebCrypto measured 4–6 ms of a run on Node.js 24.
 */
export function blindingBytes(length?: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(randomBytes(length ?? 32));
}

type Curve = ReturnType<typeof ecdh>;
let curve: Curve | undefined;

/**
 * The curve, built on first use: loadEnvironment builds it while the request is on the wire, and
 * a run that stops at its inputs never pays for it. Only ECDH is used; the product never makes a key.
 */
export function p256(): Curve {
  curve ??= ecdh(
    weierstrass(
      {
        p: BigInt('0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff'),
        n: P256_ORDER,
        h: BigInt(1),
        a: BigInt('0xffffffff00000001000000000000000000000000fffffffffffffffffffffffc'),
        b: BigInt('0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b'),
        Gx: BigInt('0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296'),
        Gy: BigInt('0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5'),
      },
      { randomBytes: blindingBytes },
    ),
  );
  return curve;
}
