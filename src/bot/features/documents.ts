// The route as a Word document, sent on request to the teacher or anyone who may view it.
import { Composer, InputFile } from "grammy";
import type { BotContext } from "../context.js";
import { documentButtons } from "../callback-data/buttons.js";
import { ensureAllowed, refuseCallback, routeTarget } from "../access.js";
import { sendFileOrOfferRetry } from "../files.js";
import { routeDocx } from "../render/route-docx.js";
import { profileChart } from "../views/diagnosis.js";
import { historyText } from "../views/history.js";
import { areaName } from "../views/route.js";
import type { Route } from "../../domain/route.js";

export async function routeDocumentFor(ctx: BotContext, route: Route): Promise<Buffer> {
  const store = ctx.deps.store;
  const teacher = await store.users.byId(route.teacherId);
  const school = await store.organisations.byId(route.schoolId);
  const history = route.history ?? (await store.profiles.history(route.teacherId));
  return routeDocx({
    route,
    t: (key, params) => ctx.t(key, params),
    school: school?.name ?? "",
    teacher: teacher?.fullName ?? "",
    areaName: (code) => areaName(ctx, code),
    historyLines: historyText(ctx, history).split("\n").slice(2),
    ...(route.profile?.areas.length ? { chartPng: profileChart(ctx, route.profile) } : {}),
  });
}

export function documentsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.callbackQuery(documentButtons.filter, async (ctx) => {
    const press = documentButtons.unpack(ctx.callbackQuery.data);
    const route = press && press !== "stale" ? await ctx.deps.store.routes.byId(press.values[0]) : undefined;
    if (!route) return refuseCallback(ctx);
    if (!(await ensureAllowed(ctx, "route.export", await routeTarget(ctx, route)))) return;
    await ctx.answerCallbackQuery();
    await sendFileOrOfferRetry(
      ctx,
      async () => ctx.replyWithDocument(new InputFile(await routeDocumentFor(ctx, route), `IOM-${route.id}.docx`), { caption: route.title }),
      ctx.callbackQuery.data,
    );
  });
  return composer;
}
