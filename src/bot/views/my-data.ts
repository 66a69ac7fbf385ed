// What the bot holds about a person, in words, grouped, with dates (152-ФЗ art. 14): who they are,
// their roles, the educational history, self-diagnoses, routes, what they wrote. The same data
// goes with it as a machine-readable file.
import type { BotContext } from "../context.js";
import { historyText } from "./history.js";
import { areaName } from "./route.js";
import { formatDate, localDateOf } from "../../domain/time.js";

export interface DataSection {
  title: string;
  lines: string[];
}

export async function myDataSections(ctx: BotContext): Promise<DataSection[]> {
  const store = ctx.deps.store;
  const date = (at: Date | string) => formatDate(localDateOf(new Date(at), ctx.deps.config.TIMEZONE));
  const user = ctx.user;
  const [memberships, history, diagnosis, routes, exported] = await Promise.all([
    store.organisations.membershipsOf(user.id),
    store.profiles.history(user.id),
    store.diagnostics.latestCompleted(user.id, "self"),
    store.routes.allOf(user.id),
    store.privacy.export(user.id),
  ]);
  const roles = await Promise.all(memberships.map(async (m) => ctx.t("md-role", { role: ctx.t(`role-${m.role}`), organisation: (await store.organisations.byId(m.organisationId))?.name ?? "" })));
  const written = (exported.commentsWritten as unknown[] | undefined)?.length ?? 0;
  return [
    {
      title: ctx.t("md-who"),
      lines: [
        ctx.t("md-name", { name: user.fullName ?? "—" }),
        ctx.t("md-username", { username: user.username ? `@${user.username}` : "—" }),
        ctx.t("md-language", { language: ctx.t(`language-${user.locale === "en" ? "en" : "ru"}`) }),
        user.consentAt ? ctx.t("md-consent", { date: date(user.consentAt) }) : ctx.t("md-no-consent"),
        ...(user.pausedUntil ? [ctx.t("md-paused", { date: date(user.pausedUntil) })] : []),
      ],
    },
    { title: ctx.t("md-roles"), lines: roles.length ? roles : ["—"] },
    { title: ctx.t("history-title"), lines: historyText(ctx, history).split("\n").slice(2) },
    {
      title: ctx.t("md-diagnosis"),
      lines: diagnosis?.profile
        ? [ctx.t("md-diagnosis-date", { date: date(diagnosis.completedAt!) }), ...diagnosis.profile.areas.map((a) => `${areaName(ctx, a.area)}: ${String(a.percent).replace(".", user.locale === "en" ? "." : ",")} %`)]
        : [ctx.t("md-none")],
    },
    { title: ctx.t("md-routes"), lines: routes.length ? routes.map((r) => ctx.t("md-route", { title: r.title || ctx.t("route-untitled"), status: ctx.t(`status-${r.status}`) })) : [ctx.t("md-none")] },
    { title: ctx.t("md-written"), lines: [ctx.t("md-written-count", { count: written })] },
    { title: ctx.t("md-technical"), lines: [ctx.t("md-technical-text")] },
  ];
}
