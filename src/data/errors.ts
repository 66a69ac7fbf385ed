// Recognising database errors without leaking Prisma's types outside the data layer.

function codeOf(error: unknown): string | undefined {
  return typeof error === "object" && error && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

/** A unique constraint refused the write: P2002 from the client, the adapter's own error from the driver lane. */
export function isUniqueViolation(error: unknown): boolean {
  return codeOf(error) === "P2002" || (error as { cause?: { kind?: unknown } } | undefined)?.cause?.kind === "UniqueConstraintViolation";
}

/** The code PostgreSQL gave an error that came through the driver lane (the adapter keeps it as `originalCode`). */
export function postgresCodeOf(error: unknown): string | undefined {
  const cause = (error as { cause?: { originalCode?: unknown } } | undefined)?.cause;
  return typeof cause?.originalCode === "string" ? cause.originalCode : undefined;
}

/** The row to update or delete was not there (P2025). */
export function isNotFound(error: unknown): boolean {
  return codeOf(error) === "P2025";
}

const STORAGE_MESSAGES = /SQLITE_(BUSY|LOCKED|READONLY|IOERR|FULL|CANTOPEN)|database is locked|readonly database|ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout|timeout exceeded when trying to connect|SocketTimeout|too many clients|the database system is (starting up|shutting down)/i;

/** The database refused or could not take the query (locked, read-only, unreachable): nothing was saved. */
export function isStorageFailure(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") break;
    const { name, message, cause } = current as { name?: unknown; message?: unknown; cause?: unknown };
    if (typeof name === "string" && /^(PrismaClient(Initialization|Unknown|Rust)?(Request)?Error|PrismaClientKnownRequestError|DriverAdapterError)$/.test(name)) return true;
    if (typeof message === "string" && STORAGE_MESSAGES.test(message)) return true;
    current = cause;
  }
  return false;
}

/** The database cannot be used at all (at start-up); the message says what is wrong and what to do. */
export class DatabaseUnavailable extends Error {
  override name = "DatabaseUnavailable";
}
