import { rmSync } from 'node:fs';
import { writeSecretFile } from '../core/delivery/files.js';
import { formatSecrets, formatShell } from '../core/delivery/formats.js';
import { deliverFiles } from '../core/delivery/plan.js';
import { removeWhenGone } from '../core/delivery/sweep.js';
import { describeScope } from '../core/environment/scope.js';
import { listNames } from '../core/selection/select.js';
import { encodeHideList } from './job.js';
import type { ExportFlags } from './options.js';
import { resolveForCli } from './resolve.js';

/**
 * `seekrit-ci export`: the values go to --output (0600, atomic, never over an existing file
 * without --overwrite) or to stdout, and nowhere else. Per-secret files (--files) go to a new
 * private folder that the caller removes, or that goes (with each --remove folder) once process
 * --remove-after has ended: the GitLab component names its job shell, so its files and its CLI
 * go however the job ends.
 * Everything said about the run goes to stderr and holds names only.
 */
export async function runExport(
  flags: ExportFlags,
  env: NodeJS.ProcessEnv,
  io: { stdout: (text: string) => void; log: (line: string) => void },
): Promise<void> {
  const { environment, plan, tokenId } = await resolveForCli(flags, env, io.log, { env: flags.format === 'shell' });
  const files = deliverFiles(plan.delivered, flags.files);
  if (flags.removeAfter !== undefined) removeWhenGone(flags.removeAfter, [...(files.dir ? [files.dir] : []), ...flags.remove]);
  try {
    let content = formatSecrets(flags.format, files.delivered);
    if (flags.component) {
      // Shell state for the component's job: names in seekrit's own namespace, which no secret can take.
      const state = [{ name: 'seekrit_hide', value: encodeHideList(plan.hide) }];
      if (files.dir) state.push({ name: 'seekrit_files_dir', value: files.dir });
      content += formatShell(state, { exported: false });
    }
    if (flags.output)
      writeSecretFile(flags.output, content, { overwrite: flags.overwrite, existsHint: 'Choose another path, or pass --overwrite.' });
    else io.stdout(content);
  } catch (error) {
    if (files.dir) rmSync(files.dir, { recursive: true, force: true });
    throw error;
  }
  if (!flags.quiet) {
    const where = flags.component ? "into the job's shell" : `as ${flags.format} ${flags.output ? `to ${flags.output}` : 'to stdout'}`;
    const names = listNames(files.delivered);
    const verb = flags.component ? 'loaded' : 'exported';
    io.log(
      `${verb} ${files.delivered.length} secret${files.delivered.length === 1 ? '' : 's'} of ${describeScope(environment.scope)} (token ${tokenId}) ${where}${names ? `: ${names}` : ''}`,
    );
    if (files.dir && flags.removeAfter === undefined)
      io.log(`per-secret files are in ${files.dir}: remove the folder when the job is done`);
    const plain = files.delivered.filter((d) => flags.unmasked.has(d.name)).map((d) => d.name);
    if (plain.length) io.log(`not masked (--unmasked): ${plain.sort().join(', ')}`);
  }
}
