import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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

;// CONCATENATED MODULE: ./src/github/mask.ts

/**
 * Registers masks with the runner in one write. The runner masks a registered value, each of its
 * lines and their encoded forms in everything printed after the registration, so every mask must
 * be written before anything else the step prints about values.
 */
/** The runner decodes only %25, %0D and %0A in command data (as @actions/core escapes it). */
function escapeCommandData(text) {
    return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
/** `::add-mask::` lines for every value and each of its lines (see secretTargets), deduplicated. */
function addMaskCommands(values, eol) {
    return secretTargets(values)
        .map((target) => `::add-mask::${escapeCommandData(target)}${eol}`)
        .join('');
}

;// CONCATENATED MODULE: ./src/github/runner.ts
/**
 * The GitHub runner's step protocol, as much of it as the action speaks: inputs from INPUT_*,
 * workflow commands on stdout, state through GITHUB_STATE. Written here rather than imported from
 * @actions/core because loading @actions/core also loads @actions/http-client and undici, which
 * measured about twice a bare Node start-up on every run (bench/RESULTS.md); the protocol itself
 * is a few lines (see RUNNERS.md), and the runner model in test/support checks it.
 */




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
/** The action's post step: removes the file main wrote (unless keep-file), also when main failed. */



function cleanup() {
    let files = [];
    try {
        const state = getState(STATE_FILES);
        files = state ? JSON.parse(state) : [];
    }
    catch {
        warning('Could not read the list of files the main step wrote; nothing was removed.');
        return;
    }
    if (getState(STATE_KEEP_FILE) === 'true') {
        for (const file of files)
            info(`Kept ${file} (keep-file: true).`);
        return;
    }
    for (const file of files) {
        try {
            (0,external_node_fs_namespaceObject.rmSync)(file, { force: true });
            info(`Removed ${file}.`);
        }
        catch (error) {
            warning(`Could not remove ${file} (${error.code ?? 'error'}); remove it yourself.`);
        }
    }
}
cleanup();

