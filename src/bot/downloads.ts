import type { BotContext } from "./context.js";
import { cleanText } from "../domain/text.js";

/** What a CSV a user sends may hold: the refusal states these figures. */
export const CSV_LIMITS = { bytes: 2 * 1024 * 1024, lines: 5_000 } as const;

export type Downloaded = { ok: true; text: string } | { ok: false; reason: "too_big" | "too_many_lines" };

/**
 * Reads a small file a user sent (a CSV) through the Bot API's file endpoint. The size is
 * measured while reading (Telegram does not always say it), so a large file is refused
 * without being held in memory.
 */
export async function downloadText(ctx: BotContext, fileId: string, limits = CSV_LIMITS): Promise<Downloaded> {
  const file = await ctx.api.getFile(fileId);
  if ((file.file_size ?? 0) > limits.bytes) return { ok: false, reason: "too_big" };
  const root = ctx.deps.config.TELEGRAM_API_ROOT ?? "https://api.telegram.org";
  const response = await fetch(`${root}/file/bot${ctx.deps.config.BOT_TOKEN}/${file.file_path}`);
  if (!response.ok || !response.body) throw new Error(`file download failed: ${response.status}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limits.bytes) {
      await response.body.cancel().catch(() => undefined); // the rest is not wanted
      return { ok: false, reason: "too_big" };
    }
    chunks.push(Buffer.from(chunk));
  }
  const text = cleanText(Buffer.concat(chunks).toString("utf8"));
  if (text.split("\n").length > limits.lines + 1) return { ok: false, reason: "too_many_lines" };
  return { ok: true, text };
}

/** The refusal for a file over the limits, with the real figures. */
export function downloadRefusal(ctx: BotContext, reason: "too_big" | "too_many_lines"): string {
  return ctx.t(reason === "too_big" ? "file-too-big" : "file-too-many-lines", { megabytes: CSV_LIMITS.bytes / 1024 / 1024, lines: CSV_LIMITS.lines });
}
