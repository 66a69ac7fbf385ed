// Two bot instances on one PostgreSQL database, as behind a load balancer in webhook mode: two
// updates of one chat that arrive at both at the same moment are handled one after the other.
import { afterEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { invitedTeacher } from "../helpers/invited.js";
import { postgresUrl } from "../helpers/databases.js";
import { waitFor } from "../helpers/process.js";

describe.skipIf(!postgresUrl)("two instances on one PostgreSQL database", () => {
  let h: Harness | undefined;
  let second: App | undefined;
  afterEach(async () => {
    await second?.stop();
    await h?.stop();
  });

  it("an update of a chat waits while the other instance handles the one before it, and reads the session it left", async () => {
    h = await startHarness({ provider: "postgresql" });
    const { user } = await invitedTeacher(h, 610_001, undefined, new Date("2027-01-01T00:00:00Z"));
    await user.press("Даю согласие");
    // The second instance: the same database and Telegram, updates handed to it directly.
    const config = loadConfig({ BOT_TOKEN: h.tg.token, DATABASE_URL: h.database.url, TELEGRAM_API_ROOT: h.tg.apiRoot, LOG_LEVEL: "silent", SCHEDULER_ENABLED: "false", HTTP_ENABLED: "false" });
    second = await createApp({ config, logger: createLogger("silent", process.stderr), botInfo: h.tg.botInfo });
    // Telegram answers slowly: the first instance is still busy with the name when the position arrives.
    h.tg.delays.set("sendMessage", 300);
    const text = (update_id: number, words: string) => ({ update_id, ...user.textUpdate(words) }) as never;
    // The position arrives at the second instance once the first is answering the name (inside its handler).
    const callsBefore = h.tg.calls.length;
    const first = h.app.bot.handleUpdate(text(990_001, "Иванова Анна Петровна"));
    await waitFor(() => h!.tg.calls.slice(callsBefore).some((call) => call.method === "sendMessage"));
    await Promise.all([first, second.bot.handleUpdate(text(990_002, "учитель химии"))]);
    h.tg.delays.clear();
    const stored = await h.app.store.profiles.history((await h.app.store.users.byTelegramId(610_001n))!.id);
    // Each answer in its own field: the second instance saw the session moved on to the position.
    expect(stored).toMatchObject({ fullName: "Иванова Анна Петровна", position: "учитель химии" });
    const steps = user.messages().map((m) => m.text ?? "").filter((t) => /^Шаг \d из 8/.test(t));
    expect(steps.slice(-2).map((t) => t.slice(0, 10))).toEqual(["Шаг 2 из 8", "Шаг 3 из 8"]);
  });
});
