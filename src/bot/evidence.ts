// Evidence of an activity done, from what the teacher sent: a document (of a kind a school
// accepts, Telegram's 20 MB at most), a photo, a link, or a few words. Kept by Telegram's file id.
import type { BotContext } from "./context.js";
import type { Evidence } from "../domain/route.js";
import { LIMITS, parseField, textSchema } from "../domain/validation.js";
import { now } from "./clock.js";
import { issueText } from "./text.js";

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
const EVIDENCE_TYPES = /^(application\/(pdf|msword|vnd\.openxmlformats-officedocument\.[a-z.]+|vnd\.ms-[a-z]+|vnd\.oasis\.opendocument\.[a-z.]+|zip)|image\/(jpeg|png|webp|heic)|text\/plain|video\/mp4)$/;
const URL_ONLY = /^https?:\/\/\S+$/i;

export function evidenceFrom(ctx: BotContext): Evidence | { error: string } | undefined {
  const message = ctx.message;
  if (!message) return undefined;
  const addedAt = now(ctx).toISOString();
  if (message.document) {
    const doc = message.document;
    if ((doc.file_size ?? 0) > MAX_EVIDENCE_BYTES) return { error: ctx.t("lv-file-too-big", { mb: MAX_EVIDENCE_BYTES / 1024 / 1024 }) };
    if (doc.mime_type && !EVIDENCE_TYPES.test(doc.mime_type)) return { error: ctx.t("lv-file-type") };
    return { kind: "file", value: doc.file_id, ...(doc.file_name ? { fileName: doc.file_name } : {}), addedAt };
  }
  if (message.photo?.length) {
    const photo = message.photo[message.photo.length - 1]!;
    if ((photo.file_size ?? 0) > MAX_EVIDENCE_BYTES) return { error: ctx.t("lv-file-too-big", { mb: MAX_EVIDENCE_BYTES / 1024 / 1024 }) };
    return { kind: "photo", value: photo.file_id, addedAt };
  }
  if (message.text !== undefined) {
    const parsed = parseField(textSchema(LIMITS.longText), message.text);
    if (!parsed.ok) return { error: issueText(ctx, parsed.issue) };
    return { kind: URL_ONLY.test(parsed.value) ? "link" : "text", value: parsed.value, addedAt };
  }
  return { error: ctx.t("lv-evidence-hint") };
}
