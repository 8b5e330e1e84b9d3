import { describeRetry } from '../core/api.js';
import { SeekritError } from '../core/errors.js';
import { loadEnvironment } from '../core/index.js';
import type { Materialized } from '../core/materialize.js';
import { checkDeliveredNames } from '../core/names.js';
import { type Delivered, selectSecrets } from '../core/select.js';
import { parseToken } from '../core/token.js';
import type { ResolveFlags } from './options.js';

export interface Resolved {
  environment: Materialized;
  delivered: Delivered[];
  tokenId: string;
}

/** Token from SEEKRIT_TOKEN (never a flag: flags show up in process lists), then core resolve and selection. */
export async function resolveForCli(flags: ResolveFlags, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<Resolved> {
  const raw = env.SEEKRIT_TOKEN;
  if (!raw || raw.trim() === '') {
    throw new SeekritError(
      'INVALID_INPUT',
      'SEEKRIT_TOKEN is not set.',
      'Store the service token (skt_…) in a masked CI/CD variable named SEEKRIT_TOKEN.',
    );
  }
  const token = parseToken(raw);
  const environment = await loadEnvironment({
    token,
    apiUrl: flags.apiUrl,
    client: env.GITLAB_CI === 'true' ? 'gitlab-ci' : 'cli',
    overrides: flags.overrides,
    interpolate: flags.interpolate,
    expectScope: flags.expectScope,
    expectScopeInput: '--expect-scope',
    timeoutMs: flags.timeoutMs,
    retries: flags.retries,
    onRetry: (notice) => log(describeRetry(notice)),
  });
  if (environment.unresolved.length) log(`warning: references to unknown names left as written: ${environment.unresolved.join(', ')}`);
  const delivered = selectSecrets(environment.secrets, { secrets: flags.secrets, prefix: flags.prefix });
  checkDeliveredNames(delivered, { allowed: flags.allowReservedNames, toGithubEnv: false });
  return { environment, delivered, tokenId: token.id };
}
