import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's python3, where python3-dotenv installs (the pyenv python on PATH does not have it). */
export const PYTHON = '/usr/bin/python3';

/** Whether python-dotenv can be imported (.ci/run installs python3-dotenv). */
export function hasPythonDotenv(): boolean {
  if (!existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ['-c', 'import dotenv'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Reads a dotenv file with python-dotenv, interpolation off. */
export function readWithPythonDotenv(file: string): Record<string, string> {
  const out = execFileSync(
    PYTHON,
    ['-c', 'import json,sys; from dotenv import dotenv_values; print(json.dumps(dotenv_values(sys.argv[1], interpolate=False)))', file],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(out.toString('utf8'));
}
