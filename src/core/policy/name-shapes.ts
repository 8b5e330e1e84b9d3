/**
 * Reserved names by shape, beside the lists in reserved.ts: a list cannot keep up with every tool,
 * but the ways a variable takes over a later program have shapes. A name that has one is refused
 * in a process environment unless the job allows it by name (reserved.ts asks here after its own
 * lists). Each shape cites the tools whose documented variables it covers.
 *
 * Ordinary configuration keeps passing: DATABASE_URL, DATABASE_HOST, REDIS_URL, SENTRY_DSN,
 * STRIPE_SECRET_KEY, AWS_ACCESS_KEY_ID, AWS_REGION, JWT_SECRET, SMTP_PASSWORD, PORT, TF_VAR_*.
 * Names are upper-cased before they are matched.
 */
export interface NameShape {
  /** Short name shown in errors and docs. */
  name: string;
  /** Why a secret must not set a name of this shape. */
  why: string;
  /** The shape, matched against the upper-cased name. */
  pattern: RegExp;
  /** Upper-cased names of the shape that are plain values. */
  except?: RegExp;
}

/** Tools that read their API host or repository from the environment, beside a credential. */
const TOOLS = [
  'VAULT',
  'CONSUL',
  'NOMAD',
  'BOUNDARY',
  'WAYPOINT',
  'TFE',
  'TF',
  'PULUMI',
  'TWINE',
  'POETRY',
  'HATCH',
  'FLIT',
  'GCLOUD',
  'GOOGLE_CLOUD',
  'AZURE',
  'ARM',
  'AWS',
  'KUBE',
  'KUBECTL',
  'HELM',
  'DOCKER',
  'BUILDKIT',
  'SENTRY',
  'CODECOV',
  'SONAR',
  'ARTIFACTORY',
  'JFROG',
  'NEXUS',
  'OP',
  'DOPPLER',
  'INFISICAL',
  'SNYK',
  'HEROKU',
  'NETLIFY',
  'VERCEL',
  'FLY',
  'CLOUDFLARE',
  'DIGITALOCEAN',
  'OCI',
  'ALIBABA_CLOUD',
  'NPM',
  'YARN',
  'CONDA',
  'GRADLE',
  'MAVEN',
  'GH',
  'GLAB',
  'HUGGINGFACE',
  'HF',
].join('|');

export const NAME_SHAPES: readonly NameShape[] = [
  {
    // CMake "Environment Variables" (CMAKE_<LANG>_COMPILER_LAUNCHER, CMAKE_<LANG>_LINKER_LAUNCHER);
    // Cargo RUSTC_WRAPPER; ccache CCACHE_PREFIX; sccache; distcc; kubectl KUBECTL_EXTERNAL_DIFF;
    // Puppeteer PUPPETEER_EXECUTABLE_PATH; Playwright *_EXECUTABLE_PATH; Karma CHROME_BIN.
    name: 'launchers and wrappers',
    why: 'a later build or tool runs the program they name (in front of its compiler, as its diff, editor or browser), so the value becomes a command',
    pattern:
      /^(CMAKE|CCACHE|SCCACHE|DISTCC|ICECC)_|(^|_)(LAUNCHER|WRAPPER|COMPILER|LINKER|INTERPRETER|EXTERNAL_DIFF|DIFFTOOL|EDITOR|PAGER|ASKPASS|SHELL)$|_(EXECUTABLE|EXECUTABLE_PATH|BINARY|BINARY_PATH|BIN|COMMAND|CMD)$/,
  },
  {
    // AWS SDKs AWS_ENDPOINT_URL(_<SERVICE>); gcloud CLOUDSDK_API_ENDPOINT_OVERRIDES_<API> (and every
    // CLOUDSDK_<SECTION>_<PROPERTY>); OpenTelemetry OTEL_EXPORTER_OTLP_ENDPOINT; Vault VAULT_ADDR;
    // Consul CONSUL_HTTP_ADDR; Nomad NOMAD_ADDR; Twine TWINE_REPOSITORY_URL; sentry-cli SENTRY_URL;
    // Azure AZURE_AUTHORITY_HOST; Terraform TF_CLI_CONFIG_FILE, TF_REGISTRY_*.
    name: 'endpoint overrides and API hosts',
    why: "they decide where a tool sends its requests, and so its credentials (the job's cloud or registry token goes to the secret's host)",
    pattern: new RegExp(
      `(^|_)ENDPOINTS?(_|$)|(^|_)ENDPOINT_OVERRIDES?(_|$)|^CLOUDSDK_|^(${TOOLS})_(.+_)?(ADDR|ADDRESS|HOST|HOSTNAME|URL|URI|SERVER|API|API_URL|BASE_URL|DOMAIN|AUTHORITY_HOST|REPOSITORY|REPOSITORY_URL|REGISTRY|REGISTRY_URL|INDEX_URL|CONFIG|CONFIG_FILE|CONFIG_PATH)(_|$)`,
    ),
    // Credentials and plain settings of those tools stay ordinary values.
    except: /^(AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|REGION|DEFAULT_REGION|PROFILE)|TF_VAR_.+|TF_TOKEN_.+)$/,
  },
  {
    // Electron ELECTRON_MIRROR; Playwright PLAYWRIGHT_DOWNLOAD_HOST; Puppeteer
    // PUPPETEER_DOWNLOAD_BASE_URL; node-sass SASS_BINARY_SITE; chromedriver CHROMEDRIVER_CDNURL;
    // nvm NVM_NODEJS_ORG_MIRROR; node-gyp NODEJS_ORG_MIRROR / disturl; Cypress CYPRESS_DOWNLOAD_MIRROR;
    // prebuild-install *_BINARY_HOST; Gradle GRADLE_DISTRIBUTION_URL.
    name: 'package and binary mirrors',
    why: 'installers download and run the binaries from the host these name',
    pattern:
      /(^|_)(MIRROR|MIRRORS|MIRROR_URL|DOWNLOAD_HOST|DOWNLOAD_BASE_URL|DOWNLOAD_URL|DOWNLOAD_PATH|BINARY_SITE|BINARY_HOST|BINARY_HOST_MIRROR|CDNURL|CDN_URL|DIST_URL|DISTURL|DISTRIBUTION_URL)(_|$)/,
  },
  {
    // Terraform TF_CLI_ARGS and TF_CLI_ARGS_<command>, TF_PLUGIN_CACHE_DIR, TF_DATA_DIR; pytest
    // PYTEST_ADDOPTS and PYTEST_PLUGINS; Helm HELM_PLUGINS; Ansible ANSIBLE_* (plugins, callbacks);
    // Electron ELECTRON_RUN_AS_NODE; Husky and pre-commit hooks; tox and nox.
    name: 'tool namespaces that set flags or load code',
    why: 'the tool reads extra command-line flags, plugins or hooks from these, which run code in a later step',
    pattern:
      /^(TF|PYTEST|TOX|NOX|HELM|ANSIBLE|ELECTRON|HUSKY|PRE_COMMIT|LEFTHOOK|KUBECTL)_|_(CLI_ARGS|ARGS|ADDOPTS|OPTS|PLUGINS?|PLUGIN_PATH|PLUGIN_DIR|HOOKS?|HOOKS_PATH)(_|$)/,
    except: /^(TF_VAR_.+|TF_TOKEN_.+|TF_WORKSPACE|TF_IN_AUTOMATION|TF_INPUT|TF_LOG)$/,
  },
];

/** The shape a name has, or undefined. `upper` is the name upper-cased. */
export function nameShape(upper: string): NameShape | undefined {
  for (const shape of NAME_SHAPES) if (shape.pattern.test(upper) && !shape.except?.test(upper)) return shape;
  return undefined;
}
