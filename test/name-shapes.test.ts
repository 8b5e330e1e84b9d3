import { describe, expect, it } from 'vitest';
import { NAME_SHAPES, nameShape } from '../src/core/policy/name-shapes.js';
import { reservedCategory } from '../src/core/policy/reserved.js';

/** Names each shape refuses (the tools' documented variables), in the case the tools use. */
const REFUSED: Record<string, string[]> = {
  'launchers and wrappers': [
    'CMAKE_C_COMPILER_LAUNCHER',
    'CMAKE_CXX_LINKER_LAUNCHER',
    'CMAKE_TOOLCHAIN_FILE',
    'CCACHE_PREFIX',
    'SCCACHE_ENDPOINT',
    'RUSTC_WRAPPER_X',
    'MY_TOOL_WRAPPER',
    'KUBECTL_EXTERNAL_DIFF',
    'PUPPETEER_EXECUTABLE_PATH',
    'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH',
    'CHROME_BIN',
    'DEPLOY_COMMAND',
    'HG_EDITOR',
    'NVCC_COMPILER',
  ],
  'endpoint overrides and API hosts': [
    'AWS_ENDPOINT_URL',
    'AWS_ENDPOINT_URL_S3',
    'CLOUDSDK_API_ENDPOINT_OVERRIDES_STORAGE',
    'CLOUDSDK_CORE_PROJECT',
    'OTEL_EXPORTER_OTLP_ENDPOINT',
    'S3_ENDPOINT',
    'VAULT_ADDR',
    'CONSUL_HTTP_ADDR',
    'NOMAD_ADDR',
    'TWINE_REPOSITORY_URL',
    'TWINE_REPOSITORY',
    'SENTRY_URL',
    'AZURE_AUTHORITY_HOST',
    'OP_CONNECT_HOST',
    'AWS_CONFIG_FILE',
    'HF_ENDPOINT',
    'POETRY_REPOSITORIES_INTERNAL_URL',
    'GRADLE_DISTRIBUTION_URL',
  ],
  'package and binary mirrors': [
    'ELECTRON_MIRROR_X',
    'PLAYWRIGHT_DOWNLOAD_HOST',
    'PUPPETEER_DOWNLOAD_BASE_URL',
    'SASS_BINARY_SITE',
    'CHROMEDRIVER_CDNURL',
    'NVM_NODEJS_ORG_MIRROR',
    'NODEJS_ORG_MIRROR',
    'CYPRESS_DOWNLOAD_MIRROR',
    'NODE_SASS_BINARY_HOST_X',
  ],
  'tool namespaces that set flags or load code': [
    'TF_CLI_ARGS',
    'TF_CLI_ARGS_init',
    'TF_PLUGIN_CACHE_DIR',
    'PYTEST_ADDOPTS',
    'PYTEST_PLUGINS',
    'HELM_PLUGINS',
    'ANSIBLE_CALLBACK_PLUGINS',
    'ELECTRON_RUN_AS_NODE',
    'PRE_COMMIT_HOME',
    'DOCKER_BUILD_ARGS',
    'MOCHA_OPTS',
    'LEFTHOOK_BIN_X',
  ],
};

/** Ordinary configuration: must keep passing, in any case. */
const ORDINARY = [
  'DATABASE_URL',
  'DATABASE_HOST',
  'REDIS_URL',
  'SENTRY_DSN',
  'SENTRY_AUTH_TOKEN',
  'STRIPE_SECRET_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'JWT_SECRET',
  'SMTP_PASSWORD',
  'SMTP_HOST',
  'PORT',
  'NODE_ENV',
  'NPM_TOKEN',
  'GH_TOKEN',
  'VAULT_TOKEN',
  'TF_VAR_db_password',
  'TF_TOKEN_app_terraform_io',
  'TF_WORKSPACE',
  'GOOGLE_APPLICATION_CREDENTIALS',
  'SLACK_WEBHOOK_URL',
  'API_URL',
  'BACKEND_URL',
  'NEXT_PUBLIC_API_URL',
  'MONGODB_URI',
  'AUTH0_DOMAIN',
  'FEATURE_FLAGS',
  'DOCKERHUB_TOKEN',
  'S3_BUCKET',
  'LOG_LEVEL',
];

describe('reserved names by shape', () => {
  it('has the shapes this test lists, and nothing else', () => {
    expect(NAME_SHAPES.map((shape) => shape.name)).toStrictEqual(Object.keys(REFUSED));
  });

  it.each(Object.entries(REFUSED))('%s: refuses each tool’s variables, in any case, naming the shape', (shape, names) => {
    for (const name of names) {
      const category = reservedCategory(name);
      expect(category, name).toBeDefined();
      // A name the lists already hold keeps its listed category; the rest fall to the shape.
      if (nameShape(name.toUpperCase()) === category) expect(category?.name, name).toBe(shape);
      expect(reservedCategory(name.toLowerCase())?.name, `${name} in lower case`).toBe(category?.name);
    }
  });

  it('lets ordinary configuration through', () => {
    const refused = ORDINARY.flatMap((name) => [name, name.toLowerCase()]).filter((name) => reservedCategory(name));
    expect(refused.map((name) => `${name}: ${reservedCategory(name)?.name}`)).toStrictEqual([]);
  });

  it('says why each shape is refused', () => {
    for (const shape of NAME_SHAPES) expect(shape.why.length, shape.name).toBeGreaterThan(40);
  });

  it('decides by shape alone for a name no list holds (the examples the review reproduced)', () => {
    for (const name of [
      'CMAKE_C_COMPILER_LAUNCHER',
      'CLOUDSDK_API_ENDPOINT_OVERRIDES_COMPUTE',
      'VAULT_ADDR',
      'AWS_ENDPOINT_URL',
      'TWINE_REPOSITORY_URL',
      'PLAYWRIGHT_DOWNLOAD_HOST',
      'ELECTRON_MIRROR',
      'TF_CLI_ARGS_init',
      'KUBECTL_EXTERNAL_DIFF',
    ])
      expect(nameShape(name.toUpperCase()), name).toBeDefined();
  });
});

describe('every alternative of every shape, written out', () => {
  // The whole policy as data: removing or editing any alternative in name-shapes.ts fails here.
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
  ];
  const HOST_WORDS = [
    'ADDR',
    'ADDRESS',
    'HOST',
    'HOSTNAME',
    'URL',
    'URI',
    'SERVER',
    'API',
    'API_URL',
    'BASE_URL',
    'DOMAIN',
    'AUTHORITY_HOST',
    'REPOSITORY',
    'REPOSITORY_URL',
    'REGISTRY',
    'REGISTRY_URL',
    'INDEX_URL',
    'CONFIG',
    'CONFIG_FILE',
    'CONFIG_PATH',
  ];
  const shapeOf = (name: string) => nameShape(name.toUpperCase())?.name;
  const cases: Array<[string, string | undefined]> = [
    ...['CMAKE', 'CCACHE', 'SCCACHE', 'DISTCC', 'ICECC'].map((p): [string, string] => [`${p}_X`, 'launchers and wrappers']),
    ...[
      'LAUNCHER',
      'WRAPPER',
      'COMPILER',
      'LINKER',
      'INTERPRETER',
      'EXTERNAL_DIFF',
      'DIFFTOOL',
      'EDITOR',
      'PAGER',
      'ASKPASS',
      'SHELL',
    ].flatMap(
      (w): Array<[string, string | undefined]> => [
        [`APP_${w}`, 'launchers and wrappers'],
        [w, 'launchers and wrappers'],
        [`APP_${w}_NAME`, undefined],
        [`APP${w}`, undefined],
      ],
    ),
    ...['EXECUTABLE', 'EXECUTABLE_PATH', 'BINARY', 'BINARY_PATH', 'BIN', 'COMMAND', 'CMD'].flatMap(
      (w): Array<[string, string | undefined]> => [
        [`APP_${w}`, 'launchers and wrappers'],
        [`APP_${w}_NAME`, undefined],
      ],
    ),
    ['APP_ENDPOINT', 'endpoint overrides and API hosts'],
    ['ENDPOINTS_LIST', 'endpoint overrides and API hosts'],
    ['APP_ENDPOINT_OVERRIDE_X', 'endpoint overrides and API hosts'],
    ['APPENDPOINT', undefined],
    ['CLOUDSDK_CORE_ACCOUNT', 'endpoint overrides and API hosts'],
    ...TOOLS.flatMap(
      (tool): Array<[string, string | undefined]> => [
        [`${tool}_API_URL`, 'endpoint overrides and API hosts'],
        [`${tool}_X_${HOST_WORDS[tool.length % HOST_WORDS.length]}`, 'endpoint overrides and API hosts'],
        [`X${tool}_API_URL`, undefined],
      ],
    ),
    ...HOST_WORDS.flatMap(
      (w): Array<[string, string | undefined]> => [
        [`VAULT_${w}`, 'endpoint overrides and API hosts'],
        [`VAULT_${w}_EXTRA`, 'endpoint overrides and API hosts'],
        // A word glued to more letters is another word (compound words end at their first part's _).
        ...(w.includes('_') ? [] : ([[`VAULT_${w}EXTRA`, undefined]] as Array<[string, undefined]>)),
      ],
    ),
    ...['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE'].map(
      (n): [string, undefined] => [n, undefined],
    ),
    ['AWS_REGION_URL', 'endpoint overrides and API hosts'],
    ...[
      'MIRROR',
      'MIRRORS',
      'MIRROR_URL',
      'DOWNLOAD_HOST',
      'DOWNLOAD_BASE_URL',
      'DOWNLOAD_URL',
      'DOWNLOAD_PATH',
      'BINARY_SITE',
      'BINARY_HOST',
      'BINARY_HOST_MIRROR',
      'CDNURL',
      'CDN_URL',
      'DIST_URL',
      'DISTURL',
      'DISTRIBUTION_URL',
    ].flatMap(
      (w): Array<[string, string | undefined]> => [
        [`APP_${w}`, 'package and binary mirrors'],
        [`${w}_X`, 'package and binary mirrors'],
        [`APP${w}X`, undefined],
      ],
    ),
    ...['TF', 'PYTEST', 'TOX', 'NOX', 'HELM', 'ANSIBLE', 'ELECTRON', 'HUSKY', 'PRE_COMMIT', 'LEFTHOOK', 'KUBECTL'].map(
      (p): [string, string] => [`${p}_MODE`, 'tool namespaces that set flags or load code'],
    ),
    ...['CLI_ARGS', 'ARGS', 'ADDOPTS', 'OPTS', 'PLUGIN', 'PLUGINS', 'PLUGIN_PATH', 'PLUGIN_DIR', 'HOOK', 'HOOKS', 'HOOKS_PATH'].flatMap(
      (w): Array<[string, string | undefined]> => [
        [`APP_${w}`, 'tool namespaces that set flags or load code'],
        [`APP_${w}_X`, 'tool namespaces that set flags or load code'],
        ...(w.includes('_') ? [] : ([[`APP_${w}X`, undefined]] as Array<[string, undefined]>)),
      ],
    ),
    ...['TF_VAR_x', 'TF_TOKEN_x', 'TF_WORKSPACE', 'TF_IN_AUTOMATION', 'TF_INPUT', 'TF_LOG'].map((n): [string, undefined] => [n, undefined]),
    ['TF_VAR_', 'tool namespaces that set flags or load code'],
    ['TF_LOG_PATH', 'tool namespaces that set flags or load code'],
    ['XTF_LOG', undefined],
    // Each anchor matters: a tool prefix inside a longer word, and an exception at the end of a longer name.
    ...['CMAKE', 'CCACHE', 'SCCACHE', 'DISTCC', 'ICECC'].map((p): [string, undefined] => [`APP${p}_X`, undefined]),
    ['VAULT_CONFIG_AWS_REGION', 'endpoint overrides and API hosts'],
    ['TF_VAR_db_url', undefined],
    ['TF_TOKEN_app_url', undefined],
    ['APP_ARGS_TF_LOG', 'tool namespaces that set flags or load code'],
    ['OP_CONNECT_HOST', 'endpoint overrides and API hosts'],
    ['CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN', 'endpoint overrides and API hosts'],
  ];
  it.each(cases)('%s → %s', (name, shape) => {
    expect(shapeOf(name)).toBe(shape);
  });
});
