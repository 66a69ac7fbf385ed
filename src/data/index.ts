// The data-access layer: the only code that talks to Prisma.
import type { Database } from "./database.js";
import { usersRepository } from "./users.js";
import { sessionsRepository } from "./sessions.js";
import { auditRepository } from "./audit.js";
import { updatesRepository } from "./updates.js";
import { organisationsRepository } from "./organisations.js";
import { profilesRepository } from "./profiles.js";
import { diagnosticsRepository } from "./diagnostics.js";
import { routesRepository } from "./routes.js";
import { catalogRepository } from "./catalog.js";
import { outboxRepository } from "./outbox.js";
import { schedulerStateRepository } from "./scheduler-state.js";
import { monitoringRepository } from "./monitoring.js";
import { privacyRepository } from "./privacy.js";
import { bulkRepository } from "./bulk.js";
import { worklistsRepository } from "./worklists.js";
import { recommendationsRepository } from "./recommendations.js";
import { reviewsRepository } from "./reviews.js";
import { associationsRepository } from "./associations.js";
import { interviewsRepository } from "./interviews.js";
import { roundsRepository } from "./rounds.js";
import { methodistsRepository } from "./methodists.js";
import { proposalsRepository } from "./proposals.js";

export { openDatabase, type Database } from "./database.js";
export { HeldSessionWrites, StatesReadAhead, stateKey, type SessionWrite } from "./sessions.js";
export { DatabaseUnavailable, isStorageFailure } from "./errors.js";
export { providerOf, type Provider } from "./schema-engine.js";
export type { UserRecord } from "./users.js";
export type { InviteRecord, OrganisationRecord, RedeemResult } from "./organisations.js";
export type { DiagnosticRecord } from "./diagnostics.js";
export type { RouteSummary } from "./worklists.js";
export type { ReviewRecord } from "./reviews.js";
export type { AssociationSummary } from "./associations.js";
export type { InterviewRecord } from "./interviews.js";
export type { RoundRecord } from "./rounds.js";
export type { SchoolRecommendationRecord } from "./methodists.js";
export type { ProposalRecord } from "./proposals.js";
export { RECOMMENDATION_STATUSES, type RecommendationStatus, type RecommendationRecord } from "./recommendations.js";
export type { ActivityFacts, CorrectionRecord, DecisionKind } from "./routes.js";
export { SCHOOL_FACT_FIELDS, type SchoolFactField, type MonitoringFacts } from "./monitoring.js";
export type { HistoryField } from "./profiles.js";
export { outboxKey, type OutboxInput, type OutboxRow } from "./outbox.js";

export function createStore(database: Database) {
  const { prisma, lane } = database;
  return {
    provider: database.provider,
    ping: () => database.ping(),
    chatLocks: database.chatLocks,
    users: usersRepository(prisma, lane),
    sessions: sessionsRepository(prisma, lane),
    audit: auditRepository(prisma),
    updates: updatesRepository(prisma, lane),
    organisations: organisationsRepository(prisma, lane),
    profiles: profilesRepository(lane),
    diagnostics: diagnosticsRepository(prisma),
    routes: routesRepository(prisma, lane, database.provider),
    catalog: catalogRepository(prisma),
    outbox: outboxRepository(prisma, lane),
    schedulerState: schedulerStateRepository(prisma),
    monitoring: monitoringRepository(prisma),
    privacy: privacyRepository(prisma),
    bulk: bulkRepository(prisma),
    worklists: worklistsRepository(prisma),
    recommendations: recommendationsRepository(prisma),
    reviews: reviewsRepository(prisma),
    associations: associationsRepository(prisma),
    interviews: interviewsRepository(prisma),
    rounds: roundsRepository(prisma),
    methodists: methodistsRepository(prisma),
    proposals: proposalsRepository(prisma),
  };
}

export type Store = ReturnType<typeof createStore>;
