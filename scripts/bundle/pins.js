// @ts-check
/**
 * What the standalone bundles are made of, read by scripts/bundle.js (which builds them) and
 * scripts/templates.js (which pins their digests in the GitLab templates).
 */
import { existsSync, readFileSync } from 'node:fs';

/** Each architecture: Debian's name for it, its multiarch triplet, its loader and the strip that reads it. */
export const ARCHES = {
  x64: { debian: 'amd64', triplet: 'x86_64-linux-gnu', loader: 'ld-linux-x86-64.so.2', strip: 'strip', uname: 'x86_64' },
  arm64: {
    debian: 'arm64',
    triplet: 'aarch64-linux-gnu',
    loader: 'ld-linux-aarch64.so.1',
    strip: 'aarch64-linux-gnu-strip',
    uname: 'aarch64',
  },
};

/** The Debian packages that hold what node links (`ldd node`), and gcc-12-base for their licence text. */
export const DEBIAN_PACKAGES = ['libc6', 'libstdc++6', 'libgcc-s1', 'gcc-12-base'];

/** The libraries Node.js 24's official Linux build links, besides the loader. */
export const LIBRARIES = ['libc.so.6', 'libm.so.6', 'libdl.so.2', 'libpthread.so.0', 'libstdc++.so.6', 'libgcc_s.so.1'];

/**
 * @typedef {{
 *   node: string,
 *   cli_sha256: string,
 *   debian: Record<string, { version: string, sha256: string }>,
 *   bundles: Record<string, { sha256: string, size: number }>,
 * }} Pins
 */

/** gitlab/bundles.json, or empty pins when it does not exist yet. @param {string} path @returns {Pins} */
export function readPins(path) {
  if (!existsSync(path)) return { node: '', cli_sha256: '', debian: {}, bundles: {} };
  return JSON.parse(readFileSync(path, 'utf8'));
}
