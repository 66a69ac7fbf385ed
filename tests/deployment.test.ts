// The deployment files a district runs (compose.yaml, Dockerfile, .env.example) agree with the
// configuration the bot reads and with what the README tells. No Docker daemon here: the files
// are read and checked, not run.
import { readFileSync } from "node:fs";
import { COMPILED_ENTRY } from "./helpers/process.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CONFIG_KEYS, loadConfig } from "../src/config.js";

interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  ports?: string[];
}

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
const compose = parse(read("compose.yaml")) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const readme = read("README.md");
const envExample = read(".env.example");
const { bot, postgres } = compose.services;

/** A compose value with its ${VAR:-default} and ${VAR:?message} filled in from `env`. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => env[name] ?? (kind === "-" ? (rest ?? "") : ""));
}

describe("compose.yaml", () => {
  it("has the bot and PostgreSQL, the bot waiting for the database's health check, the data on a named volume", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["bot", "postgres"]);
    expect(bot!.depends_on?.postgres?.condition).toBe("service_healthy");
    expect(postgres!.healthcheck?.test.join(" ")).toContain("pg_isready");
    const volume = postgres!.volumes![0]!.split(":")[0]!;
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it("gives the bot only settings the bot knows, and a configuration it accepts", () => {
    const names = Object.keys(bot!.environment!);
    expect(names.filter((name) => !(CONFIG_KEYS as string[]).includes(name))).toEqual([]);
    const env = { BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ", POSTGRES_PASSWORD: "secret" };
    const config = loadConfig(Object.fromEntries(Object.entries(bot!.environment!).map(([name, value]) => [name, interpolate(String(value), env)])));
    // The database is the compose file's own PostgreSQL, by its service name, user and database.
    const url = new URL(config.DATABASE_URL);
    expect(url.hostname).toBe("postgres");
    expect(url.username).toBe(postgres!.environment!.POSTGRES_USER);
    expect(url.pathname).toBe(`/${postgres!.environment!.POSTGRES_DB}`);
    // The published port is the one the bot listens on (for /healthz, /metrics and the webhook).
    expect(bot!.ports!.map((port) => Number(port.split(":").at(-1)))).toEqual([config.HTTP_PORT]);
  });

  it("uses only variables that .env.example explains", () => {
    const used = new Set([...read("compose.yaml").matchAll(/\$\{(\w+)/g)].map((m) => m[1]!));
    const explained = [...used].filter((name) => new RegExp(`^#? ?${name}=`, "m").test(envExample));
    expect(explained.sort()).toEqual([...used].sort());
  });

  it("is the README's: start, back up, upgrade and scale are told with these service names", () => {
    const section = readme.slice(readme.indexOf("### Compose for a district"));
    expect(section).toContain("docker compose up -d");
    expect(section).toContain("docker compose exec postgres pg_dump");
    expect(section).toContain("--scale bot=");
    for (const name of Object.keys(compose.services)) expect(section).toContain(name);
  });
});

describe("the Dockerfile", () => {
  it("builds on a supported Node.js LTS (22: see the Dockerfile for why not 24 yet) and checks /healthz", () => {
    const dockerfile = read("Dockerfile");
    const bases = [...dockerfile.matchAll(/^FROM node:(\d+)/gm)].map((m) => Number(m[1]));
    expect(bases.length).toBeGreaterThan(0);
    expect(bases.every((major) => major >= 22)).toBe(true);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/healthz/m);
  });

  it("runs the bot as npm start does: the compiled entry point with the same heap limits", () => {
    const cmd = /^CMD (\[.*\])$/m.exec(read("Dockerfile"));
    expect(JSON.parse(cmd![1]!)).toEqual(["node", ...COMPILED_ENTRY]);
    expect(COMPILED_ENTRY).toContain("dist/main.js");
  });
});
