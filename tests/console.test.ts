import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("npm run console", () => {
  it("talks to the real bot with no token and no HTTP port: commands, numbered buttons, presses", async () => {
    const dir = mkdtempSync(join(tmpdir(), "iom-console-"));
    // A bot already running on this machine holds the health port: the console never opens one.
    const holder = createServer();
    const port = await new Promise<number>((resolve) => holder.listen(0, "127.0.0.1", () => resolve((holder.address() as { port: number }).port)));
    try {
      const child = spawn(process.execPath, ["--import", "tsx", "src/console.ts"], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, CONSOLE_DATABASE_URL: `file:${join(dir, "c.db")}`, DOTENV_CONFIG_PATH: "/nonexistent", CONSOLE_NAME: "Анна", HTTP_PORT: String(port), HTTP_HOST: "127.0.0.1", HTTP_ENABLED: "true" },
        stdio: ["pipe", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      const waitFor = async (text: string) => {
        for (let i = 0; i < 300 && !output.includes(text); i++) await new Promise((r) => setTimeout(r, 100));
        expect(output).toContain(text);
      };
      const say = async (line: string, ...replies: string[]) => {
        child.stdin.write(`${line}\n`);
        for (const reply of replies) await waitFor(reply);
      };
      await waitFor("Try /start");
      await say("/start", "Здравствуйте, Анна!");
      await say("/language", "[#2 English]");
      await say("#2", "Interface language: English.");
      // One person plays every role, and moves time on.
      await say("/demo", "Demo school ready", "deputy (Ольга Петрова)");
      await say("/as deputy", "Now speaking: deputy");
      await say("/menu", "[to deputy] ☰ Главное меню", "На согласовании (0)");
      await say("/as teacher");
      await say("/menu", "[to teacher] ☰ Главное меню", "заполнить образовательную историю");
      await say("/users", "3. teacher (speaking)");
      await say("/clock 2027-03-01", "Clock: 2027-03-01");
      await say("/clock +30d", "Clock: 2027-03-31");
      await say("/tick", "Scheduler: {");
      child.stdin.write("quit\n");
      const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
      expect(code).toBe(0);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
