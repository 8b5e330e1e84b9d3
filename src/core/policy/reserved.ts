/**
 * The reserved-name policy: names a secret may not take in a process environment (GITHUB_ENV, the
 * action's `run`, `seekrit-ci run`, `export --format shell`, the GitLab job shell) unless the job
 * allows it by name. Each category is a way for whoever can add a secret to any layer (a shared
 * group included) to change what later programs do, rather than just give them a value to read.
 *
 * Ordinary application configuration passes: NODE_ENV, LOG_LEVEL, PORT, DATABASE_URL, NPM_TOKEN,
 * NODE_AUTH_TOKEN, GH_TOKEN, AWS_*, GOOGLE_*, AZURE_*, SSH_PRIVATE_KEY, CARGO_REGISTRY_TOKEN, …
 *
 * Matching is case-insensitive: Windows runners ignore case, and npm reads npm_config_* in any case.
 * Sources are cited per category; docs/NAMES.md explains each with examples. Beside these lists,
 * name-shapes.ts refuses names by shape (launchers, endpoint overrides, mirrors, flag namespaces).
 */
import { nameShape } from './name-shapes.js';
import type { ReservedCategory } from './reserved-category.js';
import { WINDOWS_CATEGORIES } from './reserved-windows.js';

export type { ReservedCategory };

export const RESERVED_CATEGORIES: readonly ReservedCategory[] = [
  {
    // POSIX XBD 8.3; bash(1) "Shell Variables"; dash(1); ld.so(8); glibc "Environment Variables".
    name: 'shell and process basics',
    why: 'they decide which programs run, which code the loader and the shell load, and where files go',
    names: [
      'PATH',
      'HOME',
      'TMPDIR',
      'TMP',
      'TEMP',
      'SHELL',
      'USER',
      'LOGNAME',
      'PWD',
      'OLDPWD',
      'IFS',
      'CDPATH',
      'ENV',
      'BASH_ENV',
      'BASHOPTS',
      'SHELLOPTS',
      'PS1',
      'PS2',
      'PS3',
      'PS4',
      'PROMPT_COMMAND',
      'HISTFILE',
      'INPUTRC',
      'GLOBIGNORE',
      'ZDOTDIR',
      'POSIXLY_CORRECT',
      'OPTIND',
      'OPTARG',
      'LINENO',
      'RANDOM',
      'SECONDS',
      'PPID',
      'UID',
      'EUID',
      'GROUPS',
      'FUNCNAME',
      'DIRSTACK',
      'HISTCMD',
      'SRANDOM',
      'EPOCHSECONDS',
      'EPOCHREALTIME',
      'PIPESTATUS',
      'MAIL',
      'MAILPATH',
      'MAILCHECK',
      '_',
      'EDITOR',
      'VISUAL',
      'PAGER',
      'MANPAGER',
      'LESSOPEN',
      'LESSCLOSE',
      'BROWSER',
      'SUDO_ASKPASS',
      'GCONV_PATH',
      'GLIBC_TUNABLES',
      'LOCPATH',
      'NLSPATH',
      'HOSTALIASES',
      'LOCALDOMAIN',
      'RES_OPTIONS',
    ],
    prefixes: ['LD_', 'DYLD_', 'BASH_', 'COMP_', 'XDG_'],
  },
  {
    // git(1) "ENVIRONMENT VARIABLES", git-config(1) GIT_CONFIG_COUNT; ssh(1) "ENVIRONMENT".
    name: 'git and ssh',
    why: 'git reads dozens of GIT_* variables (GIT_CONFIG_COUNT/KEY/VALUE set any config, such as core.fsmonitor, which runs a command; GIT_SSH_COMMAND and GIT_ASKPASS run programs), and ssh runs SSH_ASKPASS and trusts SSH_AUTH_SOCK',
    prefixes: ['GIT_', 'SSH_ASKPASS'],
    names: ['SSH_AUTH_SOCK'],
  },
  {
    // npm docs "config" (npm_config_* read case-insensitively), yarn "Settings (.yarnrc.yml)"
    // (every setting as YARN_*), pnpm "settings", Corepack README.
    name: 'package manager settings',
    why: 'npm, yarn, pnpm and Corepack read their whole configuration from these (npm_config_node_options runs code in every npm script; registries and scripts decide what code is installed and run)',
    prefixes: ['NPM_CONFIG_', 'NPM_LIFECYCLE_', 'YARN_', 'PNPM_', 'COREPACK_', 'PIP_', 'BUNDLE_GEMFILE', 'UV_INDEX', 'UV_EXTRA_INDEX'],
    names: ['NPM_EXECPATH', 'NPM_NODE_EXECPATH', 'NPX_CONFIG', 'BUN_INSTALL', 'UV_DEFAULT_INDEX'],
    except: ['YARN_NPM_AUTH_TOKEN'],
  },
  {
    // Node.js "Environment variables" (nodejs.org/api/cli.html): NODE_OPTIONS, NODE_PATH,
    // NODE_REPL_EXTERNAL_MODULE and NODE_COMPILE_CACHE load code; the TLS ones change trust.
    name: 'Node.js runtime',
    why: 'Node.js reads NODE_* variables that load code (NODE_OPTIONS, NODE_PATH, NODE_REPL_EXTERNAL_MODULE) or change TLS trust (NODE_EXTRA_CA_CERTS, NODE_TLS_REJECT_UNAUTHORIZED), and the runner refuses NODE_OPTIONS',
    prefixes: ['NODE_', 'UV_THREADPOOL', 'UV_USE_IO_URING'],
    // Values applications read, not runtime options.
    except: ['NODE_ENV', 'NODE_AUTH_TOKEN'],
  },
  {
    // JDK "The JAVA_TOOL_OPTIONS Environment Variable", java(1) JDK_JAVA_OPTIONS; Maven, Gradle, sbt docs.
    name: 'JVM options',
    why: 'the JVM and its build tools read options from these, and -javaagent or an init script runs code in every Java process',
    names: [
      'JAVA_TOOL_OPTIONS',
      '_JAVA_OPTIONS',
      'JDK_JAVA_OPTIONS',
      'JAVA_OPTS',
      'JAVA_HOME',
      'CLASSPATH',
      'MAVEN_OPTS',
      'MAVEN_ARGS',
      'MAVEN_CONFIG',
      'GRADLE_OPTS',
      'GRADLE_USER_HOME',
      'SBT_OPTS',
      'ANT_OPTS',
      'KOTLIN_HOME',
    ],
  },
  {
    // .NET "Runtime configuration" (DOTNET_STARTUP_HOOKS), CLR profiler (CORECLR_PROFILER_PATH), NuGet plugins.
    name: '.NET runtime',
    why: '.NET loads startup hooks, profilers and plugins named in these into every process',
    prefixes: ['DOTNET_', 'COMPLUS_', 'CORECLR_', 'MSBUILD'],
    names: ['NUGET_PLUGIN_PATHS', 'NUGET_PACKAGES'],
  },
  {
    // python(1) "ENVIRONMENT VARIABLES"; ruby(1); perlrun(1) "ENVIRONMENT".
    name: 'Python, Ruby and Perl',
    why: 'the interpreters load code or modules named in these (PYTHONSTARTUP, PYTHONPATH, RUBYOPT, PERL5OPT, …)',
    prefixes: ['PYTHON', 'PERL'],
    names: ['RUBYOPT', 'RUBYLIB', 'RUBYSHELL', 'GEM_HOME', 'GEM_PATH', 'VIRTUAL_ENV', 'CONDA_PREFIX'],
  },
  {
    // `go help environment`; The Cargo Book "Environment Variables"; rustup "Environment variables".
    name: 'Go and Rust toolchains',
    why: 'they choose the toolchain, its flags and where modules come from (GOTOOLCHAIN and RUSTC_WRAPPER run other programs, GOFLAGS and RUSTFLAGS pass flags to every build)',
    names: [
      'GOFLAGS',
      'GOPROXY',
      'GOTOOLCHAIN',
      'GOPATH',
      'GOROOT',
      'GOBIN',
      'GOENV',
      'GOSUMDB',
      'GONOSUMDB',
      'GONOSUMCHECK',
      'GONOPROXY',
      'GOPRIVATE',
      'GOINSECURE',
      'GOVCS',
      'GOCACHE',
      'GOMODCACHE',
      'GOEXPERIMENT',
      'GODEBUG',
      'GOWORK',
      'GOAUTH',
      'GOOS',
      'GOARCH',
    ],
    prefixes: ['CGO_', 'RUSTC', 'RUSTDOC', 'RUSTFLAGS', 'RUSTUP_', 'CARGO_'],
    except: ['CARGO_REGISTRY_TOKEN'],
  },
  {
    // GNU make manual "Implicit Variables"; gcc(1) -wrapper and -fplugin.
    name: 'compilers and build flags',
    why: 'builds (node-gyp, make, cgo, pip wheels) run the programs and pass the flags these name',
    names: [
      'CC',
      'CXX',
      'CPP',
      'LD',
      'AR',
      'AS',
      'MAKE',
      'MAKEFLAGS',
      'MFLAGS',
      'GNUMAKEFLAGS',
      'CFLAGS',
      'CXXFLAGS',
      'CPPFLAGS',
      'LDFLAGS',
    ],
  },
  {
    // curl(1) "ENVIRONMENT"; OpenSSL "openssl-env(7)"; requests, pip, git and AWS CLI CA settings.
    name: 'network trust',
    why: "proxies see (and can alter) the job's traffic, CA bundles decide whom TLS trusts, and OPENSSL_CONF loads engines",
    names: [
      'HTTP_PROXY',
      'HTTPS_PROXY',
      'ALL_PROXY',
      'NO_PROXY',
      'FTP_PROXY',
      'SOCKS_PROXY',
      'SSL_CERT_FILE',
      'SSL_CERT_DIR',
      'CURL_CA_BUNDLE',
      'REQUESTS_CA_BUNDLE',
      'AWS_CA_BUNDLE',
      'GRPC_DEFAULT_SSL_ROOTS_FILE_PATH',
      'OPENSSL_CONF',
      'OPENSSL_ENGINES',
      'OPENSSL_MODULES',
      'SSLKEYLOGFILE',
      'CURL_HOME',
      'WGETRC',
      'NETRC',
      'GNUPGHOME',
    ],
  },
  {
    // GitHub "Default environment variables"; GitLab "Predefined CI/CD variables" (CI_API_V4_URL
    // decides where CI_JOB_TOKEN is sent).
    name: 'CI platform namespaces',
    why: 'GITHUB_*, RUNNER_*, ACTIONS_*, CI_* and GITLAB_* belong to the CI platform (CI_API_V4_URL, for one, decides where the job token is sent)',
    names: ['CI', 'GITHUB_ACTIONS', 'GITLAB_CI'],
    prefixes: ['GITHUB_', 'RUNNER_', 'ACTIONS_', 'CI_', 'GITLAB_', 'FF_'],
  },
  {
    // Docker CLI "Environment variables"; Kubernetes in-cluster configuration; Podman, BuildKit.
    name: 'container and orchestration endpoints',
    why: "they decide which Docker, BuildKit or Kubernetes endpoint receives the job's builds and credentials",
    names: [
      'DOCKER_HOST',
      'DOCKER_CONFIG',
      'DOCKER_CONTEXT',
      'DOCKER_CERT_PATH',
      'DOCKER_TLS_VERIFY',
      'CONTAINER_HOST',
      'BUILDKIT_HOST',
      'KUBERNETES_SERVICE_HOST',
      'KUBERNETES_SERVICE_PORT',
      'KUBERNETES_MASTER',
    ],
  },
  ...WINDOWS_CATEGORIES,
  {
    name: "seekrit's own namespace",
    why: "SEEKRIT_* and seekrit_* hold this product's own settings and the GitLab component's shell state",
    prefixes: ['SEEKRIT'],
  },
];

// A quick test that rules out ordinary names (nearly all of them) before the category loop:
// jobs deliver up to tens of thousands of names. A looser gate only sends more names through the
// loop, which decides alone.
// Stryker disable next-line ArrayDeclaration: see above.
const ALL_NAMES = new Set(RESERVED_CATEGORIES.flatMap((category) => category.names ?? []));
// Stryker disable next-line all: see above.
const ANY_PREFIX = new RegExp(`^(?:${RESERVED_CATEGORIES.flatMap((category) => category.prefixes ?? []).join('|')})`);

/**
 * The category a name falls in, or undefined for an ordinary name. Case-insensitive. The lists
 * above decide first; a name they do not hold is then judged by its shape (name-shapes.ts).
 */
export function reservedCategory(name: string): Pick<ReservedCategory, 'name' | 'why'> | undefined {
  const upper = name.toUpperCase();
  if (ALL_NAMES.has(upper) || ANY_PREFIX.test(upper)) {
    for (const category of RESERVED_CATEGORIES) {
      if (category.except?.includes(upper)) continue;
      if (category.names?.includes(upper)) return category;
      if (category.prefixes?.some((prefix) => upper.startsWith(prefix))) return category;
    }
  }
  return nameShape(upper);
}
