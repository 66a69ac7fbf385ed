// Configuration from the environment (and an optional .env), validated with zod.
// Problems are reported all at once, each with how to fix it; the process exits with 1.
import { z } from "zod";
import { isValidTimeZone } from "./domain/time.js";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const ids = z
  .string()
  .default("")
  .transform((text, ctx) => {
    const parts = text.split(/[\s,;]+/).filter(Boolean);
    const bad = parts.filter((p) => !/^\d{1,20}$/.test(p));
    if (bad.length) ctx.addIssue({ code: "custom", message: `not Telegram user ids: ${bad.join(", ")}` });
    return parts.filter((p) => /^\d{1,20}$/.test(p)).map((p) => BigInt(p));
  });

const hour = z.coerce.number().int().min(0).max(23);

const baseSchema = z.object({
  BOT_TOKEN: z
    .string({ error: "missing" })
    .trim()
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "does not look like a token (digits, a colon, then at least 20 letters, digits, _ or -)"),
  DATABASE_URL: z
    .string()
    .trim()
    .default("file:./data/iom.db")
    .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), "must start with file: (SQLite) or postgresql:// (PostgreSQL)"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  UPDATE_CONCURRENCY: z.coerce.number().int().min(1).max(200).optional(),
  BOT_MODE: z.enum(["polling", "webhook"]).default("polling"),
  TELEGRAM_API_ROOT: z.url().optional(),
  ADMIN_IDS: ids,
  TIMEZONE: z.string().default("Asia/Krasnoyarsk").refine(isValidTimeZone, "is not an IANA time zone (e.g. Asia/Krasnoyarsk)"),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  QUIET_HOURS_FROM: hour.default(21),
  QUIET_HOURS_TO: hour.default(8),
  REMINDER_DAYS_AHEAD: z
    .string()
    .default("3")
    .transform((text) => text.split(/[\s,]+/).filter(Boolean).map(Number))
    .refine((days) => days.every((d) => Number.isInteger(d) && d > 0 && d <= 60), "a comma-separated list of days, 1..60"),
  SCHEDULER_ENABLED: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  WEBHOOK_URL: z.url().optional(),
  WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "16–256 letters, digits, _ or -").optional(),
  HTTP_HOST: z.string().default("0.0.0.0"),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HTTP_ENABLED: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(5).max(10_000).default(120),
  DATA_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(730),
});

const schema = baseSchema.superRefine((config, ctx) => {
  if (config.BOT_MODE !== "webhook") return;
  if (!config.WEBHOOK_URL) ctx.addIssue({ code: "custom", path: ["WEBHOOK_URL"], message: "missing" });
  if (!config.WEBHOOK_SECRET) ctx.addIssue({ code: "custom", path: ["WEBHOOK_SECRET"], message: "missing" });
});

export type Config = z.infer<typeof baseSchema>;

/** Every setting the bot reads from its environment. */
export const CONFIG_KEYS = Object.keys(baseSchema.shape) as (keyof Config)[];

const hints: Record<string, string> = {
  BOT_TOKEN: "Create a bot with @BotFather in Telegram (/newbot), copy the token it gives you and set BOT_TOKEN=<token> in .env or the environment.",
  DATABASE_URL: "Leave it unset for the embedded SQLite file, or use postgresql://user:password@host:5432/database.",
  BOT_MODE: "Use polling (the default) or webhook.",
  DATABASE_POOL_SIZE: "PostgreSQL connections per bot instance, 1–200 (default 10).",
  UPDATE_CONCURRENCY: "Updates handled at once in polling mode, 1–200 (default 8 on SQLite, twice DATABASE_POOL_SIZE on PostgreSQL).",
  TELEGRAM_API_ROOT: "The address of a self-hosted Bot API server, e.g. http://localhost:8081; leave unset for api.telegram.org.",
  ADMIN_IDS: "Comma-separated numeric Telegram user ids; a user can see theirs with @userinfobot.",
  TIMEZONE: "An IANA time zone name, e.g. Asia/Krasnoyarsk or Europe/Moscow.",
  LOG_LEVEL: "One of fatal, error, warn, info, debug, trace, silent.",
  WEBHOOK_URL: "In webhook mode: the public https:// address Telegram will post updates to.",
  WEBHOOK_SECRET: "In webhook mode: a random string of 16+ characters (e.g. `openssl rand -hex 32`).",
  HTTP_PORT: "A TCP port number, 1–65535 (0 picks a free one).",
  HTTP_ENABLED: "true or false: serve /healthz and /metrics (always on in webhook mode).",
  RATE_LIMIT_PER_MINUTE: "Updates one user may send per minute, 5–10000 (default 120).",
  DATA_RETENTION_DAYS: "Days to keep technical records (sent reminders, the audit log), 30–3650 (default 730).",
  QUIET_HOURS_FROM: "An hour 0–23.",
  QUIET_HOURS_TO: "An hour 0–23.",
  REMINDER_DAYS_AHEAD: "Days before a deadline to remind, e.g. 3 or 7,1.",
  SCHEDULER_ENABLED: "true or false.",
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(["The bot cannot start: the configuration has problems.", ...problems.map((p) => `  • ${p}`)].join("\n"));
    this.name = "ConfigError";
  }
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = schema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? "");
    const what = issue.message === "missing" || (issue.code === "invalid_type" && issue.input === undefined) ? "is not set" : issue.message;
    return `${key} ${what}. ${hints[key] ?? ""}`.trim();
  });
  throw new ConfigError(problems);
}
