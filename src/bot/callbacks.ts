// Callback data: `namespace:part:part`, at most 64 bytes (Telegram's limit). Handlers parse
// the parts with a schema; anything else is refused and logged, never trusted.
import { z } from "zod";

export const CALLBACK_LIMIT = 64;

export function callbackData(namespace: string, ...parts: (string | number)[]): string {
  const data = [namespace, ...parts].join(":");
  if (Buffer.byteLength(data) > CALLBACK_LIMIT) throw new RangeError(`callback data over ${CALLBACK_LIMIT} bytes: ${data}`);
  return data;
}

/** A pattern that matches every callback of a namespace. */
export function callbackPattern(namespace: string): RegExp {
  return new RegExp(`^${namespace}:`);
}

export function parseCallback<T extends z.ZodTypeAny>(namespace: string, schema: T, data: string | undefined): z.infer<T> | undefined {
  if (!data || !data.startsWith(`${namespace}:`)) return undefined;
  const parts = data.slice(namespace.length + 1).split(":");
  const parsed = schema.safeParse(parts);
  return parsed.success ? parsed.data : undefined;
}

export const idPart = z.coerce.number().int().positive().max(2 ** 31 - 1);
