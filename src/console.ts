// `npm run console`: talk to the bot in a terminal, with no token and no network. The real bot
// runs against the local Telegram stand-in; what it sends is printed (with whom it went to), and
// inline buttons are listed with numbers: type #2 to press the second one. One person can play
// every role: /demo makes a school with a deputy, a teacher, a mentor and a methodist; /as NAME
// speaks as someone; /clock +30d moves time on and /tick runs the scheduler.
import "dotenv/config";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { stdin, stdout } from "node:process";
import { createApp, type App } from "./app.js";
import { loadConfig } from "./config.js";
import { createLogger } from "./logger.js";
import type { Role } from "./domain/permissions.js";
import { FakeTelegram, type SentMessage } from "./testing/fake-telegram.js";
import { TelegramUser } from "./testing/telegram-user.js";

const FIRST_USER_ID = 100_000_001;
const DAY_MS = 86_400_000;

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

/** The people at the keyboard: each a Telegram user of the stand-in; one of them speaks. */
class Cast {
  readonly users: { name: string; user: TelegramUser }[] = [];
  speaker: TelegramUser;

  constructor(
    private readonly tg: FakeTelegram,
    firstName: string,
  ) {
    this.speaker = this.add(firstName);
  }

  add(name: string): TelegramUser {
    const user = new TelegramUser(this.tg, FIRST_USER_ID + this.users.length, { first_name: name, language_code: "ru" });
    this.users.push({ name, user });
    return user;
  }

  /** Speaks as the person named (or numbered); a new name is a new person. */
  as(nameOrNumber: string): TelegramUser {
    const byNumber = /^\d+$/.test(nameOrNumber) ? this.users[Number(nameOrNumber) - 1] : undefined;
    const found = byNumber ?? this.users.find((u) => u.name.toLowerCase() === nameOrNumber.toLowerCase());
    this.speaker = found?.user ?? this.add(nameOrNumber);
    return this.speaker;
  }

  nameOf(chatId: number): string | undefined {
    return this.users.find((u) => u.user.id === chatId)?.name;
  }

  get speakerName(): string {
    return this.nameOf(this.speaker.id) ?? "";
  }
}

/** A district with a school and one person in each role, names given and consent recorded. */
async function demo(app: App, cast: Cast, now: Date): Promise<string> {
  const store = app.store;
  // The demonstration is in the bot's first language, as its people would be.
  const named = (key: string) => app.deps.i18n.t("ru", key);
  const district = await store.organisations.createDistrict(named("demo-district"));
  const school = await store.organisations.createSchool(district.id, named("demo-school"));
  const people: [string, string, Role, number][] = [
    ["deputy", named("demo-deputy"), "deputy", school.id],
    ["teacher", named("demo-teacher"), "teacher", school.id],
    ["mentor", named("demo-mentor"), "mentor", school.id],
    ["methodist", named("demo-methodist"), "methodist", district.id],
  ];
  const ids = new Map<string, number>();
  for (const [name, fullName, role, organisationId] of people) {
    const user = cast.users.find((u) => u.name === name)?.user ?? cast.add(name);
    const record = await store.users.touch({ telegramId: BigInt(user.id) });
    await store.users.setFullName(record.id, fullName);
    await store.users.recordConsent(record.id, "demo", now);
    await store.organisations.addMembership({ userId: record.id, organisationId, role });
    ids.set(name, record.id);
  }
  await store.organisations.assignMentor(ids.get("mentor")!, ids.get("teacher")!, school.id);
  return `Demo school ready: ${people.map(([name, fullName]) => `${name} (${fullName})`).join(", ")}. Try: /as teacher, then /menu.`;
}

/** `+30d`, `+2h`, `-1d` or a date `2027-03-01`: the new offset from the real clock. */
function clockOffset(argument: string, offset: number): number | undefined {
  const step = /^([+-]\d+)([dh])$/.exec(argument);
  if (step) return offset + Number(step[1]) * (step[2] === "d" ? DAY_MS : DAY_MS / 24);
  const date = Date.parse(argument);
  return Number.isNaN(date) ? undefined : date - Date.now();
}

async function main(): Promise<void> {
  const tg = new FakeTelegram();
  await tg.start();
  const dataDir = resolve("data");
  const filesDir = join(dataDir, "console-files");
  mkdirSync(filesDir, { recursive: true });
  let offset = 0;
  const clock = () => new Date(Date.now() + offset);
  const config = loadConfig({
    ...process.env,
    BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    BOT_MODE: "polling",
    // The console is a conversation, not a service: no /healthz port, and reminders come on /tick.
    HTTP_ENABLED: "false",
    SCHEDULER_ENABLED: "false",
    DATABASE_URL: process.env.CONSOLE_DATABASE_URL ?? `file:${join(dataDir, "console.db")}`,
    ADMIN_IDS: process.env.CONSOLE_ADMIN === "0" ? "" : String(FIRST_USER_ID),
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  });
  const app = await createApp({ config, logger: createLogger(config.LOG_LEVEL, process.stderr), botInfo: tg.botInfo, clock });
  await app.start();
  const cast = new Cast(tg, process.env.CONSOLE_NAME ?? "Anna");
  tg.onMessage((message) => {
    const to = cast.nameOf(message.chat_id);
    if (to !== undefined) stdout.write(`\n[to ${to}] ${render(message, filesDir)}\n`);
  });

  stdout.write(
    "iom-bot console: you are Telegram users talking to the bot.\n" +
      "Type a message or a /command; #N presses button N of the last message with buttons;\n" +
      "'photo' sends a photo, 'file PATH' sends a file, 'quit' leaves.\n" +
      "Roles: /demo makes a school with deputy, teacher, mentor, methodist; /as NAME (or /user N) speaks as someone; /users lists them.\n" +
      "Time: /clock +30d (or a date) moves the clock; /tick sends the reminders that are due. Try /start.\n",
  );
  const rl = createInterface({ input: stdin, output: stdout });
  const prompt = () => rl.setPrompt(`${cast.speakerName}> `);
  prompt();
  rl.prompt();
  for await (const line of rl) {
    const input = line.trim();
    try {
      if (input === "quit" || input === "exit") break;
      await handle(input);
    } catch (error) {
      stdout.write(`(console) ${(error as Error).message}\n`);
    }
    prompt();
    rl.prompt();
  }
  rl.close();
  await app.stop();
  await tg.stop();

  async function handle(input: string): Promise<void> {
    const [command = "", ...rest] = input.split(/\s+/);
    const argument = rest.join(" ");
    const me = cast.speaker;
    const press = /^#(\d+)$/.exec(input);
    if (command === "/demo") return void stdout.write(`${await demo(app, cast, clock())}\n`);
    if (command === "/as" || command === "/user") return void stdout.write(`Now speaking: ${cast.nameOf(cast.as(argument || "1").id)}\n`);
    if (command === "/users") return void stdout.write(`${cast.users.map((u, i) => `${i + 1}. ${u.name}${u.user === me ? " (speaking)" : ""}`).join("\n")}\n`);
    if (command === "/clock") {
      const next = argument ? clockOffset(argument, offset) : offset;
      if (next === undefined) return void stdout.write("Use /clock +30d, /clock +2h or /clock 2027-03-01.\n");
      offset = next;
      return void stdout.write(`Clock: ${clock().toISOString()}\n`);
    }
    if (command === "/tick") {
      const report = await app.scheduler.tick(clock());
      return void stdout.write(`Scheduler: ${JSON.stringify(report)}\n`);
    }
    if (press) {
      const button = me.buttons()[Number(press[1]) - 1];
      if (!button?.callback_data) stdout.write("No such button.\n");
      else await me.press(button.text);
      return;
    }
    if (input === "photo") return void (await me.sendPhoto());
    if (input.startsWith("file ")) {
      const path = input.slice(5).trim();
      return void (await me.sendDocument(readFileSync(path), path.split("/").at(-1)!));
    }
    if (input) await me.send(input);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
