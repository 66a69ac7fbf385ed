// Every text the code asks for exists in Russian and in English, and no Russian hides in code.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWN_CODES } from "../src/domain/validation.js";
import { EDUCATION_LEVELS, PRODUCT_KINDS, QUALIFICATION_CATEGORIES, RESOURCE_KINDS, LEVELS } from "../src/domain/vocabulary.js";
import { REFLECTION_KINDS, ROUTE_STATUSES } from "../src/domain/route.js";
import { ROLES } from "../src/domain/permissions.js";
import { REMINDER_KINDS } from "../src/domain/schedule.js";
import { SCHOOL_FACT_FIELDS } from "../src/data/monitoring.js";
import { HISTORY_STEPS } from "../src/domain/route.js";

function keys(locale: string): Set<string> {
  const text = readFileSync(join("locales", `${locale}.ftl`), "utf8");
  return new Set([...text.matchAll(/^([a-zA-Z][a-zA-Z0-9_-]*) =/gm)].map((m) => m[1]!));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

const code = ["src/bot", "src/scheduler"].flatMap(sources).map((path) => readFileSync(path, "utf8"));

function literalKeys(): string[] {
  const found = new Set<string>();
  for (const text of code) {
    for (const m of text.matchAll(/\bt\(\s*"([a-z][a-z0-9_-]*)"/g)) found.add(m[1]!);
    for (const m of text.matchAll(/\bt\(\s*[^`()]*?\?\s*"([a-z][a-z0-9_-]*)"\s*:\s*"([a-z][a-z0-9_-]*)"\s*[,)]/g)) found.add(m[1]!).add(m[2]!);
  }
  return [...found];
}

/** The codes the domain refuses with: each becomes a message of its own (error-<code>). */
function domainErrorCodes(): string[] {
  const text = sources("src/domain").map((path) => readFileSync(path, "utf8")).join("\n");
  return [...new Set([...text.matchAll(/new DomainError\("([a-z_]+)"|requireText\([^,]+, "([a-z_]+)"\)/g)].map((m) => (m[1] ?? m[2])!.replace(/_/g, "-")))];
}

const families: Record<string, readonly string[]> = {
  "error-": domainErrorCodes(),
  "status-": ROUTE_STATUSES,
  "kind-": RESOURCE_KINDS,
  "level-": LEVELS,
  "product-": PRODUCT_KINDS,
  "role-": ROLES,
  "role-help-": ROLES,
  "category-": QUALIFICATION_CATEGORIES,
  "education-": EDUCATION_LEVELS,
  "issue-": KNOWN_CODES.map((c) => c.replace(/_/g, "-")),
  "rm-": REMINDER_KINDS.filter((k) => k !== "weekly_digest"),
  "ds-fact-": SCHOOL_FACT_FIELDS,
  "doc-reflection-": REFLECTION_KINDS,
  "invite-": ["not_found", "expired", "revoked", "used_up"],
  "history-field-": HISTORY_STEPS,
  "history-ask-": HISTORY_STEPS,
  "ap-decision-": ["approve", "return"],
  // Passed as key constants to the teacher's decision message.
  "ap-teacher-": ["approved", "returned"],
  "rc-teacher-": ["approved", "returned"],
  "rc-": ["fix"],
};

describe("translations", () => {
  const ru = keys("ru");
  const en = keys("en");

  it("Russian and English have the same keys", () => {
    expect([...ru].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !ru.has(k))).toEqual([]);
  });

  it("every key the code uses exists", () => {
    const wanted = [...literalKeys(), ...Object.entries(families).flatMap(([prefix, values]) => values.map((v) => prefix + v))];
    expect(wanted.length).toBeGreaterThan(200);
    expect(wanted.filter((k) => !ru.has(k))).toEqual([]);
  });

  it("no text puts a person's name in parentheses: a person without one is shown as a parenthesised placeholder already", () => {
    for (const locale of ["ru", "en"]) {
      const text = readFileSync(join("locales", `${locale}.ftl`), "utf8");
      expect(text).toMatch(/^person-unnamed = \(.+\)$/m);
      expect([...text.matchAll(/\(\{ \$(decider|author|person|teacher|mentor|methodist|name)\b[^)]*\)/g)].map((m) => m[0])).toEqual([]);
    }
  });

  it("no Russian text is written in code", () => {
    const offenders = ["src/bot", "src/scheduler", "src/data", "src/app.ts", "src/main.ts", "src/config.ts"]
      .flatMap((p) => (p.endsWith(".ts") ? [p] : sources(p)))
      .filter((path) => /[а-яё]/i.test(readFileSync(path, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "")));
    expect(offenders).toEqual([]);
  });
});

describe("refusals in the person's words", () => {
  it("a refusal of the domain becomes its own message, a storage failure says 'not saved'", async () => {
    const { messageFor } = await import("../src/bot/middlewares/error-boundary.js");
    const { DomainError, IllegalTransitionError, ValidationError } = await import("../src/domain/errors.js");
    expect(messageFor(new DomainError("term_not_started", "x"))).toEqual(["error-term-not-started", {}]);
    expect(messageFor(new IllegalTransitionError("active", "submit"))).toEqual(["error-wrong-status", {}]);
    expect(messageFor(new ValidationError([{ code: "text_too_long", path: [], params: { max: 10 } }]))).toEqual(["issue-text-too-long", { max: 10 }]);
    expect(messageFor(Object.assign(new Error("SQLITE_BUSY: database is locked"), { name: "DriverAdapterError" }))[0]).toBe("error-not-saved");
    expect(messageFor(new TypeError("x"))[0]).toBe("error-generic");
    expect(domainErrorCodes().length).toBeGreaterThanOrEqual(5);
  });
});

describe("formatting texts", () => {
  it("answers in the locale asked for, whichever was asked before, and in Russian for one it does not know", async () => {
    const { createI18n } = await import("../src/bot/i18n.js");
    const i18n = createI18n();
    const ru = readFileSync(join("locales", "ru.ftl"), "utf8").match(/^error-stale-button = (.+)$/m)![1]!;
    const en = readFileSync(join("locales", "en.ftl"), "utf8").match(/^error-stale-button = (.+)$/m)![1]!;
    expect(ru).not.toBe(en);
    const asked = ["en", "ru", "en", "de", "en", "ru"].map((locale) => i18n.t(locale, "error-stale-button"));
    expect(asked).toEqual([en, ru, en, ru, en, ru]);
  });
});
