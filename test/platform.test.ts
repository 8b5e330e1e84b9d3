/**
 * The platform seam (src/core/platform): each decision that differs by OS, on all three OSes,
 * with the OS passed in. These machines run Linux; the Windows and macOS paths run here by name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { withoutToken } from '../src/cli/handoff.js';
import { commandEnvironment } from '../src/core/delivery/command-environment.js';
import { checkDelivery, type Destinations } from '../src/core/delivery/destinations.js';
import { batchCommandLine, exitStatusOf, findProgram, signalsWhileRunning, startCommand } from '../src/core/platform/command.js';
import { ENVIRONMENT_LIMITS, variableKey, variableOf } from '../src/core/platform/environment.js';
import { perSecretFileName } from '../src/core/platform/file-names.js';
import { currentOs, type Os } from '../src/core/platform/os.js';
import { checkUserPath } from '../src/core/platform/paths.js';
import { describeStuck, RETRY_BUDGET_MS, retryFileOperation } from '../src/core/platform/retry.js';
import { reservedCategory } from '../src/core/policy/reserved.js';
import { envDestinations } from './support/destinations.js';
import { failureText } from './support/failure.js';

const message = (fn: () => unknown): string => failureText(fn);
const errno = (code: string) => Object.assign(new Error(code), { code });

describe('which rules apply', () => {
  it('Windows and macOS by name, every other system as Linux', () => {
    expect(currentOs('win32')).toBe('win32');
    expect(currentOs('darwin')).toBe('darwin');
    for (const other of ['linux', 'freebsd', 'openbsd', 'sunos', 'aix'] as const) expect(currentOs(other)).toBe('linux');
  });
});

describe('the environment case rule', () => {
  it('Windows names one variable in any case; POSIX keeps them apart', () => {
    expect(variableKey('Path', 'win32')).toBe(variableKey('PATH', 'win32'));
    expect(variableKey('Path', 'linux')).not.toBe(variableKey('PATH', 'linux'));
    expect(variableKey('Path', 'darwin')).not.toBe(variableKey('PATH', 'darwin'));
    expect(variableOf({ Path: 'C:\\bin' }, 'PATH', 'win32')).toBe('C:\\bin');
    expect(variableOf({ Path: '/bin' }, 'PATH', 'linux')).toBeUndefined();
  });

  it('on Windows the token leaves the command in any spelling (seekrit_token is SEEKRIT_TOKEN there)', () => {
    const base = { seekrit_token: 'skt_other_value', Seekrit_Token: 'x', PATH: '/bin' };
    expect(commandEnvironment(base, [], /^SEEKRIT_TOKEN$/, 'win32')).toStrictEqual({ PATH: '/bin' });
    expect(commandEnvironment(base, [], /^SEEKRIT_TOKEN$/, 'linux')).toStrictEqual(base);
    const token = 'skt_abc123_KeySegmentOfTheToken';
    expect(withoutToken({ seekrit_token: 'unrelated', PATH: '/bin' }, token, 'win32')).toStrictEqual({ PATH: '/bin' });
    expect(withoutToken({ seekrit_token: 'unrelated', PATH: '/bin' }, token, 'linux')).toStrictEqual({
      seekrit_token: 'unrelated',
      PATH: '/bin',
    });
  });

  it('on Windows a delivered name replaces a variable spelled otherwise, and says so; never a silent drop', () => {
    const heard: string[] = [];
    const env = commandEnvironment({ API_KEY: 'old', PATH: '/bin' }, [{ name: 'Api_Key', value: 'new' }], /^$/, 'win32', (name, existing) =>
      heard.push(`${name}>${existing}`),
    );
    expect(env).toStrictEqual({ PATH: '/bin', Api_Key: 'new' });
    expect(heard).toStrictEqual(['Api_Key>API_KEY']);
    // The same spelling is an ordinary overwrite, on every OS; POSIX keeps both spellings.
    expect(commandEnvironment({ API_KEY: 'old' }, [{ name: 'API_KEY', value: 'new' }], /^$/, 'win32', () => heard.push('x'))).toStrictEqual(
      {
        API_KEY: 'new',
      },
    );
    expect(heard).toHaveLength(1);
    expect(commandEnvironment({ API_KEY: 'old' }, [{ name: 'Api_Key', value: 'new' }], /^$/, 'linux')).toStrictEqual({
      API_KEY: 'old',
      Api_Key: 'new',
    });
  });
});

describe('environment size limits, per OS', () => {
  const d = (name: string, value: string) => ({ name, from: name, value, source: 'app a/b' });
  const to = (os: Os, extra: Partial<Destinations> = {}) => envDestinations(os, extra);

  it('Windows: one variable of at most 32,767 characters with its name, counted in UTF-16 units', () => {
    // NAME=value and its terminator: 4 + 1 + 32,761 + 1 = 32,767.
    expect(message(() => checkDelivery([d('CERT', 'x'.repeat(32_761))], to('win32')))).toBe('accepted');
    expect(message(() => checkDelivery([d('CERT', '€'.repeat(32_761))], to('win32')))).toBe('accepted');
    expect(message(() => checkDelivery([d('CERT', 'x'.repeat(32_762))], to('win32')))).toBe(
      "Secret CERT takes 32768 characters as an environment variable (with its name), more than Windows' limit for one variable allows (32767): later processes could not be started with it. | Deliver it as a file with files: CERT, or leave it out of secrets.",
    );
    expect(message(() => checkDelivery([d('CERT', 'x'.repeat(32_762))], to('win32', { files: new Set(['CERT']) })))).toBe('accepted');
    // Linux takes it: its limit is 128 KiB.
    expect(message(() => checkDelivery([d('CERT', 'x'.repeat(32_762))], to('linux')))).toBe('accepted');
  });

  it('macOS: no limit per variable, but 1 MiB for the whole environment and a command line', () => {
    expect(message(() => checkDelivery([d('BIG', 'x'.repeat(200_000))], to('darwin')))).toBe('accepted');
    const many = Array.from({ length: 10 }, (_, i) => d(`PART_${i}`, 'x'.repeat(95_000 + i)));
    const text = message(() => checkDelivery(many, to('darwin')));
    expect(text).toMatch(
      /^The 10 secrets bound for the environment take \d+ bytes; with the job's own 0 bytes that passes macOS's ARG_MAX \(1048576 bytes, less 131072 kept for command lines\)/,
    );
    expect(text).toContain('The largest: PART_9, PART_8, PART_7. | Deliver the largest as files with files: PART_9, PART_8, PART_7');
    // The same on Linux fits (2 MiB), and files take what the environment cannot.
    expect(message(() => checkDelivery(many, to('linux')))).toBe('accepted');
    expect(message(() => checkDelivery(many, to('darwin', { files: new Set(['PART_9', 'PART_8']) })))).toBe('accepted');
  });

  it("Linux: the job's own environment counts too, except variables the secrets replace", () => {
    const secrets = [d('A', 'x'.repeat(100_000))];
    const base = { JOB_STUFF: 'y'.repeat(1_900_000) };
    expect(message(() => checkDelivery(secrets, to('linux', { baseEnv: base })))).toMatch(
      /^The 1 secret bound for the environment takes 100011 bytes; with the job's own 1900019 bytes that passes Linux's ARG_MAX/,
    );
    expect(message(() => checkDelivery(secrets, to('linux', { baseEnv: { A: 'y'.repeat(1_900_000) } })))).toBe('accepted');
    // Windows has no limit for the whole block.
    expect(message(() => checkDelivery([d('A', 'x'.repeat(30_000))], to('win32', { baseEnv: base })))).toBe('accepted');
    expect(ENVIRONMENT_LIMITS.win32.total).toBeUndefined();
  });
});

describe('per-secret file names', () => {
  it('never a Windows device name, in any case, and never a name another secret can have', () => {
    for (const device of ['CON', 'con', 'Prn', 'AUX', 'NUL', 'COM0', 'COM1', 'com9', 'LPT1', 'lpt9'])
      expect(perSecretFileName(device)).toBe(`${device}-secret`);
    for (const plain of ['CONFIG', 'CON_', 'COM10', 'LPT', 'NULL', 'AUX_KEY', 'DATABASE_URL']) expect(perSecretFileName(plain)).toBe(plain);
    expect(perSecretFileName('CON')).not.toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });
});

describe('paths a user gives', () => {
  it('on Windows a path without a drive is refused with the path it would mean', () => {
    expect(message(() => checkUserPath('/tmp/app.env', 'Input file', 'win32', 'D:\\a\\repo\\repo'))).toBe(
      'Input file /tmp/app.env has no drive: on Windows it means D:\\tmp\\app.env, on the current drive. | Give the path with its drive (C:\\Temp\\app.env) or a relative path (.env).',
    );
    expect(message(() => checkUserPath('\\tmp\\app.env', '--output', 'win32', 'C:\\work'))).toMatch(/means C:\\tmp\\app\.env/);
    for (const fine of [
      'C:\\Temp\\app.env',
      'c:/temp/app.env',
      '\\\\server\\share\\app.env',
      '//server/share/app.env',
      '.env',
      'config\\app.env',
    ])
      expect(message(() => checkUserPath(fine, 'Input file', 'win32', 'D:\\a'))).toBe('accepted');
    for (const os of ['linux', 'darwin'] as const) expect(message(() => checkUserPath('/tmp/app.env', 'Input file', os))).toBe('accepted');
  });
});

describe('file operations Windows holds up', () => {
  it('on Windows EBUSY, EPERM and EACCES are tried again with a growing pause, within a budget', () => {
    const slept: number[] = [];
    let attempts = 0;
    const value = retryFileOperation(
      () => {
        attempts++;
        if (attempts < 4) throw errno(['EBUSY', 'EPERM', 'EACCES'][attempts - 1] as string);
        return 'done';
      },
      'win32',
      { sleep: (ms) => slept.push(ms) },
    );
    expect(value).toBe('done');
    expect(slept).toStrictEqual([25, 50, 100]);
  });

  it('gives up when the budget is spent, with the last error; a read-only file is made writable between tries', () => {
    const slept: number[] = [];
    const cleared: string[] = [];
    expect(() =>
      retryFileOperation(
        () => {
          throw errno('EBUSY');
        },
        'win32',
        { sleep: (ms) => slept.push(ms), beforeRetry: (error) => cleared.push(error.code ?? '') },
      ),
    ).toThrow('EBUSY');
    expect(slept.reduce((a, b) => a + b, 0)).toBe(RETRY_BUDGET_MS);
    expect(Math.max(...slept)).toBeLessThanOrEqual(RETRY_BUDGET_MS / 2);
    expect(cleared.length).toBe(slept.length);
  });

  it('once on POSIX, and once for codes that do not pass (ENOENT, EISDIR) on Windows', () => {
    for (const [os, code] of [
      ['linux', 'EBUSY'],
      ['darwin', 'EPERM'],
      ['win32', 'ENOENT'],
      ['win32', 'EISDIR'],
    ] as const) {
      let attempts = 0;
      expect(() =>
        retryFileOperation(
          () => {
            attempts++;
            throw errno(code);
          },
          os,
          { sleep: () => undefined },
        ),
      ).toThrow(code);
      expect(attempts, `${os} ${code}`).toBe(1);
    }
  });

  it('says what held the file up', () => {
    expect(describeStuck('EBUSY', 'win32')).toBe(
      'EBUSY: another program still had it open after 5 s (often an antivirus scan, or a process the job left running), or it is read-only',
    );
    expect(describeStuck('EACCES', 'linux')).toBe('EACCES');
    expect(describeStuck(undefined, 'linux')).toBe('error');
  });
});

describe('finding and starting a command', () => {
  const files = (...paths: string[]) => {
    const set = new Set(paths.map((p) => p.toLowerCase()));
    return (path: string) => set.has(path.toLowerCase());
  };
  const winEnv = {
    Path: 'C:\\Windows\\System32;relative;;C:\\Program Files\\nodejs',
    PATHEXT: '.COM;.EXE;.BAT;.CMD',
    SystemRoot: 'C:\\Windows',
  };

  it('Windows: PATH with each PATHEXT extension, in PATH order, never the current folder or a relative entry', () => {
    const isProgram = files('C:\\Program Files\\nodejs\\npm.cmd', 'C:\\Program Files\\nodejs\\node.exe', 'relative\\evil.exe');
    expect(findProgram('npm', winEnv, 'win32', isProgram)).toBe('C:\\Program Files\\nodejs\\npm.cmd');
    expect(findProgram('npm.cmd', winEnv, 'win32', isProgram)).toBe('C:\\Program Files\\nodejs\\npm.cmd');
    expect(findProgram('NODE', winEnv, 'win32', isProgram)).toBe('C:\\Program Files\\nodejs\\NODE.exe');
    expect(findProgram('evil', winEnv, 'win32', isProgram)).toBeUndefined();
    expect(findProgram('C:\\Program Files\\nodejs\\npm', winEnv, 'win32', isProgram)).toBe('C:\\Program Files\\nodejs\\npm.cmd');
    // Without PATHEXT, Windows' own default list.
    expect(findProgram('npm', { PATH: 'C:\\Program Files\\nodejs' }, 'win32', isProgram)).toBe('C:\\Program Files\\nodejs\\npm.cmd');
  });

  it('Windows: an .exe starts directly, a .cmd or .bat through cmd.exe from the system folder; POSIX as given', () => {
    const isProgram = files('C:\\Program Files\\nodejs\\npm.cmd', 'C:\\Program Files\\nodejs\\node.exe');
    expect(startCommand('node', ['-v'], winEnv, 'win32', isProgram)).toStrictEqual({
      file: 'C:\\Program Files\\nodejs\\node.exe',
      args: ['-v'],
    });
    expect(startCommand('npm', ['test'], winEnv, 'win32', isProgram)).toStrictEqual({
      file: 'C:\\Windows\\System32\\cmd.exe',
      args: ['/d', '/v:off', '/s', '/c', '""C:\\Program Files\\nodejs\\npm.cmd" ^"test^""'],
      windowsVerbatimArguments: true,
    });
    expect(startCommand('missing', ['x'], winEnv, 'win32', isProgram)).toStrictEqual({ file: 'missing', args: ['x'] });
    for (const os of ['linux', 'darwin'] as const)
      expect(startCommand('npm', ['test', 'a&b'], { PATH: '/usr/bin' }, os, () => true)).toStrictEqual({
        file: 'npm',
        args: ['test', 'a&b'],
      });
  });

  it('a batch command line: every argument quoted, every cmd.exe special character escaped, quotes and line breaks refused', () => {
    expect(batchCommandLine('C:\\n\\npm.cmd', ['run', 'a b', 'x&calc', '%PATH%', '100%', '(1)|<2>', '!x!', 'C:\\dir\\', '^', ''])).toBe(
      '"C:\\n\\npm.cmd" ^"run^" ^"a b^" ^"x^&calc^" ^"^%PATH^%^" ^"100^%^" ^"^(1^)^|^<2^>^" ^"^!x^!^" ^"C:\\dir\\\\^" ^"^^^" ^"^"',
    );
    expect(message(() => batchCommandLine('C:\\n\\npm.cmd', ['ok', 'say "hi"']))).toMatch(
      /^Argument 2 of npm\.cmd holds a double quote or a line break/,
    );
    expect(message(() => batchCommandLine('C:\\n\\npm.cmd', ['a\nb']))).toMatch(/line break/);
    expect(message(() => batchCommandLine('C:\\100%\\npm.cmd', []))).toMatch(/its path holds %, ! or a quote/);
  });

  it('no argument can end up as cmd.exe syntax (a model of its reading: ^ escapes, " toggles quoting)', () => {
    const specials = ['&', '|', '<', '>', '(', ')', '%', '!', '^', ' ', ',', ';', '=', '\\', 'a', 'Z', '0', '\t'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let run = 0; run < 500; run++) {
      const args = Array.from({ length: 1 + (random() % 4) }, () =>
        Array.from({ length: random() % 12 }, () => specials[random() % specials.length]).join(''),
      );
      const line = batchCommandLine('C:\\n\\tool.cmd', args);
      // What cmd.exe's first reading leaves, and whether any special character stood unescaped outside quotes.
      let out = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i] as string;
        if (c === '^' && !quoted) {
          out += line[++i] ?? '';
          continue;
        }
        if (c === '"') quoted = !quoted;
        else if (!quoted) expect('&|<>()%!'.includes(c), `${JSON.stringify(args)}: ${c} unescaped`).toBe(false);
        out += c;
      }
      expect(quoted).toBe(false);
      // The batch file receives each argument in quotes, with nothing inside that ends them.
      expect(out).toBe(['"C:\\n\\tool.cmd"', ...args.map((a) => `"${a.replace(/(\\+)$/, '$1$1')}"`)].join(' '));
    }
  });

  it('signals: passed on under POSIX; on Windows Ctrl+C reaches the command itself, so it is waited through', () => {
    expect(signalsWhileRunning('linux')).toStrictEqual({ forward: ['SIGINT', 'SIGTERM', 'SIGHUP'], waitThrough: [] });
    expect(signalsWhileRunning('darwin')).toStrictEqual(signalsWhileRunning('linux'));
    expect(signalsWhileRunning('win32')).toStrictEqual({ forward: ['SIGHUP'], waitThrough: ['SIGINT', 'SIGBREAK'] });
    const signals = osConstants.signals as unknown as Record<string, number>;
    expect(exitStatusOf(3, null, 'win32', signals)).toStrictEqual({ code: 3 });
    expect(exitStatusOf(null, 'SIGTERM', 'linux', signals)).toStrictEqual({ code: 143, signal: 'SIGTERM' });
    expect(exitStatusOf(null, 'SIGTERM', 'win32', signals)).toStrictEqual({ code: 1, signal: 'SIGTERM' });
  });
});

describe("Windows' own control variables are reserved on every OS", () => {
  it.each([
    'ComSpec',
    'PATHEXT',
    'PSModulePath',
    'PSExecutionPolicyPreference',
    'SystemRoot',
    'windir',
    'APPDATA',
    'LOCALAPPDATA',
    'USERPROFILE',
    'ProgramFiles',
    'MSYS',
    'MSYSTEM',
    'MSYS2_PATH_TYPE',
    'MSYS2_ARG_CONV_EXCL',
    'MSYS_NO_PATHCONV',
    'CYGWIN',
    'WSLENV',
    'CL',
    '_CL_',
    'LINK',
    'INCLUDE',
    '__COMPAT_LAYER',
  ])('%s', (name) => {
    expect(reservedCategory(name), name).toBeDefined();
  });

  it('while ordinary names pass', () => {
    for (const name of [
      'USERNAME',
      'DATABASE_URL',
      'CLIENT_ID',
      'LINKEDIN_TOKEN',
      'PUBLIC_KEY',
      'LIBRARY_KEY',
      'INCLUDE_BETA',
      'SYSTEM_NAME',
      'APP_DATA',
    ])
      expect(reservedCategory(name), name).toBeUndefined();
  });
});

describe('the action on Windows', () => {
  it('run without bash on PATH names Git for Windows (not "unexpected error")', async () => {
    const { runWithSecrets } = await import('../src/github/run.js');
    const none = () => false;
    await expect(
      runWithSecrets('true', [], { Path: 'C:\\Windows\\System32' }, { execve: undefined, os: 'win32', isProgram: none }),
    ).rejects.toMatchObject({
      message: 'run needs bash, and there is none on PATH.',
      hint: expect.stringMatching(/^On Windows, install Git for Windows/),
    });
    await expect(
      runWithSecrets('true', [], { PATH: '/nowhere' }, { execve: undefined, os: 'linux', isProgram: none }),
    ).rejects.toMatchObject({
      hint: expect.stringMatching(/^Install bash in the job image/),
    });
  });

  it('file: a POSIX path is refused before any request; extensions choose the format in any case', async () => {
    const { readInputs } = await import('../src/github/inputs.js');
    const env = {
      INPUT_TOKEN: 'skt_abc_def',
      INPUT_FILE: '/tmp/app.env',
      GITHUB_WORKSPACE: 'D:\\a\\repo\\repo',
      INPUT_FORMAT: '',
      'INPUT_EXPORT-ENV': 'false',
    };
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    try {
      expect(message(() => readInputs(env, 'win32'))).toMatch(
        /^Input file \/tmp\/app\.env has no drive: on Windows it means D:\\tmp\\app\.env/,
      );
      expect(message(() => readInputs(env, 'linux'))).toBe('accepted');
      for (const [file, format] of [
        ['/tmp/APP.JSON', 'json'],
        ['/tmp/env.SH', 'shell'],
        ['/tmp/env.Bash', 'shell'],
        ['/tmp/.env', 'dotenv'],
      ]) {
        vi.stubEnv('INPUT_FILE', file);
        expect(readInputs({ ...env, INPUT_FILE: file as string }, 'linux').format, file).toBe(format);
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('the tests CI runs on every OS', () => {
  it('test/portable.json names test files that exist, this one among them', () => {
    const { files } = JSON.parse(readFileSync(new URL('portable.json', import.meta.url), 'utf8')) as { files: string[] };
    for (const file of files) expect(existsSync(new URL(`../${file}`, import.meta.url)), file).toBe(true);
    expect(files).toContain('test/platform.test.ts');
    expect([...files].sort()).toStrictEqual(files);
  });
});

describe('seekrit-ci run on Windows', () => {
  it('drops the token from its own environment before the command starts, in any spelling and by value', async () => {
    const { dropFromOwnEnvironment } = await import('../src/cli/run.js');
    const token = 'skt_abc123_KeySegmentOfTheToken';
    const env: NodeJS.ProcessEnv = { seekrit_token: token, COPY: `x${token}`, KEY_ONLY: 'KeySegmentOfTheToken', PATH: 'C:\\bin' };
    dropFromOwnEnvironment(token, env);
    expect(env).toStrictEqual({ PATH: 'C:\\bin' });
  });
});

describe('the platform seam at its edges', () => {
  it('PATHEXT entries are trimmed, lower-cased and only extensions; a drive or a backslash makes a name a path', () => {
    const seen: string[] = [];
    const isProgram = (path: string) => {
      seen.push(path);
      return false;
    };
    findProgram('tool', { PATH: 'C:\\bin', PATHEXT: ' .EXE ; .Cmd;bad;.;.x.y;' }, 'win32', isProgram);
    expect(seen).toStrictEqual(['C:\\bin\\tool.exe', 'C:\\bin\\tool.cmd']);
    expect(findProgram('C:npm', { PATH: 'C:\\bin' }, 'win32', (p) => p === 'C:npm.cmd')).toBe('C:npm.cmd');
    expect(findProgram('tools\\npm', { PATH: 'C:\\bin' }, 'win32', (p) => p === 'tools\\npm.cmd')).toBe('tools\\npm.cmd');
    // On POSIX a backslash is an ordinary character of a name, looked up on PATH.
    expect(findProgram('dir\\tool', { PATH: '/bin' }, 'linux', (p) => p === '/bin/dir\\tool')).toBe('/bin/dir\\tool');
    expect(findProgram('x:tool', { PATH: '/bin' }, 'linux', (p) => p === '/bin/x:tool')).toBe('/bin/x:tool');
  });

  it('cmd.exe and icacls come from SystemRoot, in any spelling; .cmd only as the extension', () => {
    const env = { SYSTEMROOT: 'E:\\Win', PATH: 'C:\\t' };
    expect(startCommand('a', [], env, 'win32', (p) => p === 'C:\\t\\a.cmd').file).toBe('E:\\Win\\System32\\cmd.exe');
    expect(startCommand('a.cmd.exe', [], env, 'win32', (p) => p === 'C:\\t\\a.cmd.exe')).toStrictEqual({
      file: 'C:\\t\\a.cmd.exe',
      args: [],
    });
    expect(startCommand('B', [], env, 'win32', (p) => p.toLowerCase() === 'c:\\t\\b.bat').file).toBe('E:\\Win\\System32\\cmd.exe');
  });

  it('a batch line doubles every trailing backslash, and its refusals say what to do', () => {
    expect(batchCommandLine('C:\\n\\a.cmd', ['C:\\d\\\\'])).toBe('"C:\\n\\a.cmd" ^"C:\\d\\\\\\\\^"');
    expect(message(() => batchCommandLine('C:\\n\\npm.cmd', ['"']))).toMatch(
      /\| Run the program behind it directly \(for npm: node with npm-cli\.js\), or pass the value in a file or a variable\.$/,
    );
    expect(message(() => batchCommandLine('C:\\a!b\\npm.cmd', []))).toMatch(/\| Move it, or run the program it starts directly\.$/);
  });

  it('device names only whole; ENOTEMPTY is transient on Windows; other codes are named as they are', () => {
    expect(perSecretFileName('XCON')).toBe('XCON');
    expect(perSecretFileName('MY_NUL')).toBe('MY_NUL');
    let attempts = 0;
    retryFileOperation(
      () => {
        if (++attempts === 1) throw errno('ENOTEMPTY');
      },
      'win32',
      { sleep: () => undefined },
    );
    expect(attempts).toBe(2);
    expect(describeStuck('ENOENT', 'win32')).toBe('ENOENT');
  });

  it('the environment budget: exactly at the limit passes, one byte over does not', () => {
    const d = (name: string, value: string) => ({ name, from: name, value, source: 'app a/b' });
    const to = envDestinations('darwin');
    // One entry: A=value, its NUL and an 8-byte pointer.
    const budget = 1_048_576 - 131_072;
    const exact = d('A', 'x'.repeat(budget - 'A'.length - 2 - 8));
    expect(message(() => checkDelivery([exact], to))).toBe('accepted');
    expect(message(() => checkDelivery([d('A', `${exact.value}x`)], to))).toMatch(/or select fewer with secrets\.$/);
  });

  it('icacls from SystemRoot in any spelling', async () => {
    const { icaclsPath } = await import('../src/core/platform/private-files.js');
    expect(icaclsPath({ SYSTEMROOT: 'E:\\Win' })).toBe('E:\\Win\\System32\\icacls.exe');
  });
});
