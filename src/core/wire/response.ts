import { SeekritError } from '../common/errors.js';

/** Where the resolved environment lives. Every field is a non-empty, printable string. */
export interface Scope {
  orgId: string;
  orgSlug: string;
  appId: string;
  appSlug: string;
  envId: string;
  envSlug: string;
}

export interface SealedSecret {
  name: string;
  ciphertext: string;
}

export interface Layer {
  source: 'group' | 'app';
  environmentId: string;
  slug: string;
  /** Present on group layers only. */
  groupSlug?: string;
  wrappedDek: string;
  secrets: SealedSecret[];
}

export interface ResolveResponse {
  scope: Scope;
  layers: Layer[];
}

/**
 * The slug shape (org, app, environment and group slugs): a letter or digit, then letters,
 * digits, `.`, `_` or `-`, at most 100 in all. Slugs are printed in logs, outputs and summaries,
 * so a server that sends anything else is refused rather than echoed.
 */
export const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** A name as the protocol's `${NAME}` references spell it, and as shells accept it. */
export const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

// Bounds on what an untrusted server may send. They are far above what seekrit allows.
export const LIMITS = {
  layers: 64,
  secretsPerLayer: 100_000,
  nameLength: 256,
  identifierLength: 256,
  wrappedDekLength: 512,
  /** 1 MiB of plaintext, base64url-encoded, plus iv and tag. */
  ciphertextLength: 1_500_000,
} as const;

const PRINTABLE = /^[\x21-\x7e]+$/;
const SCOPE_IDS = ['orgId', 'appId', 'envId'] as const;
const SCOPE_SLUGS = ['orgSlug', 'appSlug', 'envSlug'] as const;

function invalid(path: string, problem: string): SeekritError {
  return new SeekritError(
    'INVALID_RESPONSE',
    `The seekrit API answered with an invalid body: ${path} ${problem}.`,
    'Check that api-url points at the seekrit API (not a proxy or login page); if it does, report this to seekrit support.',
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function slug(value: unknown, path: string): string {
  if (typeof value !== 'string') throw invalid(path, `must be a string, got ${describeType(value)}`);
  if (!SLUG.test(value)) throw invalid(path, 'must be a slug: a letter or digit, then letters, digits, ., _ or -, at most 100 characters');
  return value;
}

/** Identifiers: short, printable, no spaces (they bind ciphertexts; they are never printed). */
function identifier(value: unknown, path: string): string {
  if (typeof value !== 'string') throw invalid(path, `must be a string, got ${describeType(value)}`);
  // PRINTABLE needs one character or more.
  if (value.length > LIMITS.identifierLength || !PRINTABLE.test(value)) {
    throw invalid(path, `must be 1–${LIMITS.identifierLength} printable ASCII characters without spaces`);
  }
  return value;
}

/** `path` names the field in a message; a function, for fields checked once per secret, builds it only then. */
function boundedString(value: unknown, path: string | (() => string), max: number): string {
  if (typeof value === 'string' && value.length > 0 && value.length <= max) return value;
  const at = typeof path === 'string' ? path : path();
  if (typeof value !== 'string') throw invalid(at, `must be a string, got ${describeType(value)}`);
  throw invalid(at, `must be 1–${max} characters long`);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/**
 * Checks a parsed /v1/resolve body field by field and returns a copy holding only the known
 * fields (unknown extra fields are accepted and dropped). Never echoes a field's content.
 */
export function validateResolveResponse(body: unknown): ResolveResponse {
  if (!isObject(body)) throw invalid('the body', `must be a JSON object, got ${describeType(body)}`);
  if (!isObject(body.scope)) throw invalid('scope', `must be an object, got ${describeType(body.scope)}`);
  const rawScope = body.scope;
  const scope = {} as Scope;
  for (const field of SCOPE_IDS) scope[field] = identifier(rawScope[field], `scope.${field}`);
  for (const field of SCOPE_SLUGS) scope[field] = slug(rawScope[field], `scope.${field}`);

  if (!Array.isArray(body.layers)) throw invalid('layers', `must be an array, got ${describeType(body.layers)}`);
  if (body.layers.length === 0) throw invalid('layers', 'is empty (the app environment layer is missing)');
  if (body.layers.length > LIMITS.layers) throw invalid('layers', `has more than ${LIMITS.layers} entries`);
  const layers = body.layers.map((raw, index) => validateLayer(raw, `layers[${index}]`));

  // Precedence is positional: groups first, the app environment last and only once.
  const last = layers.length - 1;
  layers.forEach((layer, index) => {
    if (index < last && layer.source !== 'group')
      throw invalid(`layers[${index}].source`, 'must be "group" (only the last layer is the app environment)');
  });
  const app = layers[last] as Layer;
  if (app.source !== 'app') throw invalid(`layers[${last}].source`, 'must be "app" (the app environment layer comes last)');
  if (app.environmentId !== scope.envId) throw invalid(`layers[${last}].environmentId`, 'does not match scope.envId');
  return { scope, layers };
}

function validateLayer(raw: unknown, path: string): Layer {
  if (!isObject(raw)) throw invalid(path, `must be an object, got ${describeType(raw)}`);
  const source = raw.source;
  if (source !== 'group' && source !== 'app') throw invalid(`${path}.source`, 'must be "group" or "app"');
  const layer: Layer = {
    source,
    environmentId: identifier(raw.environmentId, `${path}.environmentId`),
    slug: slug(raw.slug, `${path}.slug`),
    wrappedDek: boundedString(raw.wrappedDek, `${path}.wrappedDek`, LIMITS.wrappedDekLength),
    secrets: [],
  };
  if (source === 'group') layer.groupSlug = slug(raw.groupSlug, `${path}.groupSlug`);

  if (!Array.isArray(raw.secrets)) throw invalid(`${path}.secrets`, `must be an array, got ${describeType(raw.secrets)}`);
  if (raw.secrets.length > LIMITS.secretsPerLayer) throw invalid(`${path}.secrets`, `has more than ${LIMITS.secretsPerLayer} entries`);
  const seen = new Set<string>();
  const entries: unknown[] = raw.secrets;
  for (let index = 0; index < entries.length; index++) {
    // This runs once per secret (up to 100,000): a path is spelled out only for a message.
    const at = () => `${path}.secrets[${index}]`;
    const entry = entries[index];
    if (!isObject(entry)) throw invalid(at(), `must be an object, got ${describeType(entry)}`);
    const name = entry.name;
    if (typeof name !== 'string' || name.length > LIMITS.nameLength || !SECRET_NAME.test(name)) {
      throw invalid(
        `${at()}.name`,
        `must be a name of letters, digits and _ (not starting with a digit), at most ${LIMITS.nameLength} characters`,
      );
    }
    if (seen.has(name)) throw invalid(`${at()}.name`, `repeats ${name} within one layer`);
    seen.add(name);
    const ciphertext = boundedString(entry.ciphertext, () => `${at()}.ciphertext (${name})`, LIMITS.ciphertextLength);
    layer.secrets.push({ name, ciphertext });
  }
  return layer;
}

/** How a layer is named in messages and summaries: `group shared/production`, `app web/production`. */
export function layerLabel(layer: Layer, scope: Scope): string {
  return layer.source === 'group' ? `group ${layer.groupSlug}/${layer.slug}` : `app ${scope.appSlug}/${layer.slug}`;
}
