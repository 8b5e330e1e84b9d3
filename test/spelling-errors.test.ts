/** How the shells spell settings in messages, and how every failure reads as one log line. */
import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { describeError, SeekritError } from '../src/core/common/errors.js';
import { ACTION_SPELLING, CLI_SPELLING } from '../src/core/common/spelling.js';
import { VERSION } from '../src/core/common/version.js';

describe('spelling', () => {
  it('the action names inputs, the CLI names flags', () => {
    expect(ACTION_SPELLING.input('allow-reserved-names')).toBe('allow-reserved-names');
    expect(ACTION_SPELLING.example('files', 'TLS_KEY')).toBe('files: TLS_KEY');
    expect(CLI_SPELLING.input('allow-reserved-names')).toBe('--allow-reserved-names');
    expect(CLI_SPELLING.example('files', 'TLS_KEY')).toBe('--files TLS_KEY');
  });
});

describe('errors', () => {
  it('a SeekritError is code, message and hint, on one line', () => {
    const error = new SeekritError('INVALID_INPUT', 'secrets is empty.', 'List at least one name.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SeekritError');
    expect(String(error)).toBe('SeekritError: secrets is empty.');
    expect(error.describe()).toBe('INVALID_INPUT: secrets is empty. List at least one name.');
    expect(new SeekritError('TIMEOUT', 'too slow.', '').describe()).toBe('TIMEOUT: too slow.');
  });

  it('anything else thrown is described without a stack', () => {
    expect(describeError(new SeekritError('TIMEOUT', 'too slow.', 'Wait.'))).toBe('TIMEOUT: too slow. Wait.');
    expect(describeError(new TypeError('bad type'))).toBe('bad type');
    expect(describeError('a string')).toBe('a string');
    expect(describeError(undefined)).toBe('undefined');
  });
});

describe('version', () => {
  it('is the package version', () => {
    expect(VERSION).toBe(packageJson.version);
  });
});
