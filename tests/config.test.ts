import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

const token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

describe("configuration", () => {
  it("has sensible defaults for everything but the token", () => {
    const config = loadConfig({ BOT_TOKEN: token });
    expect(config).toMatchObject({
      DATABASE_URL: "file:./data/iom.db",
      BOT_MODE: "polling",
      TIMEZONE: "Asia/Krasnoyarsk",
      LOG_LEVEL: "info",
      ADMIN_IDS: [],
      QUIET_HOURS_FROM: 21,
      QUIET_HOURS_TO: 8,
      REMINDER_DAYS_AHEAD: [3],
    });
    expect(config.TELEGRAM_API_ROOT).toBeUndefined();
  });

  it("reads admin ids as BigInt and the PostgreSQL URL", () => {
    const config = loadConfig({ BOT_TOKEN: token, ADMIN_IDS: "12345, 6789012345", DATABASE_URL: "postgresql://u:p@db:5432/iom" });
    expect(config.ADMIN_IDS).toEqual([12345n, 6789012345n]);
    expect(config.DATABASE_URL).toBe("postgresql://u:p@db:5432/iom");
  });

  it("reads how many updates to handle at once, within bounds", () => {
    expect(loadConfig({ BOT_TOKEN: token }).UPDATE_CONCURRENCY).toBeUndefined();
    expect(loadConfig({ BOT_TOKEN: token, UPDATE_CONCURRENCY: "16" }).UPDATE_CONCURRENCY).toBe(16);
    expect(() => loadConfig({ BOT_TOKEN: token, UPDATE_CONCURRENCY: "0" })).toThrow(/UPDATE_CONCURRENCY/);
  });

  it("requires the webhook fields only in webhook mode", () => {
    expect(() => loadConfig({ BOT_TOKEN: token, BOT_MODE: "webhook" })).toThrow(ConfigError);
    const config = loadConfig({ BOT_TOKEN: token, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.org/tg", WEBHOOK_SECRET: "s3cret-s3cret-s3cret" });
    expect(config.BOT_MODE).toBe("webhook");
  });

  it("lists every problem with how to fix it", () => {
    try {
      loadConfig({ BOT_MODE: "carrier-pigeon", TIMEZONE: "Mars/Olympus", ADMIN_IDS: "12,abc", DATABASE_URL: "mysql://x" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join("\n");
      expect(problems).toMatch(/BOT_TOKEN is not set\. .*@BotFather/);
      expect(problems).toMatch(/BOT_MODE/);
      expect(problems).toMatch(/TIMEZONE is not an IANA time zone/);
      expect(problems).toMatch(/ADMIN_IDS not Telegram user ids: abc/);
      expect(problems).toMatch(/DATABASE_URL must start with file:/);
    }
  });

  it("the bot exits with code 1 and a clear message, no stack trace, without a token", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DOTENV_CONFIG_PATH: "/nonexistent" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("BOT_TOKEN is not set");
    expect(run.stderr).toContain("@BotFather");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
