import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

const importsIn = (text: string) => [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
const importsOf = (file: string) => importsIn(readFileSync(file, "utf8"));

describe("architecture boundaries", () => {
  it("src/domain imports no grammY, no Prisma, no Node I/O and reads no clock", () => {
    const offending: string[] = [];
    for (const file of sources("src/domain")) {
      for (const spec of importsOf(file)) {
        if (/grammy|prisma|^node:|^pg$|better-sqlite3|pino/.test(spec)) offending.push(`${file}: ${spec}`);
      }
      const text = readFileSync(file, "utf8");
      if (/Date\.now\(|new Date\(\)/.test(text)) offending.push(`${file}: reads the clock`);
    }
    expect(offending).toEqual([]);
  });

  it("src/usecases imports no grammY and no Prisma: operations are called without Telegram", () => {
    const offending = sources("src/usecases").flatMap((file) => importsOf(file).filter((spec) => /grammy|prisma|generated\/|\/bot\//.test(spec)).map((spec) => `${file}: ${spec}`));
    expect(offending).toEqual([]);
  });

  it("the bot's features, views and notifications only read the store: every change goes through a use case", () => {
    const writes = /store\.\w+\.(create|save|set|add|mark|record|update|delete|erase|upsert|enqueue|submit|decide|discard|assign|revoke|redeem|complete|answer|replace|change|touch|openSelf)\w*\(/;
    const offending = [...sources("src/bot/features"), ...sources("src/bot/views"), ...sources("src/bot/notifications")].flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) => (writes.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offending).toEqual([]);
  });

  it("only src/data imports Prisma", () => {
    const offending = [...sources("src"), ...sources("tests")]
      .filter((file) => !file.startsWith(join("src", "data")) && !file.startsWith(join("src", "generated")))
      .filter((file) => !file.endsWith("boundaries.test.ts"))
      .filter((file) => importsOf(file).some((spec) => /@prisma\/|generated\//.test(spec)));
    expect(offending).toEqual([]);
  });

  it("the checker itself sees an offending import", () => {
    expect(importsIn('import { Bot } from "grammy";\nconst x = await import("@prisma/client");')).toEqual(["grammy", "@prisma/client"]);
  });
});
