import { describe, expect, it } from 'vitest';
import { checkDelivery } from '../src/core/delivery/destinations.js';
import { FORMATS, formatSecrets, formatShell, parseFormat, quoteDotenv } from '../src/core/delivery/formats.js';
import { envDestinations } from './support/destinations.js';
import { failureText } from './support/failure.js';

const message = failureText;

describe('formats, exactly', () => {
  it('parses a format name in any case and spacing, and refuses others naming the choices', () => {
    expect(FORMATS).toStrictEqual(['dotenv', 'shell', 'json']);
    expect(parseFormat(' JSON ', 'Input format')).toBe('json');
    expect(parseFormat('Shell', '--format')).toBe('shell');
    expect(message(() => parseFormat('yaml', '--format'))).toBe(
      '--format must be one of dotenv, shell, json, not "yaml". | dotenv for docker compose and most tools, shell to source, json for programs.',
    );
  });

  it('renders each format through formatSecrets', () => {
    const entries = [{ name: 'A', value: "it's" }];
    expect(formatSecrets('dotenv', entries)).toBe('A="it\'s"\n');
    expect(formatSecrets('shell', entries)).toBe("export A='it'\\''s'\n");
    expect(formatSecrets('json', entries)).toBe('{\n  "A": "it\'s"\n}\n');
    expect(formatShell(entries, { exported: false })).toBe("A='it'\\''s'\n");
  });

  it('refuses NUL by name, for dotenv and shell', () => {
    expect(message(() => formatSecrets('dotenv', [{ name: 'BIN', value: 'a\0b' }]))).toBe(
      'Secret BIN contains a NUL byte, which a dotenv file cannot carry. | Remove the NUL from the value in seekrit, or use format json.',
    );
    expect(message(() => formatSecrets('shell', [{ name: 'BIN', value: '\0' }]))).toMatch(
      /^Secret BIN contains a NUL byte, which a shell file cannot carry\./,
    );
  });

  it('writes a value ending in a backslash bare only when it is one plain line', () => {
    expect(quoteDotenv('C:\\dir\\', 'X')).toBe('C:\\dir\\');
    expect(quoteDotenv('a b\\', 'X')).toBe('a b\\');
    expect(quoteDotenv('\\', 'X')).toBe('\\');
    expect(message(() => quoteDotenv(' a\\', 'X'))).toBe(
      'Secret X ends with a backslash and spans lines or holds # or outer spaces, which dotenv cannot carry exactly. | Use format shell or json for this secret.',
    );
    for (const bad of [' a\\', "'a\\", '"a\\', '`a\\', '#a\\', 'a#b\\', 'a\nb\\', 'a\rb\\'])
      expect(
        message(() => quoteDotenv(bad, 'X')),
        JSON.stringify(bad),
      ).toMatch(/^Secret X ends with a backslash/);
  });
});

describe('destination checks, exactly', () => {
  const d = (name: string, value: string) => ({ name, from: name, value, source: 's' });
  const to = envDestinations('linux', { env: false });
  it('outputs refuse NUL (not the files) and own output names; env says where', () => {
    expect(message(() => checkDelivery([d('B', 'a\0')], { ...to, outputs: { own: [] } }))).toBe(
      'Secret B contains a NUL byte, which a step output cannot carry. | Deliver it as a file with files: B, or remove the NUL in seekrit.',
    );
    expect(message(() => checkDelivery([d('count', 'x')], { ...to, outputs: { own: ['count'] } }))).toMatch(/own output "count"/);
    expect(message(() => checkDelivery([d('B', 'a\0')], { ...to, env: true }))).toMatch(/which an environment variable cannot carry/);
    expect(message(() => checkDelivery([d('B', 'a\0')], to))).toBe('accepted');
    expect(message(() => checkDelivery([d('PATH', 'x')], { ...to, env: true, githubEnv: true }))).toMatch(/reserved name/);
    expect(
      message(() => checkDelivery([d('NODE_OPTIONS', 'x')], { ...to, env: true, githubEnv: true, allowed: ['NODE_OPTIONS'] })),
    ).toMatch(/refuses NODE_OPTIONS/);
    expect(message(() => checkDelivery([d('A', 'x')], { ...to, files: new Set(['B']) }))).toBe(
      'files names B, which is not delivered. | Use names as delivered (after ALIAS=NAME and prefix), check that secrets selects it, or write B? if it may be absent.',
    );
    expect(message(() => checkDelivery([d('BIG', 'x'.repeat(131_072))], { ...to, env: true }))).toBe(
      "Secret BIG takes 131077 bytes as an environment variable (with its name), more than Linux's MAX_ARG_STRLEN allows (131072): later processes could not be started with it. | Deliver it as a file with files: BIG, or leave it out of secrets.",
    );
  });
});
