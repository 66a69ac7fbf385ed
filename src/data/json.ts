// JSON that survives BigInt (Telegram ids) and Date values, for session and conversation state.
const BIGINT = "__bigint";
const DATE = "__date";

export function toJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, current: unknown) {
    const raw = this[key];
    if (typeof raw === "bigint") return { [BIGINT]: raw.toString() };
    if (raw instanceof Date) return { [DATE]: raw.toISOString() };
    return current;
  });
}

export function fromJson<T = unknown>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.length === 1 && typeof record[BIGINT] === "string") return BigInt(record[BIGINT]);
      if (keys.length === 1 && typeof record[DATE] === "string") return new Date(record[DATE]);
    }
    return value;
  }) as T;
}

/** Parses stored JSON text, falling back when it is missing or damaged. */
export function parseStored<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  try {
    return fromJson<T>(text);
  } catch {
    return fallback;
  }
}
