// The buttons of the home screen, the lists of routes and the route card; of subject
// associations, the methodical service and proposals; and "Cancel" under a prompt.
import { z } from "zod";
import { action, callbackCodec, idPart, indexPart } from "./codec.js";
import { WORK_LISTS } from "../../domain/work.js";
import { PROPOSAL_KINDS } from "../../domain/proposal.js";

/** A school in a button, or 0 where the list has none (a mentor's teachers). */
const placePart = z.coerce.number().int().min(0).max(2 ** 31 - 1);
const workList = z.enum(WORK_LISTS);

/** The home screen and the lists of routes reached from it; a route opened from a list knows its way back. */
export const homeButtons = callbackCodec("home", {
  show: action("show"),
  profile: action("prof"),
  help: action("help"),
  settings: action("set"),
  list: action("l", workList, placePart, indexPart),
  route: action("r", idPart, workList, placePart, indexPart),
  districtSchools: action("ds", idPart, indexPart),
  mySchools: action("my", idPart, indexPart),
  school: action("sc", idPart, indexPart),
  schoolDashboard: action("sd", idPart),
  districtDashboard: action("dd", idPart),
  fullRoute: action("full", idPart),
});

/** The school's subject associations: the list, one of them, choosing its head and teachers, a teacher choosing her own. */
export const associationButtons = callbackCodec("shmo", {
  list: action("l", idPart),
  create: action("new", idPart),
  steps: action("steps", idPart, z.enum(["1", "2"])),
  open: action("o", idPart),
  chooseHead: action("h", idPart, indexPart),
  setHead: action("sh", idPart, idPart),
  inviteHead: action("ih", idPart),
  chooseTeacher: action("t", idPart, indexPart),
  addTeacher: action("at", idPart, idPart),
  join: action("j", idPart),
});

/** The sections of the route card (each a paged screen). */
export const CARD_SECTIONS = ["tasks", "evidence", "outcomes", "reflection", "comments", "changes"] as const;
export type CardSection = (typeof CARD_SECTIONS)[number];

/** The route card and its sections; the evidence of an activity sent as files. */
export const cardButtons = callbackCodec("card", {
  card: action("c", idPart),
  section: action("s", idPart, z.enum(CARD_SECTIONS), indexPart),
  evidence: action("ev", idPart, idPart),
  profile: action("pf", idPart),
});

/** The methodical service: methodists' schools, and recommendations to a school as a whole. */
export const methodicalButtons = callbackCodec("mm", {
  methodists: action("ms", idPart),
  methodist: action("m", idPart, idPart, indexPart),
  toggle: action("t", idPart, idPart, indexPart),
  recommend: action("rec", idPart),
  recommendations: action("rs", idPart),
  mine: action("my"),
  recommendation: action("r", idPart),
  accept: action("acc", idPart),
  carriedOut: action("done", idPart),
  answer: action("ans", idPart),
});

/** Changes proposed to a teacher's route by those who support her, and her answer. */
export const proposalButtons = callbackCodec("pr", {
  choose: action("c", idPart),
  kind: action("k", idPart, z.enum(PROPOSAL_KINDS)),
  accept: action("yes", idPart),
  decline: action("no", idPart),
});

/** "Cancel" under every prompt that waits for typed text. */
export const inputButtons = callbackCodec("in", { cancel: action("x") });
