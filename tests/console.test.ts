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
      await waitFor("Try /start");
      child.stdin.write("/start\n");
      await waitFor("Здравствуйте, Анна!");
      child.stdin.write("/language\n");
      await waitFor("[#2 English]");
      child.stdin.write("#2\n");
      await waitFor("Interface language: English.");
      // One person plays every role, and moves time on.
      child.stdin.write("/demo\n");
      await waitFor("Demo school ready");
      child.stdin.write("/as deputy\n");
      await waitFor("Now speaking: deputy");
      child.stdin.write("/menu\n");
      await waitFor("[to deputy] ☰ Главное меню");
      await waitFor("На согласовании (0)");
      child.stdin.write("/as teacher\n");
      child.stdin.write("/menu\n");
      await waitFor("[to teacher] ☰ Главное меню");
      await waitFor("заполнить образовательную историю");
      child.stdin.write("/users\n");
      await waitFor("3. teacher (speaking)");
      child.stdin.write("/clock 2027-03-01\n");
      await waitFor("Clock: 2027-03-01");
      child.stdin.write("/clock +30d\n");
      await waitFor("Clock: 2027-03-31");
      child.stdin.write("/tick\n");
      await waitFor("Scheduler: {");
      child.stdin.write("quit\n");
      const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
      expect(code).toBe(0);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
