// Three real bot processes in webhook mode on one PostgreSQL database, behind a round-robin
// balancer, fed by the Telegram stand-in as Telegram feeds a webhook: up to 40 requests at once,
// a request that gets no answer in time is posted again (while the first may still be running),
// a failed one is retried. Each teacher's consecutive updates go to different instances. Every
// answer arrives, in order, each effect once; the schedulers of all three send every reminder
// once; one instance killed in the middle loses nothing.
import { afterEach, describe, expect, it } from "vitest";
import { FakeTelegram } from "../../../src/testing/fake-telegram.js";
import { TelegramUser } from "../../../src/testing/telegram-user.js";
import { RoundRobinProxy } from "../../../src/testing/round-robin-proxy.js";
import { openDatabase, createStore, type Store } from "../../../src/data/index.js";
import { schoolWithDeputy } from "../../helpers/seed.js";
import { postgresDatabase, postgresUrl, type TestDatabase } from "../../helpers/databases.js";
import { freePort, spawnBot, waitFor, type RunningBot } from "../../helpers/process.js";
import { arrivedSince, screenState, teacherJourney } from "../../helpers/journey.js";

const TEACHERS = Number(process.env.WEBHOOK_TEACHERS ?? 200);
const REMINDED = 150;
const FIRST_TEACHER = 760_000;
const FIRST_REMINDED = 770_000;
const DEPUTY = 769_999;
const SECRET = "instances-secret-0123456789";
const SURNAMES = ["Орлова", "Белова", "Зайцева", "Ершова", "Титова", "Рябова", "Сомова", "Жукова", "Лосева", "Котова"];
const NAMES = ["Вера", "Анна", "Ольга", "Мария", "Нина"];
const PATRONYMICS = ["Николаевна", "Петровна", "Ивановна", "Сергеевна"];
const nameOf = (n: number) => `${SURNAMES[n % 10]} ${NAMES[Math.floor(n / 10) % 5]} ${PATRONYMICS[Math.floor(n / 50) % 4]}`;

describe.skipIf(!postgresUrl)("three instances in webhook mode behind a balancer", () => {
  let tg: FakeTelegram | undefined;
  let proxy: RoundRobinProxy | undefined;
  let database: TestDatabase | undefined;
  const bots: RunningBot[] = [];

  afterEach(async () => {
    for (const bot of bots) if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill("SIGKILL");
    await Promise.all(bots.map((bot) => bot.exited));
    await proxy?.stop();
    await tg?.stop();
    await database?.drop();
  });

  async function seed(store: Store): Promise<string> {
    const { schoolId } = await schoolWithDeputy(store, "Школа № 5", DEPUTY);
    // Reminders due now, for the schedulers to race for.
    const rows = [];
    for (let i = 0; i < REMINDED; i++) {
      const user = await store.users.touch({ telegramId: BigInt(FIRST_REMINDED + i) });
      rows.push({ key: `instances|${i}`, userId: user.id, chatId: BigInt(FIRST_REMINDED + i), kind: "school_year_start", payload: {}, dueAt: new Date(Date.now() - 60_000) });
    }
    await store.outbox.enqueue(rows);
    const invite = await store.organisations.createInvite({ organisationId: schoolId, role: "teacher", maxUses: TEACHERS, expiresAt: new Date(Date.now() + 86_400_000) });
    return invite.code;
  }

  async function startInstances(ports: number[], webhookUrl: string): Promise<void> {
    for (const [i, port] of ports.entries()) {
      bots.push(
        spawnBot({
          BOT_TOKEN: tg!.token,
          TELEGRAM_API_ROOT: `${tg!.apiRoot}/via/i${i}`,
          DATABASE_URL: database!.url,
          DATABASE_POOL_SIZE: "4",
          BOT_MODE: "webhook",
          WEBHOOK_URL: webhookUrl,
          WEBHOOK_SECRET: SECRET,
          HTTP_PORT: String(port),
          HTTP_HOST: "127.0.0.1",
          SCHEDULER_ENABLED: "true",
          QUIET_HOURS_FROM: "0",
          QUIET_HOURS_TO: "0",
          LOG_LEVEL: "error",
        }),
      );
    }
    await waitFor(() => new Set(tg!.calls.filter((c) => c.method === "setWebhook").map((c) => c.via)).size === ports.length, 90_000).catch(() => {
      throw new Error(`the instances did not start:\n${bots.map((b) => b.output()).join("\n---\n")}`);
    });
  }

  it(`${TEACHERS} teachers through history, diagnosis and submission; reminders once; an instance killed mid-run`, async () => {
    tg = new FakeTelegram();
    await tg.start();
    tg.webhookDelivery = { timeoutMs: 15_000, retryDelayMs: 100, maxAttempts: 40 };
    database = await postgresDatabase();
    const opened = await openDatabase(database.url);
    const store = createStore(opened);
    try {
      const code = await seed(store);
      const ports = await Promise.all([freePort(), freePort(), freePort()]);
      proxy = new RoundRobinProxy(ports.map((port) => `http://127.0.0.1:${port}`));
      const proxyUrl = await proxy.start();
      await startInstances(ports, `${proxyUrl}/telegram`);

      // The schedulers of the three, started together, race for the same due rows.
      const reminded = () => Array.from({ length: REMINDED }, (_, i) => tg!.messages(FIRST_REMINDED + i).length);
      await waitFor(() => reminded().every((count) => count >= 1), 60_000);

      // Now and then Telegram gives up waiting for an answer and posts the update again.
      tg.cutWebhookRequests(60, 20, (update) => Number(update.update_id) % 53 === 0);
      const journeys = Array.from({ length: TEACHERS }, (_, n) => ({ user: new TelegramUser(tg!, FIRST_TEACHER + n, { first_name: "Вера", language_code: "ru" }), steps: teacherJourney(code, nameOf(n)) }));
      const total = journeys.reduce((sum, j) => sum + j.steps.length, 0);
      let done = 0;
      const stuck: string[] = [];
      const run = Promise.all(
        journeys.map(async ({ user, steps }) => {
          for (const [index, step] of steps.entries()) {
            const before = screenState(user);
            await step.act(user);
            if (!arrivedSince(user, before, step.expect)) {
              stuck.push(`${user.id} at step ${index}: expected «${step.expect}», last «${user.lastText()?.slice(0, 80)}»`);
              return;
            }
            done++;
          }
        }),
      );

      // A third of the way, with updates in its hands, the second instance is killed.
      const victim = 1;
      await waitFor(() => (done >= total / 3 && proxy!.handling(victim).length > 0) || stuck.length > 0, 600_000).catch(() => {
        throw new Error(`no progress: ${done} of ${total}; failures ${JSON.stringify(tg!.webhookFailures.slice(-5))}\n${bots.map((b) => b.output().slice(-2000)).join("\n---\n")}`);
      });
      expect(stuck).toEqual([]);
      const inHand = proxy.handling(victim);
      bots[victim]!.child.kill("SIGKILL");
      await bots[victim]!.exited;
      const doneAtKill = done;
      await run.catch((error: unknown) => {
        throw new Error(`${String(error)}\n${bots.map((b, i) => `instance ${i}: ${b.output().slice(-3000)}`).join("\n---\n")}`);
      });
      const reasons = new Map<string, number>();
      for (const f of tg.webhookFailures) reasons.set(f.reason.split(":")[0]!, (reasons.get(f.reason.split(":")[0]!) ?? 0) + 1);
      console.info(`${total} updates; killed at ${doneAtKill} with ${inHand.length} in hand; webhook requests retried: ${JSON.stringify(Object.fromEntries(reasons))}`);

      expect(stuck).toEqual([]);
      expect(done).toBe(total);
      expect(doneAtKill).toBeLessThan(total);
      // What the killed instance held was answered: by another one after Telegram's retry (or by
      // the killed one itself, when its answer got out in the instant before the kill).
      for (const { updateId } of inHand) {
        expect(proxy.forwarded.some((f) => f.updateId === updateId && f.status === 200), `update ${updateId}`).toBe(true);
      }
      expect(proxy.forwarded.some((f) => inHand.some((p) => p.updateId === f.updateId) && f.instance !== victim && f.status === 200)).toBe(true);
      expect(tg.webhookFailures.some((f) => f.reason === "timeout")).toBe(true);
      expect(tg.webhookFailures.some((f) => f.reason !== "timeout")).toBe(true);

      // Each teacher's updates were answered by all three instances.
      for (const { user } of journeys) {
        const answeredBy = new Set(proxy.forwarded.filter((f) => f.chat === user.id && f.status === 200).map((f) => f.instance));
        expect(answeredBy.size, `instances that answered ${user.id}`).toBe(3);
      }

      const teachersInHand = new Set(inHand.map((p) => p.chat));
      for (const [n, { user }] of journeys.entries()) {
        const texts = user.messages().map((m) => m.text ?? "");
        expect(texts.filter((t) => t.includes("Что-то пошло не так") || t.includes("Не получилось сохранить"))).toEqual([]);
        const record = (await store.users.byTelegramId(BigInt(user.id)))!;
        expect(record.fullName).toBe(nameOf(n));
        const history = await store.profiles.history(record.id);
        expect(history).toMatchObject({ position: "учитель физики", teachingYears: 12 });
        const route = (await store.routes.currentOf(record.id))!;
        expect(route).toMatchObject({ status: "submitted", version: 1 });
        expect(((await store.privacy.export(record.id)) as { routes: unknown[] }).routes).toHaveLength(1);
        expect((await store.audit.byAction("route_submitted")).filter((a) => String(a.targetId) === String(route.id))).toHaveLength(1);
        // The deputy is asked once; a second time only if the kill fell on that very press
        // (Telegram has no idempotent send: the request may have gone out before the process died).
        const requests = tg.messages(DEPUTY).filter((m) => m.text?.includes("ИОМ на согласование") && m.text.includes(nameOf(n)));
        if (!teachersInHand.has(user.id)) expect(requests, nameOf(n)).toHaveLength(1);
        expect(requests.length).toBeGreaterThanOrEqual(1);
        expect(requests.length).toBeLessThanOrEqual(2);
      }
      expect(await store.updates.unfinished(new Date(Date.now() + 3_600_000), true)).toEqual([]);
      expect(await store.updates.abandoned()).toBe(0);

      // Every reminder went out once, though three schedulers were after it.
      expect(reminded()).toEqual(Array(REMINDED).fill(1));
      const rows = (await store.outbox.all()).filter((row) => row.key.startsWith("instances|"));
      expect(rows.map((row) => row.status)).toEqual(Array(REMINDED).fill("sent"));
    } finally {
      await opened.close();
    }
  }, 1_200_000);
});
