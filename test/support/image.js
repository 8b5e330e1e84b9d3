// @ts-check
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A job image's PATH without Node.js, made of busybox applets (as in alpine or busybox images):
 * the shell tools a GitLab job has, plus the downloader the caller chooses. `uname` and `tar`
 * can be replaced by scripts, to act as another machine or a full disk; `gnu` names tools taken
 * from the machine instead of busybox (a Debian-like image). Used by the tests and bench/bundle.js.
 *
 * @typedef {{
 *   downloader: 'curl' | 'busybox-wget' | 'python3' | 'none',
 *   machine?: string,
 *   fullDisk?: boolean,
 *   gnu?: string[],
 * }} ImageTools
 */

const APPLETS = [
  'sh',
  'cat',
  'cut',
  'tr',
  'head',
  'tail',
  'wc',
  'sed',
  'mkdir',
  'mktemp',
  'rm',
  'cp',
  'mv',
  'tar',
  'gzip',
  'uname',
  'env',
  'sleep',
  'kill',
  'readlink',
  'sha256sum',
  'base64',
  'printf',
  'echo',
  'test',
  '[',
  'mkfifo',
  'true',
  'false',
  'ls',
  'grep',
  'chmod',
  'dirname',
  'basename',
  'pwd',
  'touch',
  'tee',
  'id',
  'ps',
];

export const BUSYBOX = ['/bin/busybox', '/usr/bin/busybox'].find(existsSync) ?? 'busybox';

/** Makes the image's bin folder in `dir` and returns it (to be the whole PATH). @param {string} dir @param {ImageTools} tools */
export function imageBin(dir, tools) {
  const bin = join(dir, 'image-bin');
  mkdirSync(bin, { recursive: true });
  // An image with python3 gets no sha256sum: the component then verifies with python3.
  for (const applet of APPLETS) {
    if (tools.downloader === 'python3' && applet === 'sha256sum') continue;
    symlinkSync(tools.gnu?.includes(applet) ? `/bin/${applet}` : BUSYBOX, join(bin, applet));
  }
  if (tools.downloader === 'busybox-wget') symlinkSync(BUSYBOX, join(bin, 'wget'));
  if (tools.downloader === 'curl') symlinkSync('/usr/bin/curl', join(bin, 'curl'));
  if (tools.downloader === 'python3') symlinkSync('/usr/bin/python3', join(bin, 'python3'));
  /** @param {string} name @param {string} body */
  const script = (name, body) => {
    const path = join(bin, name);
    rmSync(path, { force: true });
    writeFileSync(path, `#!${BUSYBOX} sh\n${body}\n`);
    chmodSync(path, 0o755);
  };
  if (tools.machine) script('uname', `if [ "$1" = -m ]; then echo ${tools.machine}; else ${BUSYBOX} uname "$@"; fi`);
  if (tools.fullDisk) {
    script(
      'tar',
      'for a; do last=$a; done\nhead -c 1000 /dev/zero > "$last/partial"\necho "tar: write error: No space left on device" >&2\nexit 1',
    );
  }
  return bin;
}
