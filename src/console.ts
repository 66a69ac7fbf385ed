// `npm run console`: talk to the bot in a terminal, with no token and no network. The real bot
// runs against the local Telegram stand-in; what it sends is printed, and inline buttons are
// listed with numbers: type #2 to press the second one.
import "dotenv/config";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { stdin, stdout } from "node:process";
import { createApp } from "./app.js";
import { loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import { FakeTelegram, type SentMessage } from "./testing/fake-telegram.js";
import { TelegramUser } from "./testing/telegram-user.js";

const CONSOLE_USER_ID = 100_000_001;

function render(message: SentMessage, filesDir: string): string {
  const lines: string[] = [];
  const body = message.text ?? message.caption;
  const edited = message.edited ? " (edited)" : "";
  for (const file of [message.photo, message.document]) {
    if (!file) continue;
    const name = file.file_name ?? `${file.file_id}.png`;
    const path = join(filesDir, name);
    writeFileSync(path, file.bytes);
    lines.push(`[file${edited}] ${path}`);
  }
  if (body) lines.push(`${edited ? `(edited) ` : ""}${body}`);
  const buttons = message.reply_markup?.inline_keyboard?.flat() ?? [];
  if (buttons.length) lines.push(buttons.map((b, i) => `[#${i + 1} ${b.text}]`).join("  "));
  return lines.join("\n");
}

async function main(): Promise<void> {
  const tg = new FakeTelegram();
  await tg.start();
  const dataDir = resolve("data");
  const filesDir = join(dataDir, "console-files");
  mkdirSync(filesDir, { recursive: true });
  const config = loadConfig({
    ...process.env,
    BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    BOT_MODE: "polling",
    // The console is a conversation, not a service: no /healthz port to collide with a running bot.
    HTTP_ENABLED: "false",
    DATABASE_URL: process.env.CONSOLE_DATABASE_URL ?? `file:${join(dataDir, "console.db")}`,
    ADMIN_IDS: process.env.CONSOLE_ADMIN === "0" ? "" : String(CONSOLE_USER_ID),
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  });
  const app = await createApp({ config, logger: createLogger(config.LOG_LEVEL, process.stderr), botInfo: tg.botInfo });
  await app.start();
  const me = new TelegramUser(tg, CONSOLE_USER_ID, { first_name: process.env.CONSOLE_NAME ?? "Anna", language_code: "ru" });
  tg.onMessage((message) => {
    if (message.chat_id === CONSOLE_USER_ID) stdout.write(`\n${render(message, filesDir)}\n`);
  });

  stdout.write(
    "iom-bot console: you are a Telegram user talking to the bot.\n" +
      "Type a message or a /command; #N presses button N of the last message with buttons;\n" +
      "'photo' sends a photo, 'file PATH' sends a file, 'quit' leaves. Try /start.\n",
  );
  const rl = createInterface({ input: stdin, output: stdout, prompt: "> " });
  rl.prompt();
  for await (const line of rl) {
    const input = line.trim();
    try {
      if (input === "quit" || input === "exit") break;
      const press = /^#(\d+)$/.exec(input);
      if (press) {
        const buttons = me.buttons();
        const button = buttons[Number(press[1]) - 1];
        if (!button?.callback_data) stdout.write("No such button.\n");
        else await me.press(button.text);
      } else if (input === "photo") {
        await me.sendPhoto();
      } else if (input.startsWith("file ")) {
        const { readFileSync } = await import("node:fs");
        const path = input.slice(5).trim();
        await me.sendDocument(readFileSync(path), path.split("/").at(-1)!);
      } else if (input) {
        await me.send(input);
      }
    } catch (error) {
      stdout.write(`(console) ${(error as Error).message}\n`);
    }
    rl.prompt();
  }
  rl.close();
  await app.stop();
  await tg.stop();
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
