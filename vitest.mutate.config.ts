import { defineConfig } from 'vitest/config';

/**
 * The tests `npm run mutate` runs against each mutant: every test except those that run the
 * bundled dist/ (or the GitLab shell scripts), which a mutant of src/ never reaches — they would
 * only add time. A new test file is included unless it is named here.
 */
export default defineConfig({
  test: {
    include: ['test/*.test.ts'],
    exclude: [
      'test/action-security.test.ts',
      'test/action.test.ts',
      'test/bundle.test.ts',
      'test/cli-export.test.ts',
      'test/cli-redact.test.ts',
      'test/cli-run.test.ts',
      'test/delivery.test.ts',
      'test/dist.test.ts',
      'test/docs.test.ts',
      'test/gitlab.test.ts',
      'test/gitlab-nodeless.test.ts',
      'test/job-bundle.test.ts',
      'test/job-shell.test.ts',
      'test/matrix.test.ts',
      'test/proxy.test.ts',
      'test/shape.test.ts',
      'test/workflows.test.ts',
    ],
    testTimeout: 30_000,
  },
});
