// Tells a failure of the database itself (disk full, connection lost, read-only file) from a
// problem with one document: the first stops an ingest run, the second skips one document.
const SQLITE_FATAL = /^SQLITE_(FULL|IOERR|READONLY|CORRUPT|NOTADB|CANTOPEN|PERM|NOMEM|BUSY|LOCKED)/;
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);

export function isStorageFailure(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const code = String((err as { code?: unknown }).code ?? '');
  if (SQLITE_FATAL.test(code) || NETWORK.has(code)) return true;
  // PostgreSQL SQLSTATE classes: 08 connection exception, 53 insufficient resources,
  // 57 operator intervention (server shutting down), 58 system error.
  if (/^(08|53|57|58)[0-9A-Z]{3}$/.test(code)) return true;
  const message = err instanceof Error ? err.message : '';
  return /Connection terminated|connection is closed|Client has encountered a connection error/i.test(message);
}
