// @ts-check
/**
 * `npm run bundle`: the standalone seekrit-ci for images without Node.js, one tar.gz per Linux
 * architecture in bundle/ (ignored by git). Each holds Node.js from the npm packages pinned in
 * tools/bundle, the C libraries it links from Debian packages pinned in gitlab/bundles.json,
 * the committed dist/cli/index.js, and a launcher that starts Node through the bundled loader.
 *
 * Reproducible: pinned inputs (npm integrity, Debian versions and .deb digests), sorted entries,
 * fixed owners, modes and mtimes, `gzip -n`. It then records each bundle's SHA-256 and size, and
 * the CLI digest it was built from, in gitlab/bundles.json, and re-renders templates/ (which pin
 * them).
 *
 *   npm run bundle                  build both, checking every input against its pin
 *   npm run bundle -- --update      pin the Debian packages apt offers now, then build
 *   npm run bundle -- --arch x64    one architecture only (bundles.json keeps the other's pin)
 *   npm run bundle -- --out DIR     write the tar.gz files to DIR (nothing else is written)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARCHES, DEBIAN_PACKAGES, LIBRARIES, readPins } from './bundle/pins.js';
import { renderLauncher } from './bundle/runtime.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const pinsPath = join(root, 'gitlab/bundles.json');
const toolsDir = join(root, 'tools/bundle');
const cacheDir = join(toolsDir, '.cache');

/** @param {string} flag */
const flagValue = (flag) => {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const update = process.argv.includes('--update');
const only = flagValue('--arch');
const outDir = flagValue('--out') ?? join(root, 'bundle');
const recordPins = flagValue('--out') === undefined;

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`npm run bundle: ${message}`);
  process.exit(1);
}

/** @param {string} command @param {string[]} args @param {import('node:child_process').ExecFileSyncOptions} [options] */
function run(command, args, options = {}) {
  try {
    return execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  } catch (error) {
    const e = /** @type {{ code?: string, stderr?: Buffer }} */ (error);
    if (e.code === 'ENOENT') fail(`${command} is not installed (${toolHint(command)})`);
    throw new Error(`${command} ${args.join(' ')} failed:\n${e.stderr?.toString() ?? String(error)}`);
  }
}

/** @param {string} command */
function toolHint(command) {
  if (command === 'aarch64-linux-gnu-strip') return 'apt-get install binutils-aarch64-linux-gnu';
  if (command === 'apt-get' || command === 'dpkg-deb') return 'the bundle is built on Debian or a Debian-based image';
  return `install ${command}`;
}

/** @param {string | Buffer} data */
const sha256 = (data) => createHash('sha256').update(data).digest('hex');

if (only && !(only in ARCHES)) fail(`--arch takes ${Object.keys(ARCHES).join(' or ')}, not ${only}`);
const arches = only ? [only] : Object.keys(ARCHES);
const pins = readPins(pinsPath);
const cli = join(root, 'dist/cli/index.js');
if (!existsSync(cli)) fail('dist/cli/index.js is missing: run npm run build first');

// Node.js: the npm packages tools/bundle pins (version and integrity in its package-lock.json).
// --force: each package declares its own cpu, and both are installed on one machine.
const nodePackage = (/** @type {string} */ arch) => join(toolsDir, 'node_modules', `node-linux-${arch}`);
if (arches.some((arch) => !existsSync(join(nodePackage(arch), 'bin/node')))) {
  console.error('npm run bundle: installing the pinned Node.js builds (tools/bundle)');
  run('npm', ['ci', '--force', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: toolsDir, stdio: 'inherit' });
}
const nodeVersion = JSON.parse(readFileSync(join(nodePackage(arches[0] ?? 'x64'), 'package.json'), 'utf8')).version;

// Debian: a private apt state (both architectures), so the machine's own apt setup is untouched.
const aptState = join(cacheDir, 'apt');
for (const dir of ['lists/partial', 'archives/partial']) mkdirSync(join(aptState, dir), { recursive: true });
const aptOptions = [
  `-o`,
  `Dir::State=${aptState}`,
  `-o`,
  `Dir::State::status=${join(aptState, 'status')}`,
  `-o`,
  `Dir::Cache=${aptState}`,
  `-o`,
  'Debug::NoLocking=1',
  ...Object.values(ARCHES).flatMap((a) => ['-o', `APT::Architectures::=${a.debian}`]),
];
if (!existsSync(join(aptState, 'status'))) writeFileSync(join(aptState, 'status'), '');
let aptUpdated = false;
function aptUpdate() {
  if (aptUpdated) return;
  run('apt-get', [...aptOptions, '-qq', 'update']);
  aptUpdated = true;
}

/** Downloads one pinned .deb (or, with --update, the version apt offers), checked against its pin. */
function debianPackage(/** @type {string} */ name, /** @type {string} */ debArch) {
  const key = `${name}:${debArch}`;
  let pin = update ? undefined : pins.debian[key];
  if (!pin) {
    aptUpdate();
    const policy = run('apt-cache', [...aptOptions, 'policy', key]).toString();
    const candidate = /Candidate: (\S+)/.exec(policy)?.[1];
    if (!candidate || candidate === '(none)') return fail(`apt offers no ${key}; is Debian's package list reachable?`);
    pin = { version: candidate, sha256: '' };
  }
  const debs = join(cacheDir, 'debs');
  mkdirSync(debs, { recursive: true });
  const file = join(debs, `${name}_${pin.version.replace(/^\d+:/, '')}_${debArch}.deb`);
  if (!existsSync(file)) {
    aptUpdate();
    try {
      run('apt-get', [...aptOptions, '-qq', 'download', `${key}=${pin.version}`], { cwd: debs });
    } catch {
      fail(
        `Debian no longer offers ${key} ${pin.version} (pinned in gitlab/bundles.json). Run npm run bundle -- --update to pin what it offers now, then commit gitlab/bundles.json and templates/.`,
      );
    }
  }
  const digest = sha256(readFileSync(file));
  if (pin.sha256 && pin.sha256 !== digest) fail(`${file} has SHA-256 ${digest}, not the pinned ${pin.sha256}: delete it and run again`);
  const fields = run('dpkg-deb', ['-f', file, 'Source', 'Version']).toString();
  const version = /^Version: (.+)$/m.exec(fields)?.[1] ?? pin.version;
  const source = /^Source: (\S+)(?: \((.+)\))?$/m.exec(fields);
  pins.debian[key] = { version: pin.version, sha256: digest };
  return { file, name, source: source?.[1] ?? name, sourceVersion: source?.[2] ?? version };
}

/** One file of the staging tree, with a fixed mode (the tar keeps modes, and they must not vary). */
function put(/** @type {string} */ path, /** @type {string | Buffer} */ data, mode = 0o644) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
  chmodSync(path, mode);
}

function buildBundle(/** @type {string} */ arch) {
  const target = ARCHES[/** @type {keyof typeof ARCHES} */ (arch)];
  const work = mkdtempSync(join(tmpdir(), `seekrit-bundle-${arch}-`));
  try {
    const top = join(work, 'seekrit-ci');
    const extracted = join(work, 'debian');
    const sources = DEBIAN_PACKAGES.map((name) => debianPackage(name, target.debian));
    for (const deb of sources) run('dpkg-deb', ['-x', deb.file, extracted]);
    for (const library of [target.loader, ...LIBRARIES]) {
      const from = [`lib/${target.triplet}`, `usr/lib/${target.triplet}`].map((d) => join(extracted, d, library)).find(existsSync);
      if (!from) fail(`${library} is not in the Debian packages for ${arch}`);
      put(join(top, 'lib', library), readFileSync(from), 0o755);
    }
    // Stripped: the symbols are a third of the binary and nothing at run time reads them.
    mkdirSync(join(top, 'libexec'), { recursive: true });
    run(target.strip, ['--strip-all', '-o', join(top, 'libexec/node'), join(nodePackage(arch), 'bin/node')]);
    chmodSync(join(top, 'libexec/node'), 0o755);
    put(join(top, 'libexec/seekrit-ci.cjs'), readFileSync(cli));
    // Node.js through the bundled loader, so the image's own C library (any glibc, musl or none) is never used.
    const launcher = renderLauncher(
      [
        'self=$(readlink -f -- "$0" 2>/dev/null) || self=$0',
        'case "$self" in */*) ;; *) self=$(command -v -- "$self") ;; esac',
        'root=$(cd -- "${self%/*}/.." && pwd -P) || exit 127',
        `exec "$root/lib/${target.loader}" --library-path "$root/lib" "$root/libexec/node" "$root/libexec/seekrit-ci.cjs" "$@"`,
      ].join('\n'),
    );
    put(join(top, 'bin/seekrit-ci'), launcher, 0o755);
    put(join(top, 'VERSION'), `${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
    licences(top, arch, extracted, sources);
    for (const dir of walkDirs(top)) chmodSync(dir, 0o755);

    mkdirSync(outDir, { recursive: true });
    const out = join(outDir, `seekrit-ci-linux-${arch}.tar.gz`);
    const tar = join(work, 'bundle.tar');
    run('tar', [
      '--sort=name',
      '--mtime=@0',
      '--owner=0',
      '--group=0',
      '--numeric-owner',
      '--format=gnu',
      '-C',
      work,
      '-cf',
      tar,
      'seekrit-ci',
    ]);
    writeFileSync(out, run('gzip', ['-9', '-n', '-c', tar], { maxBuffer: 1 << 30 }));
    const bytes = readFileSync(out);
    return { out, sha256: sha256(bytes), size: bytes.length };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** @param {string} dir @returns {string[]} */
function walkDirs(dir) {
  return [dir, ...readdirSync(dir).flatMap((e) => (statSync(join(dir, e)).isDirectory() ? walkDirs(join(dir, e)) : []))];
}

/** The licence texts of everything the bundle ships, and where each one's source is. */
function licences(
  /** @type {string} */ top,
  /** @type {string} */ arch,
  /** @type {string} */ extracted,
  /** @type {Array<{ name: string, source: string, sourceVersion: string }>} */ sources,
) {
  const doc = (/** @type {string} */ pkg) => readFileSync(join(extracted, 'usr/share/doc', pkg, 'copyright'));
  put(join(top, 'LICENSES/seekrit-ci.txt'), readFileSync(join(root, 'LICENSE')));
  put(join(top, 'LICENSES/seekrit-ci-dependencies.txt'), readFileSync(join(root, 'dist/cli/licenses.txt')));
  put(join(top, 'LICENSES/node.txt'), readFileSync(join(nodePackage(arch), 'LICENSE')));
  put(join(top, 'LICENSES/glibc-debian-copyright.txt'), doc('libc6'));
  put(join(top, 'LICENSES/gcc-runtime-debian-copyright.txt'), doc('gcc-12-base'));
  for (const text of ['LGPL-2.1', 'GPL-3']) put(join(top, `LICENSES/${text}.txt`), readFileSync(join('/usr/share/common-licenses', text)));
  const lines = [
    'Where the source of each part of this bundle is:',
    '',
    `- seekrit-ci ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}: the seekrit/action repository (libexec/seekrit-ci.cjs is its dist/cli/index.js).`,
    `- Node.js v${nodeVersion} (libexec/node, stripped of symbols): the nodejs/node repository, tag v${nodeVersion}; the binary is the npm package node-linux-${arch}@${nodeVersion}.`,
    ...sources.map(
      (s) =>
        `- from the Debian package ${s.name} (${ARCHES[/** @type {keyof typeof ARCHES} */ (arch)].debian}): Debian source package ${s.source}, version ${s.sourceVersion} (apt-get source ${s.source}=${s.sourceVersion}).`,
    ),
    '',
  ];
  put(join(top, 'LICENSES/SOURCES.txt'), lines.join('\n'));
}

const built = Object.fromEntries(arches.map((arch) => [arch, buildBundle(arch)]));
for (const [arch, b] of Object.entries(built))
  console.log(`${b.sha256}  ${b.out.slice(root.length)}  (${(b.size / 1e6).toFixed(1)} MB, linux-${arch})`);

if (recordPins) {
  pins.node = nodeVersion;
  pins.cli_sha256 = sha256(readFileSync(cli));
  for (const [arch, b] of Object.entries(built)) pins.bundles[arch] = { sha256: b.sha256, size: b.size };
  writeFileSync(pinsPath, `${JSON.stringify(pins, null, 2)}\n`);
  execFileSync(process.execPath, [join(root, 'scripts/templates.js')], { cwd: root, stdio: 'inherit' });
}
