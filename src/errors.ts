// The one error family of Dossier: every expected failure carries a stable code, mapped to
// an HTTP status and a CLI exit code here and nowhere else.

export const ERROR_CODES = {
  invalid_input: { status: 400, exit: 2 },
  unsupported_language: { status: 422, exit: 2 },
  too_large: { status: 413, exit: 2 },
  not_found: { status: 404, exit: 3 },
  conflict: { status: 409, exit: 4 },
  unauthorized: { status: 401, exit: 5 },
  forbidden: { status: 403, exit: 5 },
  unsupported_media_type: { status: 415, exit: 2 },
  storage: { status: 500, exit: 6 },
  internal: { status: 500, exit: 1 },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DossierError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DossierError';
    this.code = code;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exit;
  }
}

/** Any thrown value as a DossierError; unknown failures become `internal`. */
export function asDossierError(err: unknown): DossierError {
  if (err instanceof DossierError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new DossierError('internal', message, { cause: err });
}

/** One line, no stack: what a user sees. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
