/** What a call reports when it fails: `message | hint` (`CODE: message | hint` with code), or 'accepted' when it does not throw. */
export function failureText(fn: () => unknown, options: { code?: boolean } = {}): string {
  try {
    fn();
  } catch (error) {
    const code = options.code ? `${(error as { code?: string }).code}: ` : '';
    return `${code}${(error as Error).message} | ${(error as { hint?: string }).hint}`;
  }
  return 'accepted';
}

/** The error a promise rejects with; fails the test if it resolves. */
export async function rejection<E = import('../../src/core/common/errors.js').SeekritError>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error('expected a failure');
}
