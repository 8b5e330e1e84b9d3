// Preloaded (--import) by the shape test: counts file appends per path and stdout writes that
// register masks, reads of WebCrypto (globalThis.crypto), and the built-in modules loaded, and
// records them as JSON in SEEKRIT_COUNT_DIR/<entrypoint folder>.json on exit.
import fs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** @type {Record<string, number>} */
const appends = {};
let maskWrites = 0;
const originalAppend = fs.appendFileSync;
const originalWriteFile = fs.writeFileSync;
fs.appendFileSync = function (path, ...rest) {
  appends[String(path)] = (appends[String(path)] ?? 0) + 1;
  return originalAppend.call(this, path, ...rest);
};
let webCryptoReads = 0;
const webCrypto = /** @type {PropertyDescriptor} */ (Object.getOwnPropertyDescriptor(globalThis, 'crypto'));
Object.defineProperty(globalThis, 'crypto', {
  configurable: true,
  enumerable: webCrypto.enumerable,
  get() {
    webCryptoReads++;
    return webCrypto.get ? webCrypto.get.call(globalThis) : webCrypto.value;
  },
});
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
  if (String(chunk).includes('::add-mask::')) maskWrites++;
  return write(chunk, ...rest);
};
process.on('exit', () => {
  const name = basename(dirname(process.argv[1] ?? 'unknown'));
  originalWriteFile(
    join(process.env.SEEKRIT_COUNT_DIR ?? '.', `${name}.json`),
    JSON.stringify({
      appends,
      maskWrites,
      webCryptoReads,
      // process.moduleLoadList: Node's own record of the built-in modules it has loaded.
      builtins: /** @type {string[]} */ (/** @type {any} */ (process).moduleLoadList)
        .filter((entry) => entry.startsWith('NativeModule '))
        .map((entry) => entry.slice(13)),
    }),
  );
});
