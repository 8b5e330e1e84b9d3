import { writeSecretFile } from '../core/delivery/files.js';
import { readTemplateFile, renderTemplate } from '../core/delivery/template.js';
import { describeScope } from '../core/environment/scope.js';
import type { RenderFlags } from './options.js';
import { resolveForCli } from './resolve.js';

/**
 * `seekrit-ci render TEMPLATE`: the template rendered with the delivered values, to --output
 * (0600, atomic, never over an existing file without --overwrite) or to stdout. The template is
 * read and rendered before anything is written; what is said about it goes to stderr, names only.
 */
export async function runRender(
  flags: RenderFlags,
  env: NodeJS.ProcessEnv,
  io: { stdout: (text: string) => void; log: (line: string) => void },
): Promise<void> {
  // Read first: a missing template fails before any request.
  const template = readTemplateFile(flags.template);
  const { environment, plan, tokenId } = await resolveForCli(flags, env, io.log, { env: false });
  const content = renderTemplate(template, plan.delivered, flags.template);
  if (flags.output)
    writeSecretFile(flags.output, content, { overwrite: flags.overwrite, existsHint: 'Choose another path, or pass --overwrite.' });
  else io.stdout(content);
  if (!flags.quiet) {
    io.log(
      `rendered ${flags.template} with ${plan.delivered.length} secret${plan.delivered.length === 1 ? '' : 's'} of ${describeScope(environment.scope)} (token ${tokenId}) ${flags.output ? `to ${flags.output}` : 'to stdout'}`,
    );
  }
}
