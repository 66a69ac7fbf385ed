// Text that reaches storage, documents and pictures: control characters (U+0000–U+001F but
// newline and tab, and U+007F) break XML (Word, SVG), PostgreSQL refuses NUL, and none of them
// means anything to a person. They are removed at every door.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** The text without control characters; "\r\n" and a lone "\r" become "\n". */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROL, "");
}

/** A copy of a plain value (object, array, string) with every string cleaned. */
export function cleanDeep<T>(value: T): T {
  if (typeof value === "string") return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((item) => cleanDeep(item)) as T;
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanDeep(item)])) as T;
  }
  return value;
}
