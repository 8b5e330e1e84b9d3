/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 422:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SeekritError = void 0;
exports.describeError = describeError;
class SeekritError extends Error {
    code;
    hint;
    constructor(code, message, hint) {
        super(message);
        this.name = 'SeekritError';
        this.code = code;
        this.hint = hint;
    }
    /** One line for logs: `CODE: message. hint` */
    describe() {
        return `${this.code}: ${this.message}${this.hint ? ` ${this.hint}` : ''}`;
    }
}
exports.SeekritError = SeekritError;
/** Formats any thrown thing for a log line without ever including a stack or foreign detail. */
function describeError(error) {
    if (error instanceof SeekritError)
        return error.describe();
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 475:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.execveOf = execveOf;
exports.flushed = flushed;
exports.become = become;
/** process.execve where this platform and Node.js have it, else undefined. */
function execveOf(proc = process) {
    const execve = proc.execve;
    return proc.platform !== 'win32' && typeof execve === 'function' ? execve.bind(proc) : undefined;
}
/**
 * Resolves once everything written to the streams has been handed to the system (macOS pipes are
 * asynchronous): a write's callback runs once it and every write before it are out, also when the
 * stream can no longer be written.
 */
function flushed(streams = [process.stdout, process.stderr]) {
    return Promise.all(streams.map((stream) => new Promise((resolve) => stream.write('', () => resolve())))).then(() => undefined);
}
/** Replaces this process with `file` once everything it printed is out (a log line or mask must not be lost). */
async function become(execve, file, args, env) {
    await flushed();
    return execve(file, args, env);
}


/***/ }),

/***/ 99:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.identify = identify;
exports.isStillWritten = isStillWritten;
exports.writeSecretFile = writeSecretFile;
exports.removeWrittenFile = removeWrittenFile;
exports.writeFilePerSecret = writeFilePerSecret;
const node_crypto_1 = __nccwpck_require__(598);
const node_fs_1 = __nccwpck_require__(24);
const node_os_1 = __nccwpck_require__(161);
const node_path_1 = __nccwpck_require__(760);
const errors_js_1 = __nccwpck_require__(422);
const file_names_js_1 = __nccwpck_require__(44);
const os_js_1 = __nccwpck_require__(721);
const private_files_js_1 = __nccwpck_require__(46);
const retry_js_1 = __nccwpck_require__(757);
/** The identity of whatever is at `path` now. */
function identify(path) {
    const stat = (0, node_fs_1.lstatSync)(path, { bigint: true });
    return { path, dev: Number(stat.dev), ino: Number(stat.ino), ctimeNs: String(stat.ctimeNs) };
}
/** True when `path` still holds the very file (or folder) that was written. */
function isStillWritten(file) {
    try {
        const now = identify(file.path);
        return now.dev === file.dev && now.ino === file.ino && now.ctimeNs === file.ctimeNs;
    }
    catch {
        return false;
    }
}
/** Everything that can fail in writeSecretFile is a file system call, whose error has a code. */
function failed(path, error, hint) {
    const code = error.code;
    if (code === 'EEXIST') {
        return new errors_js_1.SeekritError('OUTPUT_FAILED', `${path} already exists; it was left as it is.`, hint);
    }
    return new errors_js_1.SeekritError('OUTPUT_FAILED', `Could not write the secrets file ${path} (${code}).`, 'Check that its folder is writable and that the path is not a folder.');
}
/**
 * Writes a secrets file atomically, readable by this user only (mode 0600; on Windows an ACL set
 * while the file is still empty): a temporary file in the same folder (created exclusively, so
 * never through a planted link), then a rename (`overwrite`) or a hard link that fails if the path
 * exists. The folder is created (0700) if missing. On failure nothing is left.
 */
function writeSecretFile(path, content, options) {
    const os = options.os ?? (0, os_js_1.currentOs)();
    const temp = (0, node_path_1.join)((0, node_path_1.dirname)(path), `.${(0, node_path_1.basename)(path)}.${(0, node_crypto_1.randomBytes)(6).toString('hex')}.tmp`);
    let fd;
    try {
        ensureFolder((0, node_path_1.dirname)(path));
        fd = (0, node_fs_1.openSync)(temp, 'wx', 0o600);
        if (os === 'win32' && !options.inPrivateFolder) {
            (0, node_fs_1.closeSync)(fd);
            fd = undefined;
            (0, private_files_js_1.restrictToOwner)(temp, 'file', os);
            fd = (0, node_fs_1.openSync)(temp, 'r+');
        }
        (0, node_fs_1.writeSync)(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
        (0, node_fs_1.fsyncSync)(fd);
        (0, node_fs_1.closeSync)(fd);
        fd = undefined;
        // Windows: a file being scanned or read-only cannot be replaced until it is let go, or writable.
        if (options.overwrite)
            (0, retry_js_1.retryFileOperation)(() => (0, node_fs_1.renameSync)(temp, path), os, { beforeRetry: () => makeWritable(path) });
        else {
            (0, node_fs_1.linkSync)(temp, path);
            (0, node_fs_1.rmSync)(temp);
        }
        return identify(path);
    }
    catch (error) {
        if (fd !== undefined)
            (0, node_fs_1.closeSync)(fd);
        try {
            (0, node_fs_1.rmSync)(temp);
        }
        catch {
            // not created (the folder is unusable), or already renamed into place
        }
        if (error instanceof errors_js_1.SeekritError)
            throw error;
        throw failed(path, error, options.existsHint ?? 'Choose another path, or allow overwriting it.');
    }
}
/** Clears a read-only attribute (Windows keeps only that of a mode); gone or unchangeable is for the retry to find. */
function makeWritable(path) {
    try {
        (0, node_fs_1.chmodSync)(path, 0o600);
    }
    catch {
        // the retry reports what still fails
    }
}
/**
 * Creates a missing folder and its missing parents with mode 0700. Written out rather than
 * mkdirSync's recursive option, which loops forever on some special file systems (/proc).
 */
function ensureFolder(path) {
    try {
        (0, node_fs_1.mkdirSync)(path, { mode: 0o700 });
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST')
            return;
        // Any other error would only recur on the retry below.
        if (code !== 'ENOENT')
            throw error;
        ensureFolder((0, node_path_1.dirname)(path));
        (0, node_fs_1.mkdirSync)(path, { mode: 0o700 });
    }
}
/**
 * Removes a file (or folder) only if it is still the one that was written. On Windows a file
 * another program holds open is tried again for a bounded time (platform/retry.ts); what still
 * fails throws, with its code.
 */
function removeWrittenFile(file, os = (0, os_js_1.currentOs)()) {
    try {
        (0, node_fs_1.lstatSync)(file.path);
    }
    catch {
        return 'gone';
    }
    if (!isStillWritten(file))
        return 'replaced';
    (0, retry_js_1.retryFileOperation)(() => (0, node_fs_1.rmSync)(file.path, { recursive: true, force: true }), os, { beforeRetry: () => makeWritable(file.path) });
    return 'removed';
}
/**
 * One file per secret (what GitLab calls a File variable): each value, exact bytes, in its own
 * 0600 file named after the delivered name (platform/file-names.ts: never a Windows device name),
 * inside a new folder under `parent` that only this user can enter (0700, or on Windows an ACL
 * set before any file is written, which the files inherit). All or nothing: on any failure the
 * folder is removed. Returns the folder and name → path.
 */
function writeFilePerSecret(entries, parent = (0, node_os_1.tmpdir)(), os = (0, os_js_1.currentOs)()) {
    let dir;
    try {
        dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)(parent, 'seekrit-files-'));
    }
    catch (error) {
        throw new errors_js_1.SeekritError('OUTPUT_FAILED', `Could not create a private folder in ${parent} (${error.code}).`, 'Check that the temporary folder (RUNNER_TEMP on GitHub, TMPDIR elsewhere) exists and is writable.');
    }
    const paths = new Map();
    try {
        (0, private_files_js_1.restrictToOwner)(dir, 'folder', os);
        for (const { name, value } of entries) {
            const path = (0, node_path_1.join)(dir, (0, file_names_js_1.perSecretFileName)(name));
            writeSecretFile(path, value, { overwrite: false, os, inPrivateFolder: true });
            paths.set(name, path);
        }
    }
    catch (error) {
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
        throw error;
    }
    return { dir, paths };
}


/***/ }),

/***/ 201:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/**
 * `overwrite: true` replaces whatever stands at the path, often a file the repository holds
 * (`config/app.env`). After the job the path must hold what it held before: so the original is
 * kept aside first (a private copy, or a symbolic link's target) and put back in place of the
 * secrets file, atomically, when the secrets file is removed.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.keepOriginal = keepOriginal;
exports.forgetOriginal = forgetOriginal;
exports.restoreOriginal = restoreOriginal;
exports.isKeptOriginal = isKeptOriginal;
const node_crypto_1 = __nccwpck_require__(598);
const node_fs_1 = __nccwpck_require__(24);
const node_os_1 = __nccwpck_require__(161);
const node_path_1 = __nccwpck_require__(760);
const errors_js_1 = __nccwpck_require__(422);
const os_js_1 = __nccwpck_require__(721);
const retry_js_1 = __nccwpck_require__(757);
const files_js_1 = __nccwpck_require__(99);
/**
 * Keeps what stands at `path` (nothing: undefined) in a new private folder under `parent`. Only a
 * regular file or a symbolic link can be replaced and put back; anything else is refused before
 * a byte is written.
 */
function keepOriginal(path, parent = (0, node_os_1.tmpdir)()) {
    let stat;
    try {
        stat = (0, node_fs_1.lstatSync)(path);
    }
    catch {
        return undefined;
    }
    if (stat.isSymbolicLink())
        return { path, kind: 'link', folder: '', mode: 0, target: (0, node_fs_1.readlinkSync)(path) };
    if (!stat.isFile()) {
        throw new errors_js_1.SeekritError('OUTPUT_FAILED', `${path} is not a regular file; it was left as it is.`, 'Choose another path for the secrets file.');
    }
    let folder;
    try {
        folder = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)(parent, 'seekrit-original-'));
        (0, node_fs_1.copyFileSync)(path, (0, node_path_1.join)(folder, 'original'), node_fs_1.constants.COPYFILE_EXCL);
        return { path, kind: 'file', folder, mode: stat.mode & 0o7777 };
    }
    catch (error) {
        if (folder)
            (0, node_fs_1.rmSync)(folder, { recursive: true, force: true });
        throw new errors_js_1.SeekritError('OUTPUT_FAILED', `Could not keep a copy of ${path} before overwriting it (${error.code}); it was left as it is.`, 'Check that the temporary folder (RUNNER_TEMP on GitHub) is writable, or choose another path.');
    }
}
/** Drops the kept copy (the secrets file stays, or the original was never replaced). */
function forgetOriginal(kept) {
    if (kept.folder)
        (0, node_fs_1.rmSync)(kept.folder, { recursive: true, force: true });
}
/**
 * Puts the original back in place of the secrets file, atomically (a temporary beside it, then a
 * rename over it). Only if the path still holds the secrets file, or nothing: a file someone put
 * there since is left alone ('replaced'). The kept copy is removed once that is settled; if the
 * rename still fails (a file Windows will not let go of), it throws and the copy stays in
 * `kept.folder`, so the caller can say where the original is.
 */
function restoreOriginal(kept, written, os = (0, os_js_1.currentOs)()) {
    let present = true;
    try {
        (0, node_fs_1.lstatSync)(kept.path);
    }
    catch {
        present = false;
    }
    if (present && !(0, files_js_1.isStillWritten)(written)) {
        forgetOriginal(kept);
        return 'replaced';
    }
    const temp = (0, node_path_1.join)((0, node_path_1.dirname)(kept.path), `.${(0, node_path_1.basename)(kept.path)}.${(0, node_crypto_1.randomBytes)(6).toString('hex')}.original`);
    try {
        if (kept.kind === 'link')
            (0, node_fs_1.symlinkSync)(kept.target, temp);
        else {
            (0, node_fs_1.copyFileSync)((0, node_path_1.join)(kept.folder, 'original'), temp, node_fs_1.constants.COPYFILE_EXCL);
            (0, node_fs_1.chmodSync)(temp, kept.mode);
        }
        // Windows: the secrets file may be held open (a scan) for a while; try again until it is let go.
        (0, retry_js_1.retryFileOperation)(() => (0, node_fs_1.renameSync)(temp, kept.path), os);
    }
    catch (error) {
        (0, node_fs_1.rmSync)(temp, { force: true });
        throw error;
    }
    forgetOriginal(kept);
    return 'restored';
}
/** Whether a value read back from the step state is a KeptOriginal. */
function isKeptOriginal(value) {
    const v = value;
    return (typeof v?.path === 'string' &&
        (v.kind === 'file' || v.kind === 'link') &&
        typeof v.folder === 'string' &&
        typeof v.mode === 'number' &&
        (v.kind === 'file' ? v.folder !== '' : typeof v.target === 'string'));
}


/***/ }),

/***/ 794:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMAND_LINE_ROOM = exports.ENVIRONMENT_LIMITS = void 0;
exports.variableKey = variableKey;
exports.variableOf = variableOf;
exports.entrySize = entrySize;
/** The key two names share when they are one variable: Windows ignores case, POSIX does not. */
function variableKey(name, os) {
    return os === 'win32' ? name.toUpperCase() : name;
}
/** A variable of `env` under the OS's case rule (a Windows environment may spell it Path). */
function variableOf(env, name, os) {
    if (os !== 'win32')
        return env[name];
    const key = variableKey(name, os);
    for (const [other, value] of Object.entries(env))
        if (variableKey(other, os) === key)
            return value;
    return undefined;
}
/**
 * - Linux: execve(2) refuses an entry over MAX_ARG_STRLEN (32 pages) and an argument list plus
 *   environment over ARG_MAX, a quarter of the 8 MiB default stack, each string counted with its
 *   NUL and an 8-byte pointer (fs/exec.c).
 * - macOS: no limit per entry, but ARG_MAX (1 MiB, xnu sys/syslimits.h) for arguments and
 *   environment together, counted the same way.
 * - Windows: a variable is at most 32,767 UTF-16 characters with its name (Microsoft, "Environment
 *   Variables"); the block itself has no limit since Windows Vista.
 */
exports.ENVIRONMENT_LIMITS = {
    linux: {
        entry: { max: 131_072, unit: 'bytes', rule: "Linux's MAX_ARG_STRLEN" },
        total: { max: 2_097_152, perEntry: 8, rule: "Linux's ARG_MAX" },
    },
    darwin: { total: { max: 1_048_576, perEntry: 8, rule: "macOS's ARG_MAX" } },
    win32: { entry: { max: 32_767, unit: 'characters', rule: "Windows' limit for one variable" } },
};
/**
 * Room left for the command line of a later process: an environment that fills the whole budget
 * would still make every command with arguments fail to start.
 */
exports.COMMAND_LINE_ROOM = 131_072;
/** The size of NAME=value as the OS counts it against `entry` (UTF-8 bytes or UTF-16 units, with the terminator). */
function entrySize(name, value, unit) {
    if (unit === 'characters')
        return name.length + value.length + 2;
    return Buffer.byteLength(name, 'utf8') + Buffer.byteLength(value, 'utf8') + 2;
}


/***/ }),

/***/ 44:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.perSecretFileName = perSecretFileName;
/**
 * The name of a per-secret file. It is the delivered name, except where Windows would open a
 * device instead of a file: CON, PRN, AUX, NUL, COM0–COM9 and LPT0–LPT9, in any case and with
 * any extension (Microsoft, "Naming Files, Paths, and Namespaces"). Those get a `-secret` suffix:
 * `-` is not a character of any secret name, so no other delivered name can take the result. The
 * same name on every OS, so a job's paths do not depend on the runner.
 */
const DEVICE = /^(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$/i;
function perSecretFileName(name) {
    return DEVICE.test(name) ? `${name}-secret` : name;
}


/***/ }),

/***/ 721:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.currentOs = currentOs;
/** Windows and macOS by name; every other system Node.js runs on follows the Linux rules (POSIX). */
function currentOs(platform = process.platform) {
    return platform === 'win32' || platform === 'darwin' ? platform : 'linux';
}


/***/ }),

/***/ 46:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.icaclsPath = icaclsPath;
exports.icaclsArguments = icaclsArguments;
exports.restrictToOwner = restrictToOwner;
/**
 * Files only this user can read. POSIX has the mode bits (0600 files, 0700 folders) that the
 * writers pass. Windows ignores them, so there a file or folder gets an ACL before any secret is
 * written into it: inheritance removed (no grant of the parent's reaches it) and full control for
 * the current user alone. New files in a folder made so inherit exactly that.
 */
const node_child_process_1 = __nccwpck_require__(421);
const node_os_1 = __nccwpck_require__(161);
const node_path_1 = __nccwpck_require__(760);
const errors_js_1 = __nccwpck_require__(422);
const environment_js_1 = __nccwpck_require__(794);
function runQuietly(file, args) {
    (0, node_child_process_1.execFileSync)(file, args, { stdio: 'pipe', windowsHide: true, timeout: 30_000 });
}
/**
 * icacls from the system folder, not from PATH (a job's PATH can put any program first). SystemRoot
 * is a reserved name, so no secret of an earlier step can have moved it.
 */
function icaclsPath(env = process.env) {
    return node_path_1.win32.join((0, environment_js_1.variableOf)(env, 'SystemRoot', 'win32') || 'C:\\Windows', 'System32', 'icacls.exe');
}
/**
 * The icacls arguments that leave `path` to `user` alone: /inheritance:r drops the inherited
 * entries, /grant:r replaces any explicit ones for the user; (OI)(CI) lets a folder's files and
 * subfolders inherit the grant.
 */
function icaclsArguments(path, kind, user) {
    return [path, '/inheritance:r', '/grant:r', `${user}:${kind === 'folder' ? '(OI)(CI)' : ''}F`, '/q'];
}
/**
 * Makes `path` (just created, still empty) private to the current user. On Windows: the ACL above,
 * for the user this process runs as (from its token, not from USERNAME, which a job can set).
 */
function restrictToOwner(path, kind, os, run = runQuietly, user = () => (0, node_os_1.userInfo)().username) {
    if (os !== 'win32')
        return;
    try {
        run(icaclsPath(), icaclsArguments(path, kind, user()));
    }
    catch (error) {
        const status = error.status;
        throw new errors_js_1.SeekritError('OUTPUT_FAILED', `Could not make ${path} readable by this user only (icacls ${status === undefined ? `failed: ${error.code ?? 'error'}` : `exited with ${status}`}); nothing was written to it.`, 'Check that the folder is on NTFS and that this user may change its permissions, or write the secrets under RUNNER_TEMP.');
    }
}


/***/ }),

/***/ 757:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RETRY_BUDGET_MS = void 0;
exports.sleepSync = sleepSync;
exports.retryFileOperation = retryFileOperation;
exports.describeStuck = describeStuck;
const TRANSIENT_ON_WINDOWS = new Set(['EBUSY', 'EPERM', 'EACCES', 'ENOTEMPTY']);
/** How long Windows gets to let go of a file, in all, and the first pause (doubled each time). */
exports.RETRY_BUDGET_MS = 5_000;
const FIRST_PAUSE_MS = 25;
/** Blocks this thread: the post step and cleanup on exit are synchronous. */
function sleepSync(ms) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
/** Runs `operation`, on Windows again while it fails with a transient code and the budget lasts. */
function retryFileOperation(operation, os, options = {}) {
    const budget = options.budgetMs ?? exports.RETRY_BUDGET_MS;
    const sleep = options.sleep ?? sleepSync;
    let waited = 0;
    let pause = FIRST_PAUSE_MS;
    for (;;) {
        try {
            return operation();
        }
        catch (error) {
            const code = error.code ?? '';
            if (os !== 'win32' || !TRANSIENT_ON_WINDOWS.has(code) || waited >= budget)
                throw error;
            const next = Math.min(pause, budget - waited);
            sleep(next);
            waited += next;
            pause *= 2;
            options.beforeRetry?.(error);
        }
    }
}
/** Why an operation still failed after the retries, in words a user can act on. */
function describeStuck(code, os) {
    if (os === 'win32' && (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES'))
        return `${code}: another program still had it open after ${exports.RETRY_BUDGET_MS / 1000} s (often an antivirus scan, or a process the job left running), or it is read-only`;
    return code ?? 'error';
}


/***/ }),

/***/ 844:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.encodeFileCommand = encodeFileCommand;
exports.appendAllOrNothing = appendAllOrNothing;
const node_crypto_1 = __nccwpck_require__(598);
const node_fs_1 = __nccwpck_require__(24);
const node_os_1 = __nccwpck_require__(161);
const errors_js_1 = __nccwpck_require__(422);
/**
 * GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE entries in the heredoc form the toolkit writes:
 * `NAME<<ghadelimiter_<uuid>`, the value, the delimiter. The runner reads the value raw up to the
 * delimiter line, so any text survives as long as it does not contain the delimiter. One random
 * delimiter serves the whole batch (checked against every value), which keeps 10,000 entries
 * from carrying 10,000 UUIDs.
 */
function encodeFileCommand(entries) {
    let delimiter = `ghadelimiter_${(0, node_crypto_1.randomUUID)()}`;
    while (entries.some(({ value }) => value.includes(delimiter)))
        delimiter = `ghadelimiter_${(0, node_crypto_1.randomUUID)()}`;
    let out = '';
    for (const { name, value } of entries)
        out += `${name}<<${delimiter}${node_os_1.EOL}${value}${node_os_1.EOL}${delimiter}${node_os_1.EOL}`;
    return out;
}
/**
 * Appends to several file-command files as one unit: if any append fails, the ones already done
 * are truncated back to their previous length, so the runner sees all of the entries or none.
 */
function appendAllOrNothing(appends) {
    const sizes = appends.map(({ path }) => {
        try {
            return (0, node_fs_1.statSync)(path).size;
        }
        catch {
            return undefined; // the runner creates these files; a missing one is created by the append
        }
    });
    let index = 0;
    try {
        for (; index < appends.length; index++) {
            const { path, content } = appends[index];
            if (content !== '')
                (0, node_fs_1.appendFileSync)(path, content, { encoding: 'utf8' });
        }
    }
    catch (error) {
        for (let i = 0; i <= index && i < appends.length; i++) {
            const size = sizes[i];
            try {
                if (size !== undefined)
                    (0, node_fs_1.truncateSync)(appends[i].path, size);
            }
            catch {
                // best effort: the step fails either way, and the runner discards a failed step's file commands
            }
        }
        const code = error.code ?? 'error';
        throw new errors_js_1.SeekritError('OUTPUT_FAILED', `Could not write ${appends[index]?.what ?? 'a file command'} (${code}); nothing was delivered.`, "Re-run the job; if it persists, check the runner's disk space.");
    }
}


/***/ }),

/***/ 901:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
/** The action's post step: removes what main wrote (unless keep-file), puts back what it replaced, also when main failed. */
const core = __importStar(__nccwpck_require__(373));
const state_js_1 = __nccwpck_require__(862);
const undo_js_1 = __nccwpck_require__(625);
function cleanup() {
    let state;
    try {
        const text = core.getState(state_js_1.STATE_FILES);
        state = text ? JSON.parse(text) : {};
    }
    catch {
        core.warning('Could not read the list of files the main step wrote; nothing was removed.');
        return;
    }
    try {
        (0, undo_js_1.undoWritten)(state, { keepFile: core.getState(state_js_1.STATE_KEEP_FILE) === 'true', log: core });
    }
    catch (error) {
        core.warning(`Could not remove what the main step wrote (${error.code ?? 'error'}); remove it yourself.`);
    }
}
cleanup();


/***/ }),

/***/ 373:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.escapeCommandData = escapeCommandData;
exports.getInput = getInput;
exports.info = info;
exports.debug = debug;
exports.notice = notice;
exports.warning = warning;
exports.setFailed = setFailed;
exports.saveState = saveState;
exports.getState = getState;
exports.exitWhenFlushed = exitWhenFlushed;
/**
 * The GitHub runner's step protocol, as much of it as the action speaks: inputs from INPUT_*,
 * workflow commands on stdout, state through GITHUB_STATE. Written here rather than imported from
 * @actions/core because loading @actions/core also loads @actions/http-client and undici, which
 * measured about twice a bare Node start-up on every run (bench/RESULTS.md); the protocol itself
 * is a few lines (see RUNNERS.md), and the runner model in test/support checks it.
 */
const node_fs_1 = __nccwpck_require__(24);
const node_os_1 = __nccwpck_require__(161);
const become_js_1 = __nccwpck_require__(475);
const filecommand_js_1 = __nccwpck_require__(844);
/** The runner decodes only %25, %0D and %0A in command data (as @actions/core escapes it). */
function escapeCommandData(text) {
    // One scan for the common case (every value is masked with one of these): nothing to escape.
    if (!/[%\r\n]/.test(text))
        return text;
    return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
/** An input as the runner passes it: INPUT_<NAME> (spaces to _, upper case), trimmed. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** A plain log line. */
function info(message) {
    process.stdout.write(`${message}${node_os_1.EOL}`);
}
function command(name, message) {
    process.stdout.write(`::${name}::${escapeCommandData(message)}${node_os_1.EOL}`);
}
function debug(message) {
    command('debug', message);
}
function notice(message) {
    command('notice', message);
}
function warning(message) {
    command('warning', message);
}
/** Logs an error annotation and marks the step failed (exit code 1 unless set otherwise later). */
function setFailed(message) {
    process.exitCode = 1;
    command('error', message);
}
/** Saves state for the post step (STATE_<name> there), all entries in one append. */
function saveState(state, env = process.env) {
    if (!env.GITHUB_STATE)
        throw new Error('GITHUB_STATE is not set: run this as a GitHub Actions step');
    (0, node_fs_1.appendFileSync)(env.GITHUB_STATE, (0, filecommand_js_1.encodeFileCommand)(Object.entries(state).map(([name, value]) => ({ name, value }))), 'utf8');
}
function getState(name, env = process.env) {
    return env[`STATE_${name}`] ?? '';
}
/**
 * Ends the step once everything it printed has reached the runner. Left to end by itself, Node.js
 * first frees the heap and every native handle one by one (each secret's decipher among them):
 * measured ~14 ms of a 10,000-secret run on Node.js 24. Exiting is safe only after the writes
 * are flushed: stdout is asynchronous for a pipe on macOS, and the runner must read every
 * ::add-mask:: line. The exit code is process.exitCode, as setFailed left it.
 */
function exitWhenFlushed(streams = [process.stdout, process.stderr], exit = () => process.exit()) {
    void (0, become_js_1.flushed)(streams).then(exit);
}


/***/ }),

/***/ 862:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STATE_KEEP_FILE = exports.STATE_FILES = void 0;
/** State the main step leaves for the post step (GITHUB_STATE → STATE_<name>). */
exports.STATE_FILES = 'files';
exports.STATE_KEEP_FILE = 'keep-file';


/***/ }),

/***/ 625:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.undoWritten = undoWritten;
/**
 * Taking back what the main step wrote, for the post step and for a main step that fails: the
 * per-secret files folder, and the `file:` file, with the original put back where `overwrite`
 * replaced one. Only what is still the very file written is touched.
 */
const files_js_1 = __nccwpck_require__(99);
const original_js_1 = __nccwpck_require__(201);
const os_js_1 = __nccwpck_require__(721);
const retry_js_1 = __nccwpck_require__(757);
const SILENT = { info: () => undefined, warning: () => undefined };
function isWritten(value) {
    const v = value;
    return typeof v?.path === 'string' && typeof v.dev === 'number' && typeof v.ino === 'number' && typeof v.ctimeNs === 'string';
}
const code = (error) => error.code;
function remove(file, what, log, os) {
    let outcome;
    try {
        outcome = (0, files_js_1.removeWrittenFile)(file, os);
    }
    catch (error) {
        log.warning(`Could not remove ${what} (${(0, retry_js_1.describeStuck)(code(error), os)}). It still holds secrets: delete ${file.path} yourself.`);
        return;
    }
    if (outcome === 'removed')
        log.info(`Removed ${what}.`);
    else if (outcome === 'replaced')
        log.warning(`${file.path} is no longer the ${what === file.path ? 'file' : 'folder'} this action wrote; it was left as it is.`);
}
function restore(original, file, log, os) {
    try {
        if ((0, original_js_1.restoreOriginal)(original, file, os) === 'restored')
            log.info(`Put back the ${file.path} that was there before the job.`);
        else
            log.warning(`${file.path} is no longer the file this action wrote; it was left as it is (the original was not put back).`);
    }
    catch (error) {
        log.warning(`Could not put back the original ${file.path} (${(0, retry_js_1.describeStuck)(code(error), os)}). It still holds secrets; ${original.kind === 'file' ? `the original is in ${original.folder}` : `the original was a link to ${original.target}`}.`);
    }
}
/**
 * Removes (or, with keepFile, keeps) what `state` says main wrote. Each thing on its own: one that
 * cannot be removed is named with what is left, and the others are still taken back.
 */
function undoWritten(state, options) {
    const log = options.log ?? SILENT;
    const os = options.os ?? (0, os_js_1.currentOs)();
    const original = (0, original_js_1.isKeptOriginal)(state.original) ? state.original : undefined;
    if (isWritten(state.dir))
        remove(state.dir, `the per-secret files in ${state.dir.path}`, log, os);
    if (!isWritten(state.file)) {
        if (original)
            (0, original_js_1.forgetOriginal)(original);
        return;
    }
    if (options.keepFile) {
        if (original)
            (0, original_js_1.forgetOriginal)(original);
        log.info(`Kept ${state.file.path} (keep-file: true).`);
    }
    else if (original)
        restore(original, state.file, log, os);
    else
        remove(state.file, state.file.path, log, os);
}


/***/ }),

/***/ 421:
/***/ ((module) => {

module.exports = require("node:child_process");

/***/ }),

/***/ 598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	// This entry module is referenced by other modules so it can't be inlined
/******/ 	var __webpack_exports__ = __nccwpck_require__(901);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;