// Invites and mentors: a deputy (or director) invites the people of their school by links that
// expire and can be listed and revoked, and assigns mentors; an administrator invites methodists.
import { Composer, InlineKeyboard, type CommandContext } from "grammy";
import type { BotContext } from "../context.js";
import { pressOf } from "../callback-data/press.js";
import { associationButtons, organisationButtons } from "../callback-data/buttons.js";
import { actorOf, ensureAllowed, personOf, refuseCallback } from "../access.js";
import { now } from "../clock.js";
import { shorten } from "../text.js";
import { personName as fullPersonName } from "../views/people.js";
import { refusalText } from "../views/refusals.js";
import { inviteLink, showInvites } from "../views/invites.js";
import { showMentees } from "../views/mentees.js";
import { assignMentor as assignMentorTo } from "../../usecases/schools.js";
import { createMethodistInvite, createSchoolInvite, managedSchool, revokeInvite, rolesToInvite, type CreatedInvite } from "../../usecases/invites.js";
import { ROLES, type Role } from "../../domain/permissions.js";
import { formatDate, localDateOf } from "../../domain/time.js";
import { LIMITS, parseField, textSchema } from "../../domain/validation.js";

async function adminSchool(ctx: BotContext): Promise<{ schoolId: number; districtId: number } | undefined> {
  return managedSchool(await actorOf(ctx));
}

export function organisationsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command("mentor", chooseMentor);
  composer.command("invite", inviteCommand);
  composer.command("invites", listInvites);
  composer.callbackQuery(organisationButtons.filter, onPress);
  return composer;
}

async function chooseMentor(ctx: BotContext): Promise<unknown> {
  const school = await adminSchool(ctx);
  if (!school) return ctx.reply(ctx.t("org-not-school-admin"));
  if (!(await ensureAllowed(ctx, "school.assign_mentor", { kind: "school", ...school }))) return;
  const mentors = await ctx.deps.store.organisations.membersWithRole(school.schoolId, "mentor");
  if (!mentors.length) return ctx.reply(ctx.t("org-no-mentors"));
  const keyboard = new InlineKeyboard();
  for (const mentorId of mentors) keyboard.text(await personName(ctx, mentorId), organisationButtons.pack("chooseMentor", mentorId)).row();
  return ctx.reply(ctx.t("org-choose-mentor"), { reply_markup: keyboard });
}

/** `/invite role [association]`, or the roles to choose from. */
async function inviteCommand(ctx: CommandContext<BotContext>): Promise<unknown> {
  if (ctx.match.trim() === "methodist") return createDistrictInvite(ctx);
  const roles = await rolesToInvite(ctx.deps.store, personOf(ctx));
  if (!roles.length) return ctx.reply(ctx.t("error-not-allowed"));
  // The role, then optionally the name of the subject association the person joins.
  const [role = "", ...rest] = ctx.match.trim().split(/\s+/);
  if (!(ROLES as readonly string[]).includes(role) || !roles.includes(role as Role)) {
    const keyboard = new InlineKeyboard();
    for (const candidate of roles) keyboard.text(ctx.t(`role-${candidate}`), organisationButtons.pack("newInvite", candidate)).row();
    return ctx.reply(ctx.t("org-invite-choose"), { reply_markup: keyboard });
  }
  const association = parseField(textSchema(LIMITS.title), rest.join(" "));
  return createInvite(ctx, role as Role, association.ok ? association.value : undefined);
}

async function listInvites(ctx: BotContext): Promise<unknown> {
  const school = await adminSchool(ctx);
  if (!school && !(await actorOf(ctx)).isSuperAdmin) return ctx.reply(ctx.t("org-not-school-admin"));
  if (school && !(await ensureAllowed(ctx, "school.invite.teacher", { kind: "school", ...school }))) return;
  return showInvites(ctx);
}

async function onPress(ctx: BotContext): Promise<unknown> {
  const press = await pressOf(ctx, organisationButtons);
  if (!press) return;
  if (press.action === "chooseMentor") return assignMentor(ctx, press.values[0], undefined);
  if (press.action === "assignMentor") return assignMentor(ctx, press.values[0], press.values[1]);
  if (press.action === "newInvite") {
    await ctx.answerCallbackQuery();
    return createInvite(ctx, press.values[0]);
  }
  const outcome = await revokeInvite(ctx.deps.store, { person: personOf(ctx), inviteId: press.values[0], at: now(ctx) });
  if (!outcome.ok) return ctx.answerCallbackQuery({ text: await refusalText(ctx, outcome.refusal), show_alert: true });
  await ctx.answerCallbackQuery({ text: ctx.t("org-revoked") });
  // The list the link was revoked from, as it is now.
  return showInvites(ctx);
}

/** An administrator invites the municipal methodists of the district. */
async function createDistrictInvite(ctx: BotContext): Promise<void> {
  const outcome = await createMethodistInvite(ctx.deps.store, { person: personOf(ctx), at: now(ctx) });
  if (!outcome.ok) return void (await ctx.reply(await refusalText(ctx, outcome.refusal)));
  await replyWithInvite(ctx, outcome.value);
}

async function personName(ctx: BotContext, userId: number): Promise<string> {
  return shorten(await fullPersonName(ctx, userId), 50);
}

/** A deputy assigns a mentor to a teacher of the same school: first the mentor, then the teacher. */
async function assignMentor(ctx: BotContext, mentorId: number, teacherId: number | undefined): Promise<void> {
  const school = await adminSchool(ctx);
  if (!school || !(await ensureAllowed(ctx, "school.assign_mentor", { kind: "school", ...school }))) return;
  if (teacherId === undefined) {
    const mentors = await ctx.deps.store.organisations.membersWithRole(school.schoolId, "mentor");
    if (!mentors.includes(mentorId)) return refuseCallback(ctx);
    await ctx.answerCallbackQuery();
    return showMentees(ctx, mentorId);
  }
  const outcome = await assignMentorTo(ctx.deps.store, { person: personOf(ctx), mentorId, teacherId, at: now(ctx) });
  if (!outcome.ok) return refuseCallback(ctx);
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("org-mentor-assigned", { mentor: await personName(ctx, mentorId), teacher: await personName(ctx, teacherId) }));
}

async function createInvite(ctx: BotContext, role: Role, associationName?: string): Promise<void> {
  if (role === "shmo_head" && !associationName) return chooseAssociationForHead(ctx);
  const outcome = await createSchoolInvite(ctx.deps.store, { person: personOf(ctx), role, ...(associationName ? { associationName } : {}), at: now(ctx) });
  if (!outcome.ok) return void (await ctx.reply(await refusalText(ctx, outcome.refusal)));
  await replyWithInvite(ctx, outcome.value);
}

/** An association head is invited into a subject association: the school's list to choose from (or a way to create one first). */
async function chooseAssociationForHead(ctx: BotContext): Promise<void> {
  const school = await adminSchool(ctx);
  if (!school) return void (await ctx.reply(ctx.t("org-not-school-admin")));
  const associations = await ctx.deps.store.associations.ofSchool(school.schoolId);
  const keyboard = new InlineKeyboard();
  for (const a of associations) keyboard.text(shorten(a.name, 60), associationButtons.pack("inviteHead", a.id)).row();
  keyboard.text(ctx.t("shmo-create"), associationButtons.pack("create", school.schoolId));
  await ctx.reply(ctx.t(associations.length ? "org-shmo-choose" : "org-shmo-first"), { reply_markup: keyboard });
}

async function replyWithInvite(ctx: BotContext, invite: CreatedInvite): Promise<void> {
  const date = formatDate(localDateOf(invite.expiresAt, ctx.deps.config.TIMEZONE));
  await ctx.reply(ctx.t("org-invite-created", { role: ctx.t(`role-${invite.role}`), link: inviteLink(ctx, invite.code), date, multi: invite.shared ? "yes" : "no" }), {
    link_preview_options: { is_disabled: true },
  });
}
