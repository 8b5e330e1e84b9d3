/**
 * Per-secret files (and the GitLab job's private CLI folder) must not outlive the process they
 * were written for, however it ends: `exec` into another program, a replaced EXIT trap, SIGKILL
 * from the runner. A watcher in a session of its own (so a kill of the job's process group spares
 * it) removes the folders once that process is gone. It is /bin/sh with only PATH in its
 * environment: it never holds the token.
 */
import { type SpawnOptions, spawn } from 'node:child_process';

/** How often the watcher looks: the files outlive their process by at most about this. */
const POLL_SECONDS = 1;

/**
 * The watcher. A PID is reused once its process is reaped, so where /proc exists the process is
 * known by its start time (field 22 of /proc/PID/stat; the command name before it may hold
 * spaces and parentheses, so fields are counted after its last ")"). It also stops when the
 * first folder is gone (the job removed them itself).
 */
const WATCHER = `trap '' HUP INT TERM
p=$1
shift
started() { [ -r "/proc/$p/stat" ] || return 0; read -r s <"/proc/$p/stat" || return 0; s=\${s##*) }; set -- $s; shift 19; printf '%s' "$1"; }
t=$(started)
while [ -d "$1" ] && kill -0 "$p" 2>/dev/null && [ "$(started)" = "$t" ]; do sleep ${POLL_SECONDS}; done
rm -rf "$@"`;

export type Spawner = (
  command: string,
  args: string[],
  options: SpawnOptions,
) => { unref(): void; on(event: 'error', listener: () => void): unknown };

/**
 * Starts the watcher that removes `dirs` once process `pid` has ended. Returns false where there
 * is no POSIX shell to run it (Windows) or nothing to remove, so the caller's own cleanup is all
 * there is.
 */
export function removeWhenGone(
  pid: number,
  dirs: readonly string[],
  platform: NodeJS.Platform = process.platform,
  start: Spawner = spawn,
): boolean {
  if (platform === 'win32' || dirs.length === 0) return false;
  const watcher = start('/bin/sh', ['-c', WATCHER, 'seekrit-sweep', String(pid), ...dirs], {
    detached: true,
    stdio: 'ignore',
    env: { PATH: '/usr/bin:/bin' },
  });
  // A watcher that cannot start leaves the caller's cleanup (EXIT trap, finally) in place.
  watcher.on('error', () => undefined);
  watcher.unref();
  return true;
}
