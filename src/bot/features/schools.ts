// Schools of the district: the administrator creates them one by one (/newschool) or from a CSV
// file or pasted list (/schools), each with the link its deputy joins by, and lists those links.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { ensureAllowed, personOf } from "../access.js";
import { now } from "../clock.js";
import { awaitInput, whenAwaiting } from "../input.js";
import { CSV_LIMITS, downloadRefusal, downloadText } from "../downloads.js";
import { refusalText } from "../views/refusals.js";
import { inviteLink } from "../views/invites.js";
import { createSchools as createSchoolsFor } from "../../usecases/schools.js";
import { readCsv } from "../render/csv.js";
import { formatDate, localDateOf } from "../../domain/time.js";
import { LIMITS, parseField, textSchema } from "../../domain/validation.js";

// "x3" with a Latin or Cyrillic x, or a multiplication sign.
const MORE_USES = /\s+[x\u0445\u00d7](\d{1,2})$/i;

/** Words a header row of the schools file may start with, in every language. */
function csvHeaderWords(ctx: BotContext): Set<string> {
  return new Set(["ru", "en"].flatMap((locale) => ctx.deps.i18n.t(locale, "org-csv-header").split(",").map((w) => w.trim().toLowerCase())));
}

/** Creates the schools named (a name may end in "x3": its deputy link for three people) and lists their links. */
async function createSchools(ctx: BotContext, lines: string[], single = false): Promise<void> {
  const schools = lines.map((line) => {
    const more = MORE_USES.exec(line);
    return more ? { name: line.slice(0, more.index).trim(), uses: Number(more[1]) } : { name: line };
  });
  const newDistrict = { name: ctx.t("org-default-district"), timezone: ctx.deps.config.TIMEZONE };
  const outcome = await createSchoolsFor(ctx.deps.store, { person: personOf(ctx), schools, newDistrict, at: now(ctx) });
  if (!outcome.ok) return void (await ctx.reply(await refusalText(ctx, outcome.refusal)));
  const text = outcome.value.map((school) => {
    if (school.existed) return ctx.t("org-csv-exists", { name: school.name });
    const params = { name: school.name, link: inviteLink(ctx, school.code), uses: school.uses, date: formatDate(localDateOf(school.expiresAt, ctx.deps.config.TIMEZONE)) };
    return ctx.t(single ? "org-school-created" : "org-csv-created", params);
  });
  await ctx.reply(text.join("\n"), { link_preview_options: { is_disabled: true } });
}

export function schoolsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("schools", async (ctx) => {
    if (!(await ensureAllowed(ctx, "system.manage_districts", { kind: "system" }))) return;
    awaitInput(ctx, "schools-csv");
    await ctx.reply(ctx.t("org-csv-ask"));
  });

  composer.on(
    "message",
    whenAwaiting("schools-csv", async (ctx) => {
      if (!(await ensureAllowed(ctx, "system.manage_districts", { kind: "system" }))) return;
      let text = ctx.message.text;
      const document = ctx.message.document;
      if (document) {
        const downloaded = await downloadText(ctx, document.file_id);
        if (!downloaded.ok) return ctx.reply(downloadRefusal(ctx, downloaded.reason));
        text = downloaded.text;
      } else if (text !== undefined && text.split("\n").length > CSV_LIMITS.lines) return ctx.reply(downloadRefusal(ctx, "too_many_lines"));
      if (text === undefined) return ctx.reply(ctx.t("org-csv-ask"));
      const rows = readCsv(text);
      const header = (rows[0]?.[0] ?? "").trim().toLowerCase();
      const names = rows
        .slice(csvHeaderWords(ctx).has(header) ? 1 : 0)
        .map((row) => (row[0] ?? "").trim())
        .filter((name) => name.length >= 2 && name.length <= LIMITS.title);
      if (!names.length) return ctx.reply(ctx.t("org-csv-empty"));
      ctx.session.awaiting = undefined;
      return createSchools(ctx, [...new Set(names)]);
    }),
  );

  composer.command("newschool", async (ctx) => {
    if (!(await ensureAllowed(ctx, "system.manage_districts", { kind: "system" }))) return;
    const more = MORE_USES.exec(ctx.match.trim());
    const parsed = parseField(textSchema(LIMITS.title), more ? ctx.match.trim().slice(0, more.index) : ctx.match);
    if (!parsed.ok) return ctx.reply(ctx.t("org-newschool-usage"));
    return createSchools(ctx, [more ? `${parsed.value}${more[0]}` : parsed.value], true);
  });

  return composer;
}
