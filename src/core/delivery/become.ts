/**
 * Becoming the command: with process.execve (Node.js 22.15, 23.11 and later; not on Windows) a
 * process that held the token replaces itself with the command, same PID and parent, under exactly
 * the environment the command should have, so no process of the product stays alive holding it.
 * This is the one place that asks whether the platform can.
 */
export type Execve = (file: string, args: string[], env: Record<string, string>) => never;

/** process.execve where this platform and Node.js have it, else undefined. */
export function execveOf(proc: NodeJS.Process = process): Execve | undefined {
  const execve = (proc as unknown as { execve?: Execve }).execve;
  return proc.platform !== 'win32' && typeof execve === 'function' ? execve.bind(proc) : undefined;
}

/**
 * Resolves once everything written to the streams has been handed to the system (macOS pipes are
 * asynchronous): a write's callback runs once it and every write before it are out, also when the
 * stream can no longer be written.
 */
export function flushed(streams: readonly NodeJS.WritableStream[] = [process.stdout, process.stderr]): Promise<void> {
  return Promise.all(streams.map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve())))).then(() => undefined);
}

/** Replaces this process with `file` once everything it printed is out (a log line or mask must not be lost). */
export async function become(execve: Execve, file: string, args: string[], env: Record<string, string>): Promise<never> {
  await flushed();
  return execve(file, args, env);
}
