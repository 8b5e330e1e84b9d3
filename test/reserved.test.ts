import { describe, expect, it } from 'vitest';
import { RESERVED_CATEGORIES, reservedCategory } from '../src/core/reserved.js';

describe('the reserved-name policy, entry by entry', () => {
  it.each(RESERVED_CATEGORIES.map((c) => [c.name, c] as const))(
    '%s: every name and prefix is reserved by this category',
    (_name, category) => {
      for (const name of category.names ?? []) {
        expect(name, 'names are upper case').toBe(name.toUpperCase());
        expect(name.length).toBeGreaterThan(0);
        expect(reservedCategory(name)?.name, name).toBe(category.name);
        expect(reservedCategory(name.toLowerCase())?.name, `${name} in lower case`).toBe(category.name);
      }
      for (const prefix of category.prefixes ?? []) {
        expect(prefix.length).toBeGreaterThan(1);
        expect(reservedCategory(`${prefix}X1`)?.name, `${prefix}…`).toBe(category.name);
        expect(reservedCategory(`${prefix.toLowerCase()}x1`)?.name, `${prefix}… in lower case`).toBe(category.name);
      }
      for (const name of category.except ?? []) expect(reservedCategory(name), `${name} is an exception`).toBeUndefined();
      expect(category.why.length).toBeGreaterThan(30);
    },
  );

  it.each([
    ['PATH', 'shell and process basics'],
    ['LD_PRELOAD', 'shell and process basics'],
    ['HOME', 'shell and process basics'],
    ['TMPDIR', 'shell and process basics'],
    ['BASH_ENV', 'shell and process basics'],
    ['GIT_CONFIG_COUNT', 'git and ssh'],
    ['SSH_AUTH_SOCK', 'git and ssh'],
    ['npm_config_node_options', 'package manager settings'],
    ['NODE_OPTIONS', 'Node.js runtime'],
    ['JDK_JAVA_OPTIONS', 'JVM options'],
    ['JAVA_TOOL_OPTIONS', 'JVM options'],
    ['DOTNET_STARTUP_HOOKS', '.NET runtime'],
    ['PYTHONPATH', 'Python, Ruby and Perl'],
    ['RUBYOPT', 'Python, Ruby and Perl'],
    ['PERL5OPT', 'Python, Ruby and Perl'],
    ['GOFLAGS', 'Go and Rust toolchains'],
    ['RUSTFLAGS', 'Go and Rust toolchains'],
    ['CC', 'compilers and build flags'],
    ['HTTPS_PROXY', 'network trust'],
    ['SSL_CERT_FILE', 'network trust'],
    ['GITHUB_TOKEN', 'CI platform namespaces'],
    ['CI_API_V4_URL', 'CI platform namespaces'],
    ['DOCKER_HOST', 'container and orchestration endpoints'],
    ['SEEKRIT_TOKEN', "seekrit's own namespace"],
  ])('%s is reserved as %s', (name, category) => {
    expect(reservedCategory(name)?.name).toBe(category);
  });

  it('has thirteen categories, each with something to match', () => {
    expect(RESERVED_CATEGORIES).toHaveLength(13);
    for (const c of RESERVED_CATEGORIES) expect((c.names?.length ?? 0) + (c.prefixes?.length ?? 0)).toBeGreaterThan(0);
  });
});
