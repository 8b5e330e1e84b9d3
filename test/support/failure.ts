/** What a call reports when it fails: `message | hint`, or 'accepted' when it does not throw. */
export function failureText(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return `${(error as Error).message} | ${(error as { hint?: string }).hint}`;
  }
  return 'accepted';
}
