/**
 * Every failure the product reports is a SeekritError: a stable code, a message that says what
 * went wrong, and a hint that says what to do. Messages are built from names, ids and sizes only,
 * never from a secret value, the token or its key segment.
 */
export type ErrorCode =
  | 'MALFORMED_TOKEN'
  | 'MALFORMED_BLOB'
  | 'UNSUPPORTED_VERSION'
  | 'DECRYPT_FAILED'
  | 'INVALID_INPUT'
  | 'INSECURE_URL'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'REDIRECT_REFUSED'
  | 'HTTP_ERROR'
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'RESPONSE_TOO_LARGE'
  | 'INVALID_RESPONSE'
  | 'SCOPE_MISMATCH'
  | 'INTERPOLATION_CYCLE'
  | 'VALUE_TOO_LARGE'
  | 'SECRET_NOT_FOUND'
  | 'UNSAFE_NAME'
  | 'UNSUPPORTED_VALUE'
  | 'OUTPUT_FAILED';

export class SeekritError extends Error {
  readonly code: ErrorCode;
  readonly hint: string;

  constructor(code: ErrorCode, message: string, hint: string) {
    super(message);
    this.name = 'SeekritError';
    this.code = code;
    this.hint = hint;
  }

  /** One line for logs: `CODE: message. hint` */
  describe(): string {
    return `${this.code}: ${this.message}${this.hint ? ` ${this.hint}` : ''}`;
  }
}

/** Formats any thrown thing for a log line without ever including a stack or foreign detail. */
export function describeError(error: unknown): string {
  if (error instanceof SeekritError) return error.describe();
  if (error instanceof Error) return error.message;
  return String(error);
}
