// The resource catalogue for a methodist: /catalog sends it as CSV; a CSV sent back (the same
// columns) adds and updates entries, and every bad line is reported with its number.
import { Composer, InputFile } from "grammy";
import type { BotContext } from "../context.js";
import { localeOf } from "../views/diagnosis.js";
import { importCatalog } from "../../usecases/catalog.js";
import { actorOf, ensureAllowed } from "../access.js";
import { now } from "../clock.js";
import { awaitInput, whenAwaiting } from "../input.js";
import { issueText } from "../text.js";
import { catalogCsv, catalogFromFile } from "../render/catalog-csv.js";
import { downloadRefusal, downloadText } from "../downloads.js";

async function catalogDistrict(ctx: BotContext): Promise<number | undefined> {
  const actor = await actorOf(ctx);
  const membership = actor.memberships.find((m) => m.role === "methodist" || m.role === "admin");
  if (membership) return membership.districtId;
  return actor.isSuperAdmin ? ((await ctx.deps.store.organisations.districts())[0]?.id ?? 0) : undefined;
}

export function catalogFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("catalog", async (ctx) => {
    const districtId = await catalogDistrict(ctx);
    if (districtId === undefined) return ctx.reply(ctx.t("error-not-allowed"));
    if (!(await ensureAllowed(ctx, "catalog.edit", { kind: "district", districtId }))) return;
    const csv = catalogCsv(await ctx.deps.store.catalog.all(), (key) => ctx.t(key), localeOf(ctx));
    await ctx.replyWithDocument(new InputFile(csv, ctx.t("catalog-file-name")), { caption: ctx.t("catalog-export") });
    awaitInput(ctx, "catalog-csv");
  });

  composer.on(
    "message",
    whenAwaiting("catalog-csv", async (ctx) => {
      const districtId = await catalogDistrict(ctx);
      if (districtId === undefined || !(await ensureAllowed(ctx, "catalog.edit", { kind: "district", districtId }))) return;
      const document = ctx.message.document;
      if (!document) return ctx.reply(ctx.t("catalog-send-file"));
      const downloaded = await downloadText(ctx, document.file_id);
      if (!downloaded.ok) return ctx.reply(downloadRefusal(ctx, downloaded.reason));
      const { entries, errors } = catalogFromFile(downloaded.text, (key) => ctx.t(key), localeOf(ctx));
      ctx.session.awaiting = undefined;
      const { written } = await importCatalog(ctx.deps.store, { userId: ctx.user.id, entries, rejected: errors.length, at: now(ctx) });
      const lines = errors.slice(0, 15).map((e) => ctx.t("catalog-error-line", { line: Number(e.path[0]), problem: issueText(ctx, e) }));
      return ctx.reply([ctx.t("catalog-imported", { written, errors: errors.length }), ...lines].join("\n"));
    }),
  );

  return composer;
}
