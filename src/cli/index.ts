#!/usr/bin/env node
/**
 * seekrit-ci: the seekrit core for any CI (the GitLab component uses it). Usage in HELP below.
 */
import { describeError } from '../core/common/errors.js';
import { VERSION } from '../core/common/version.js';
import { SUPERVISE_COMMAND, takeOver } from './handoff.js';
import {
  type ExportFlags,
  parseExportArgs,
  parseRedactArgs,
  parseRenderArgs,
  parseRunArgs,
  type RedactFlags,
  type RenderFlags,
  type RunFlags,
  UsageError,
} from './options.js';

// Each command's code loads only when it runs (eager imports stay inside the bundle file): the
// process `run` becomes (handoff.ts) then never loads the network and crypto modules, whose
// loading its start would pay for on every `run`.

const HELP = `seekrit-ci ${VERSION}: put a seekrit environment's secrets into a CI job, decrypted locally.

Usage:
  seekrit-ci export [options]        print the secrets as dotenv, shell or json
  seekrit-ci run [options] -- CMD    run CMD with the secrets in its environment only, its output
                                     redacted (every value, each line of it and their base64,
                                     JSON and URL-encoded forms become [MASKED])
  seekrit-ci render TEMPLATE [options]
                                     render TEMPLATE's {{ NAME }}, {{ NAME.path }} and
                                     {{ NAME | json|base64|yaml|shell }} placeholders to --output
                                     or stdout
  seekrit-ci redact [options]        copy stdin to stdout with every secret redacted, for example
                                     make deploy 2>&1 | seekrit-ci redact
  seekrit-ci --version | --help

The service token is read from SEEKRIT_TOKEN (never from a flag). Each setting falls back to an
environment variable (SEEKRIT_SECRETS, SEEKRIT_WITH, SEEKRIT_PREFIX, SEEKRIT_NAME_CASE, SEEKRIT_INTERPOLATE,
SEEKRIT_EXPECT_SCOPE, SEEKRIT_ALLOW_RESERVED_NAMES, SEEKRIT_FILES, SEEKRIT_UNMASKED,
SEEKRIT_API_URL); a flag wins, and --no-env-settings reads none of them.

Options:
  -f, --format dotenv|shell|json     output format (default dotenv)
  -o, --output FILE                  write to FILE (mode 0600, atomically) instead of stdout; an
                                     existing FILE is refused unless --overwrite
      --overwrite                    (export, render) replace an existing --output file
      --with GROUP=ENV               use ENV of composed group GROUP (repeatable)
      --secrets LIST                 NAME, ALIAS=NAME or globs like STRIPE_*; ALIAS=NAME.path for
                                     one field of a JSON secret, NAME.* for all its fields; a
                                     trailing ? makes an entry optional; comma-separated or
                                     repeated (default: all)
      --name-case keep|upper|lower   case of the delivered names, before --prefix (default keep)
      --prefix PREFIX                prepend PREFIX to every delivered name
      --files LIST                   delivered names whose values go to a 0600 file each; the
                                     variable holds the file's path (run removes them when it
                                     ends, however it ends)
      --remove-after PID             (export) once process PID has ended, remove the --files
                                     folder and each --remove DIR (a private folder, 0700)
      --unmasked LIST                delivered names that are configuration, not secrets: not redacted
      --no-interpolate               leave \${NAME} references as written
      --expect-scope ORG/APP/ENV     fail unless the token resolves exactly this environment
      --allow-reserved-names LIST    allow reserved names (PATH, GIT_*, NODE_OPTIONS, …) by name,
                                     in a process environment (run, --format shell)
      --api-url URL                  seekrit API (default $SEEKRIT_API_URL, then https://api.seekrit.dev)
      --timeout SECONDS              per-request timeout (default 30)
      --retries N                    retries of transient failures (default 3)
      --no-env-settings              read no SEEKRIT_* setting from the environment
  -q, --quiet                        no summary line on stderr
      --no-redact                    (run) pass CMD's output through untouched
LIST is comma-separated; a # starts a comment to the end of the line.

Exit status: 0 on success; 1 when resolving, checking or writing failed (nothing is written or
run); 2 on usage errors (reported before any request); for run, CMD's exit status (128+N when
CMD is killed by signal N, 127 when CMD is not found). SIGINT, SIGTERM and SIGHUP are forwarded
to CMD. If resolving fails, CMD never starts and redact passes nothing through.
`;

/** CMD's status as seekrit-ci's own: killed by a signal, seekrit-ci dies by the same one, so a parent sees what happened to CMD. */
function asOwnStatus(outcome: { code: number; signal?: NodeJS.Signals }): number {
  if (outcome.signal) process.kill(process.pid, outcome.signal);
  return outcome.code;
}

/** Each command: how its arguments are read, and how it runs to an exit status. */
const COMMANDS = {
  export: {
    parse: parseExportArgs,
    run: async (flags: ExportFlags, log: (line: string) => void) => {
      const { runExport } = await import(/* webpackMode: "eager" */ './export.js');
      await runExport(flags, process.env, { stdout: (text) => process.stdout.write(text), log });
      return 0;
    },
  },
  run: {
    parse: parseRunArgs,
    run: async (flags: RunFlags, log: (line: string) => void) => {
      const { runCommand } = await import(/* webpackMode: "eager" */ './run.js');
      return asOwnStatus(await runCommand(flags, process.env, log));
    },
  },
  render: {
    parse: parseRenderArgs,
    run: async (flags: RenderFlags, log: (line: string) => void) => {
      const { runRender } = await import(/* webpackMode: "eager" */ './render.js');
      await runRender(flags, process.env, { stdout: (text) => process.stdout.write(text), log });
      return 0;
    },
  },
  redact: {
    parse: parseRedactArgs,
    run: async (flags: RedactFlags, log: (line: string) => void) => {
      const { runRedact } = await import(/* webpackMode: "eager" */ './redact.js');
      return runRedact(flags, process.env, log);
    },
  },
};

async function main(argv: string[]): Promise<number> {
  const log = (line: string) => process.stderr.write(`seekrit-ci: ${line}\n`);
  const [command, ...rest] = argv;
  try {
    if (command === '--version' || command === '-V') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === SUPERVISE_COMMAND && rest.length === 1) {
      // The second half of `run`, in the process that run became without the token (handoff.ts).
      const { superviseCommand } = await import(/* webpackMode: "eager" */ './supervise.js');
      return asOwnStatus(await superviseCommand(takeOver(rest[0] as string), log));
    }
    // hasOwn: a command named toString or __proto__ is unknown, not a property of every object.
    const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command as keyof typeof COMMANDS] : undefined;
    if (handler) {
      const flags = handler.parse(rest, process.env);
      if (flags === 'help') {
        process.stdout.write(HELP);
        return 0;
      }
      // biome-ignore lint/suspicious/noExplicitAny: each handler parses its own flags
      return await handler.run(flags as any, log);
    }
    throw new UsageError(`unknown command "${command.slice(0, 40)}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      log(`${error.message} (see seekrit-ci --help)`);
      return 2;
    }
    log(`error: ${describeError(error)}`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
