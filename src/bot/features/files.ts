import type { BotContext } from "../context.js";

/** Reads a small file a user sent (a CSV) through the Bot API's file endpoint. */
export async function downloadText(ctx: BotContext, fileId: string): Promise<string> {
  const file = await ctx.api.getFile(fileId);
  const root = ctx.deps.config.TELEGRAM_API_ROOT ?? "https://api.telegram.org";
  const response = await fetch(`${root}/file/bot${ctx.deps.config.BOT_TOKEN}/${file.file_path}`);
  if (!response.ok) throw new Error(`file download failed: ${response.status}`);
  return Buffer.from(await response.arrayBuffer()).toString("utf8");
}
