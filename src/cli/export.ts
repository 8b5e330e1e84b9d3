import { writeSecretFile } from '../core/files.js';
import { formatSecrets } from '../core/formats.js';
import { describeScope } from '../core/scope.js';
import { listNames } from '../core/select.js';
import type { ExportFlags } from './options.js';
import { resolveForCli } from './resolve.js';

/**
 * `seekrit-ci export`: the values go to --output (0600, atomic) or to stdout, and nowhere else.
 * Everything said about the run goes to stderr and holds names only.
 */
export async function runExport(
  flags: ExportFlags,
  env: NodeJS.ProcessEnv,
  io: { stdout: (text: string) => void; log: (line: string) => void },
): Promise<void> {
  const { environment, delivered, tokenId } = await resolveForCli(flags, env, io.log);
  const content = formatSecrets(flags.format, delivered);
  if (flags.output) writeSecretFile(flags.output, content);
  else io.stdout(content);
  if (!flags.quiet) {
    const where = flags.output ? `to ${flags.output}` : 'to stdout';
    const names = listNames(delivered);
    io.log(
      `exported ${delivered.length} secret${delivered.length === 1 ? '' : 's'} of ${describeScope(environment.scope)} (token ${tokenId}) as ${flags.format} ${where}${names ? `: ${names}` : ''}`,
    );
  }
}
