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

;// CONCATENATED MODULE: ./src/core/interpolate.ts

/** Longest value one expansion may produce (protects against exponential reference trees). */
const MAX_EXPANDED_LENGTH = 1_048_576;
/**
 * Most characters all expanded values may hold together: as much as the largest response body
 * accepted. Without it a small body of values that each reference a large one expands to
 * hundreds of megabytes before any single value is over its limit.
 */
const MAX_TOTAL_EXPANDED_LENGTH = (/* unused pure expression or super */ null && (32 * 1_048_576));
// A reference body: a name and the closing brace, matched right after `${`.
const REFERENCE_BODY = /[A-Za-z_][A-Za-z0-9_]*\}/y;
/**
 * Expands `${NAME}` references against the merged values, recursively, as seekrit's clients do:
 * `$${` is a literal `${`; anything else inside `${…}`, and an unterminated `${`, stay as
 * written; unknown names stay literal and are reported; a cycle fails naming the chain.
 */
function interpolate(input) {
    const done = new Map();
    const unresolvedIn = new Map();
    const references = new Map();
    let total = 0;
    /** Scans a frame until it ends (undefined) or needs a name not expanded yet (that name). */
    const advance = (frame) => {
        const { raw } = frame;
        while (frame.at < raw.length) {
            if (frame.out.length > MAX_EXPANDED_LENGTH)
                return undefined;
            const dollar = raw.indexOf('$', frame.at);
            if (dollar < 0) {
                frame.out += raw.slice(frame.at);
                frame.at = raw.length;
                break;
            }
            frame.out += raw.slice(frame.at, dollar);
            frame.at = dollar;
            if (raw.startsWith('$${', dollar)) {
                frame.out += '${';
                frame.at = dollar + 3;
                continue;
            }
            if (!raw.startsWith('${', dollar)) {
                frame.out += '$';
                frame.at = dollar + 1;
                continue;
            }
            REFERENCE_BODY.lastIndex = dollar + 2;
            const match = REFERENCE_BODY.exec(raw);
            if (!match) {
                frame.out += '${';
                frame.at = dollar + 2;
                continue;
            }
            const ref = match[0].slice(0, -1);
            if (input.has(ref)) {
                const value = done.get(ref);
                if (value === undefined)
                    return ref; // resume here once ref is expanded
                frame.out += value;
                addTo(references, frame.name, ref);
            }
            else {
                addTo(unresolvedIn, ref, frame.name);
                frame.out += `\${${ref}}`;
            }
            frame.at = dollar + 2 + match[0].length;
        }
        return undefined;
    };
    const expand = (root) => {
        const stack = [{ name: root, raw: input.get(root), out: '', at: 0 }];
        const inStack = new Set([root]);
        while (stack.length > 0) {
            const frame = stack[stack.length - 1];
            const needed = advance(frame);
            if (needed !== undefined) {
                if (inStack.has(needed)) {
                    const names = stack.map((f) => f.name);
                    const cycle = [...names.slice(names.indexOf(needed)), needed].join(' → ');
                    throw new SeekritError('INTERPOLATION_CYCLE', `Secret references form a cycle: ${cycle}.`, 'Break the cycle in seekrit, or turn interpolation off (interpolate: false / --no-interpolate).');
                }
                stack.push({ name: needed, raw: input.get(needed), out: '', at: 0 });
                inStack.add(needed);
                continue;
            }
            if (frame.out.length > MAX_EXPANDED_LENGTH) {
                throw new SeekritError('VALUE_TOO_LARGE', `Secret ${frame.name} expands to more than ${MAX_EXPANDED_LENGTH} characters.`, 'Check its ${…} references in seekrit, or turn interpolation off.');
            }
            total += frame.out.length;
            if (total > MAX_TOTAL_EXPANDED_LENGTH) {
                throw new SeekritError('VALUE_TOO_LARGE', `Secret values expand to more than ${MAX_TOTAL_EXPANDED_LENGTH} characters in all (stopped at ${frame.name}).`, 'Check the ${…} references in seekrit, or turn interpolation off.');
            }
            done.set(frame.name, frame.out);
            inStack.delete(frame.name);
            stack.pop();
        }
    };
    for (const name of input.keys())
        if (!done.has(name))
            expand(name);
    const values = new Map();
    for (const name of input.keys())
        values.set(name, done.get(name));
    return { values, unresolved: [...unresolvedIn.keys()].sort(), references, unresolvedIn };
}
function addTo(map, key, item) {
    const set = map.get(key);
    if (set)
        set.add(item);
    else
        map.set(key, new Set([item]));
}
/** Every name whose value flows into one of `names` through references, transitively (`names` excluded unless referenced). */
function interpolate_contributorsOf(names, references) {
    const found = new Set();
    const stack = [...names];
    while (stack.length > 0) {
        const name = stack.pop();
        for (const ref of references.get(name) ?? []) {
            if (!found.has(ref)) {
                found.add(ref);
                stack.push(ref);
            }
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/core/targets.ts
/**
 * What must never be shown, decided once for every shell. The action registers `secretTargets`
 * with the runner (which adds its own encoded forms); the CLI and the GitLab job hand
 * `redactionNeedles` (the same targets plus their encoded forms) to the redactor.
 */

/**
 * The values to hide for a delivery: every delivered value except those left unmasked by name,
 * plus every value that flows into a delivered one through `${REF}` (a password inside a
 * delivered URL), unless that secret is itself delivered unmasked.
 */
function valuesToHide(delivered, environment, unmasked = new Set()) {
    const values = [];
    const plainFrom = new Set();
    for (const d of delivered) {
        if (unmasked.has(d.name))
            plainFrom.add(d.from);
        else
            values.push(d.value);
    }
    for (const name of contributorsOf(delivered.map((d) => d.from), environment.references)) {
        const secret = environment.secrets.get(name);
        if (secret && !plainFrom.has(name))
            values.push(secret.value);
    }
    return values;
}
/**
 * Each value and each trimmed, non-blank line of it, deduplicated in first-seen order.
 * Whitespace-only values give nothing (they cannot be masked or sensibly redacted).
 */
function targets_secretTargets(values) {
    const targets = new Set();
    for (const value of values) {
        if (value.trim() === '')
            continue;
        targets.add(value);
        for (const line of value.split(/\r\n|\r|\n/)) {
            const trimmed = line.trim();
            if (trimmed !== '')
                targets.add(trimmed);
        }
    }
    return [...targets];
}
/** Encoded forms shorter than this (or than the value itself) would mask ordinary text. */
const MIN_ENCODED_LENGTH = 8;
/**
 * Base64 of the value as it appears inside a larger base64 text: starting at each of the three
 * byte offsets (mod 3) the value can take there, only the characters that the value's own bytes
 * decide (whole groups, then the leading characters of a partial last group); plus the padded
 * form of the value encoded alone.
 */
function base64Forms(bytes) {
    const forms = [bytes.toString('base64')];
    for (let shift = 0; shift < 3 && shift < bytes.length; shift++) {
        const rest = bytes.subarray(shift);
        const decided = Math.floor(rest.length / 3) * 4 + (rest.length % 3);
        forms.push(rest.toString('base64').slice(0, decided));
    }
    return forms;
}
/**
 * A target and the forms in which programs commonly print it, as the GitHub runner masks them
 * (actions/runner ValueEncoders): base64 (three offsets, and base64url), JSON string escape, URI
 * component and form encoding, XML escape.
 */
function encodedForms(target) {
    const forms = new Set([target]);
    const add = (form) => {
        if (form.length >= Math.min(MIN_ENCODED_LENGTH, target.length))
            forms.add(form);
    };
    for (const form of base64Forms(Buffer.from(target, 'utf8'))) {
        add(form);
        add(form.replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, ''));
    }
    add(JSON.stringify(target).slice(1, -1));
    const uri = encodeURIComponent(target);
    add(uri);
    add(uri.replaceAll('%20', '+'));
    add(target.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`));
    return [...forms];
}
/** Everything the redactor must replace for these values: the targets and their encoded forms. */
function redactionNeedles(values) {
    const needles = new Set();
    for (const target of targets_secretTargets(values))
        for (const form of encodedForms(target))
            needles.add(form);
    return [...needles];
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

