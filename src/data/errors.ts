// Recognising database errors without leaking Prisma's types outside the data layer.

function codeOf(error: unknown): string | undefined {
  return typeof error === "object" && error && "code" in error ? String((error as { code: unknown }).code) : undefined;
}

/** A unique constraint refused the write (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return codeOf(error) === "P2002";
}

/** The row to update or delete was not there (P2025). */
export function isNotFound(error: unknown): boolean {
  return codeOf(error) === "P2025";
}
