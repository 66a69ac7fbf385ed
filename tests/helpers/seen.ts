// What a person saw after one update: the screens edited in place and the new messages, as text.
import type { Exchange } from "../../src/testing/telegram-user.js";

export function seen(exchange: Exchange): string {
  return [...exchange.edits, ...exchange.replies].map((m) => m.text ?? m.caption ?? "").join("\n");
}
