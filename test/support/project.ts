import { execFileSync } from 'node:child_process';

/**
 * Makes `dir` the git checkout gitlab-ci-local needs: one commit of everything in it and an
 * origin remote, from which it takes the project path (`group/project`) that component includes name.
 */
export function commitProject(dir: string, message: string, projectPath = 'seekrit/action'): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-qm', message);
  git('remote', 'add', 'origin', `https://gitlab.com/${projectPath}.git`);
}
