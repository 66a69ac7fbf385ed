// A teacher who opened an invite link to a fresh school (consent not given yet).
import type { Harness } from "./harness.js";
import type { UserProfile } from "../../src/testing/telegram-user.js";

export async function invitedTeacher(h: Harness, telegramId: number, profile: UserProfile = { first_name: "Анна", username: "anna_teacher" }, expiresAt = new Date(Date.now() + 86_400_000)) {
  const store = h.app.store;
  const district = await store.organisations.createDistrict("Район");
  const school = await store.organisations.createSchool(district.id, "Школа № 5");
  const invite = await store.organisations.createInvite({ organisationId: school.id, role: "teacher", expiresAt });
  const user = h.user(telegramId, profile);
  await user.command("start", invite.code);
  return { user, schoolId: school.id, districtId: district.id };
}
