// A change proposed to a teacher's route by someone who supports her (002 §3.2): a goal in other
// words, or a task to add. Applying it is the teacher's choice.
import type { Route } from "./route.js";
import { LIMITS } from "./validation.js";
import { DomainError } from "./errors.js";

export const PROPOSAL_KINDS = ["goal", "task"] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export function applyProposal(route: Route, proposal: { kind: ProposalKind; text: string }): Route {
  if (proposal.kind === "goal") return { ...route, goal: proposal.text };
  if (route.tasks.length >= LIMITS.tasks) throw new DomainError("too_many_tasks", "too many tasks");
  return { ...route, tasks: [...route.tasks, { title: proposal.text, resources: [], activities: [] }] };
}
