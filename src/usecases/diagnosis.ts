// The teacher's current competence profile: her latest completed self-diagnosis, blended with an
// external diagnostic when there is one, and the deficits it shows (a read, for any feature).
import type { Store } from "../data/index.js";
import { currentFramework, frameworkByVersion } from "../domain/framework.js";
import { combineWithExternal, findDeficits, scoreSelfDiagnosis, type CompetenceProfile, type DeficitFinding } from "../domain/diagnostics.js";

const framework = currentFramework;

export interface Diagnosis {
  profile: CompetenceProfile;
  deficits: DeficitFinding[];
  diagnosticId?: number;
}

/** The teacher's latest profile: the completed self-diagnosis blended with an external one. */
export async function currentDiagnosis(store: Store, userId: number): Promise<Diagnosis | undefined> {
  const [self, external] = await Promise.all([store.diagnostics.latestCompleted(userId, "self"), store.diagnostics.latestCompleted(userId, "external")]);
  if (!self && !external) return undefined;
  const used = (self && frameworkByVersion(self.frameworkVersion)) || framework;
  const answers = self?.answers ?? {};
  const base = scoreSelfDiagnosis(used, answers);
  const profile = external ? combineWithExternal(base, external.answers) : base;
  return { profile, deficits: findDeficits(used, profile, answers), ...(self ? { diagnosticId: self.id } : {}) };
}
