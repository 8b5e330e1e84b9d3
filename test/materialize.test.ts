/** Decrypt, merge and expand, straight from a sealed response: precedence, order, and the interpolate switch. */
import { describe, expect, it } from 'vitest';
import { materialize } from '../src/core/environment/materialize.js';
import { parseToken } from '../src/core/keys/token.js';
import { validateResolveResponse } from '../src/core/wire/response.js';
import { SeekritEmulator } from './support/emulator.js';

async function sealed(secrets: Record<string, string>, group?: Record<string, string>) {
  const emulator = new SeekritEmulator();
  emulator.setEnvironment('web', 'production', secrets);
  if (group) emulator.setGroupEnvironment('shared', 'production', group).compose('web', 'shared');
  const raw = await emulator.mintToken('web', 'production');
  return { response: validateResolveResponse(emulator.resolveBody(raw)), key: parseToken(raw).privateKey };
}

describe('materialize', () => {
  it('returns secrets sorted by name, the app environment winning over its groups', async () => {
    const { response, key } = await sealed({ ZETA: 'z', ALPHA: 'a', MID: 'app' }, { MID: 'group', BETA: 'b' });
    const result = materialize(response, key);
    expect([...result.secrets.keys()]).toStrictEqual(['ALPHA', 'BETA', 'MID', 'ZETA']);
    expect(result.secrets.get('MID')).toStrictEqual({ name: 'MID', value: 'app', source: 'app web/production' });
    expect(result.secrets.get('BETA')?.source).toBe('group shared/production');
    expect(result.scope.appSlug).toBe('web');
  });

  it('without any reference: nothing unresolved, no references', async () => {
    const { response, key } = await sealed({ A: 'plain', B: 'also $HOME and {braces}' });
    const result = materialize(response, key);
    expect(result.unresolved).toStrictEqual([]);
    expect(result.references.size).toBe(0);
    expect(result.unresolvedIn.size).toBe(0);
  });

  it('expands references by default and when asked, and leaves them literal when not', async () => {
    const { response, key } = await sealed({ HOST: 'db.internal', URL: 'postgres://${HOST}/app ${MISSING}' });
    for (const options of [undefined, {}, { interpolate: true }]) {
      const result = materialize(response, key, options);
      expect(result.secrets.get('URL')?.value).toBe('postgres://db.internal/app ${MISSING}');
      expect(result.unresolved).toStrictEqual(['MISSING']);
      expect([...(result.references.get('URL') ?? [])]).toStrictEqual(['HOST']);
      expect([...(result.unresolvedIn.get('MISSING') ?? [])]).toStrictEqual(['URL']);
    }
    const literal = materialize(response, key, { interpolate: false });
    expect(literal.secrets.get('URL')?.value).toBe('postgres://${HOST}/app ${MISSING}');
    expect(literal.unresolved).toStrictEqual([]);
    expect(literal.references.size).toBe(0);
  });
});
