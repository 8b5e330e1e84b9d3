import { defineConfig } from 'vitest/config';

/**
 * The tests `npm run mutate` runs against each mutant: those that exercise src/ directly. The
 * end-to-end tests run the bundled dist/, which a mutant of src/ never reaches (they would only
 * add time), so they are left out here and run in `npm test`.
 */
export default defineConfig({
  test: {
    include: [
      'test/api.test.ts',
      'test/api-boundaries.test.ts',
      'test/api-messages.test.ts',
      'test/base64url.test.ts',
      'test/crypto.test.ts',
      'test/crypto-exact.test.ts',
      'test/der.test.ts',
      'test/files.test.ts',
      'test/formats.test.ts',
      'test/formats-exact.test.ts',
      'test/guards.test.ts',
      'test/http.test.ts',
      'test/interpolate.test.ts',
      'test/materialize.test.ts',
      'test/names-exact.test.ts',
      'test/plan.test.ts',
      'test/properties.test.ts',
      'test/redact.test.ts',
      'test/reserved.test.ts',
      'test/response.test.ts',
      'test/select.test.ts',
      'test/select-exact.test.ts',
      'test/spelling-errors.test.ts',
      'test/targets.test.ts',
      'test/token.test.ts',
      'test/untrusted.test.ts',
      'test/untrusted-exact.test.ts',
      'test/vectors.test.ts',
    ],
    testTimeout: 30_000,
  },
});
