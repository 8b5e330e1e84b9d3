import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/core/errors.ts
class errors_SeekritError extends Error {
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
/** Formats any thrown thing for a log line without ever including a stack or foreign detail. */
function describeError(error) {
    if (error instanceof errors_SeekritError)
        return error.describe();
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: ./src/core/files.ts





/** The identity of whatever is at `path` now. */
function identify(path) {
    const stat = (0,external_node_fs_namespaceObject.lstatSync)(path, { bigint: true });
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
function failed(path, error, hint) {
    const code = error.code ?? 'error';
    if (code === 'EEXIST') {
        return new SeekritError('OUTPUT_FAILED', `${path} already exists; it was left as it is.`, hint);
    }
    return new SeekritError('OUTPUT_FAILED', `Could not write the secrets file ${path} (${code}).`, 'Check that its folder is writable and that the path is not a folder.');
}
/**
 * Writes a secrets file atomically with mode 0600: a temporary file in the same folder (created
 * exclusively, so never through a planted link), then a rename (`overwrite`) or a hard link that
 * fails if the path exists. The folder is created (0700) if missing. On failure nothing is left.
 */
function writeSecretFile(path, content, options) {
    const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    let fd;
    try {
        ensureFolder(dirname(path));
        fd = openSync(temp, 'wx', 0o600);
        writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
        fsyncSync(fd);
        closeSync(fd);
        fd = undefined;
        if (options.overwrite)
            renameSync(temp, path);
        else {
            linkSync(temp, path);
            rmSync(temp, { force: true });
        }
        return identify(path);
    }
    catch (error) {
        if (fd !== undefined)
            closeSync(fd);
        try {
            rmSync(temp, { force: true });
        }
        catch {
            // nothing was created where the folder is unusable
        }
        throw failed(path, error, options.existsHint ?? 'Choose another path, or allow overwriting it.');
    }
}
/**
 * Creates a missing folder and its missing parents with mode 0700. Written out rather than
 * mkdirSync's recursive option, which loops forever on some special file systems (/proc).
 */
function ensureFolder(path) {
    try {
        mkdirSync(path, { mode: 0o700 });
    }
    catch (error) {
        const code = error.code;
        if (code === 'EEXIST')
            return;
        if (code !== 'ENOENT' || dirname(path) === path)
            throw error;
        ensureFolder(dirname(path));
        mkdirSync(path, { mode: 0o700 });
    }
}
/** Removes a file (or folder) only if it is still the one that was written. */
function removeWrittenFile(file) {
    try {
        (0,external_node_fs_namespaceObject.lstatSync)(file.path);
    }
    catch {
        return 'gone';
    }
    if (!isStillWritten(file))
        return 'replaced';
    (0,external_node_fs_namespaceObject.rmSync)(file.path, { force: true, recursive: true });
    return 'removed';
}
/**
 * One file per secret (what GitLab calls a File variable): each value, exact bytes, in its own
 * 0600 file named after the delivered name, inside a new private (0700) folder under `parent`.
 * All or nothing: on any failure the folder is removed. Returns the folder and name → path.
 */
function writeFilePerSecret(entries, parent = tmpdir()) {
    let dir;
    try {
        dir = mkdtempSync(join(parent, 'seekrit-files-'));
        const paths = new Map();
        for (const { name, value } of entries) {
            const path = join(dir, name);
            writeSecretFile(path, value, { overwrite: false });
            paths.set(name, path);
        }
        return { dir, paths };
    }
    catch (error) {
        if (dir)
            rmSync(dir, { recursive: true, force: true });
        if (error instanceof SeekritError)
            throw error;
        throw failed(join(parent, 'seekrit-files-*'), error, 'Check that the temporary folder is writable.');
    }
}

;// CONCATENATED MODULE: ./src/github/filecommand.ts




/**
 * GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE entries in the heredoc form the toolkit writes:
 * `NAME<<ghadelimiter_<uuid>`, the value, the delimiter. The runner reads the value raw up to the
 * delimiter line, so any text survives as long as it does not contain the delimiter. One random
 * delimiter serves the whole batch (checked against every value), which keeps 10,000 entries
 * from carrying 10,000 UUIDs.
 */
function filecommand_encodeFileCommand(entries) {
    let delimiter = `ghadelimiter_${randomUUID()}`;
    while (entries.some(({ value }) => value.includes(delimiter)))
        delimiter = `ghadelimiter_${randomUUID()}`;
    let out = '';
    for (const { name, value } of entries)
        out += `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
    return out;
}
/**
 * Appends to several file-command files as one unit: if any append fails, the ones already done
 * are truncated back to their previous length, so the runner sees all of the entries or none.
 */
function appendAllOrNothing(appends) {
    const sizes = appends.map(({ path }) => {
        try {
            return statSync(path).size;
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
                appendFileSync(path, content, { encoding: 'utf8' });
        }
    }
    catch (error) {
        for (let i = 0; i <= index && i < appends.length; i++) {
            const size = sizes[i];
            try {
                if (size !== undefined)
                    truncateSync(appends[i].path, size);
            }
            catch {
                // best effort: the step fails either way, and the runner discards a failed step's file commands
            }
        }
        const code = error.code ?? 'error';
        throw new SeekritError('OUTPUT_FAILED', `Could not write ${appends[index]?.what ?? 'a file command'} (${code}); nothing was delivered.`, "Re-run the job; if it persists, check the runner's disk space.");
    }
}

;// CONCATENATED MODULE: ./src/github/runner.ts
/**
 * The GitHub runner's step protocol, as much of it as the action speaks: inputs from INPUT_*,
 * workflow commands on stdout, state through GITHUB_STATE. Written here rather than imported from
 * @actions/core because loading @actions/core also loads @actions/http-client and undici, which
 * measured about twice a bare Node start-up on every run (bench/RESULTS.md); the protocol itself
 * is a few lines (see RUNNERS.md), and the runner model in test/support checks it.
 */



/** The runner decodes only %25, %0D and %0A in command data (as @actions/core escapes it). */
function escapeCommandData(text) {
    return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
/** An input as the runner passes it: INPUT_<NAME> (spaces to _, upper case), trimmed. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** A plain log line. */
function info(message) {
    process.stdout.write(`${message}${external_node_os_namespaceObject.EOL}`);
}
function command(name, message) {
    process.stdout.write(`::${name}::${escapeCommandData(message)}${external_node_os_namespaceObject.EOL}`);
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
    appendFileSync(env.GITHUB_STATE, encodeFileCommand(Object.entries(state).map(([name, value]) => ({ name, value }))), 'utf8');
}
function getState(name, env = process.env) {
    return env[`STATE_${name}`] ?? '';
}

;// CONCATENATED MODULE: ./src/github/state.ts
/** State the main step leaves for the post step (GITHUB_STATE → STATE_<name>). */
const STATE_FILES = 'files';
const STATE_KEEP_FILE = 'keep-file';

;// CONCATENATED MODULE: ./src/github/post.ts
/** The action's post step: removes what main wrote (unless keep-file), also when main failed. */



function isWritten(value) {
    const v = value;
    return typeof v?.path === 'string' && typeof v.dev === 'number' && typeof v.ino === 'number' && typeof v.ctimeNs === 'string';
}
function remove(file, what) {
    const outcome = removeWrittenFile(file);
    if (outcome === 'removed')
        info(`Removed ${what}.`);
    else if (outcome === 'replaced')
        warning(`${file.path} is no longer the ${what === file.path ? 'file' : 'folder'} this action wrote; it was left as it is.`);
}
function cleanup() {
    let state;
    try {
        const text = getState(STATE_FILES);
        state = text ? JSON.parse(text) : {};
    }
    catch {
        warning('Could not read the list of files the main step wrote; nothing was removed.');
        return;
    }
    try {
        if (isWritten(state.dir))
            remove(state.dir, `the per-secret files in ${state.dir.path}`);
        if (isWritten(state.file)) {
            if (getState(STATE_KEEP_FILE) === 'true')
                info(`Kept ${state.file.path} (keep-file: true).`);
            else
                remove(state.file, state.file.path);
        }
    }
    catch (error) {
        warning(`Could not remove what the main step wrote (${error.code ?? 'error'}); remove it yourself.`);
    }
}
cleanup();

