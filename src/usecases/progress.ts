// What a teacher records while her route is carried out (002 §4.2): products of her work, answers
// at the reflective checkpoints, points of broadcasting experience held. Each only on her own
// approved or active route, each with its audit record.
import type { Store } from "../data/index.js";
import type { Route } from "../domain/route.js";
import type { ProductKind } from "../domain/vocabulary.js";
import { refusalOn, type Person } from "./access.js";
import { done, refused, type Outcome } from "./outcome.js";

async function ownActiveRoute(store: Store, person: Person, routeId: number): Promise<Outcome<Route>> {
  const route = await store.routes.byId(routeId);
  if (!route) return refused({ reason: "not_found" });
  const refusal = await refusalOn(store, person, "route.progress", route);
  return refusal ? refused(refusal) : done(route);
}

/** The first web address written in a product's title: the product's link. */
function linkIn(title: string): string | undefined {
  return title.match(/https?:\/\/\S+/)?.[0];
}

export async function recordProduct(store: Store, input: { person: Person; routeId: number; kind: ProductKind; title: string; at: Date }): Promise<Outcome<{ title: string }>> {
  const route = await ownActiveRoute(store, input.person, input.routeId);
  if (!route.ok) return route;
  const link = linkIn(input.title);
  const audit = { actorId: input.person.userId, action: "product_recorded", targetType: "route", targetId: input.routeId, details: { kind: input.kind } };
  await store.routes.addProduct(input.routeId, { kind: input.kind, title: input.title, ...(link ? { link } : {}), createdAt: input.at.toISOString() }, audit);
  return done({ title: input.title });
}

/** A product's title written again (a typo, a better name, a link added). */
export async function renameProduct(store: Store, input: { person: Person; routeId: number; productId: number; title: string; at: Date }): Promise<Outcome<{ title: string }>> {
  const route = await ownActiveRoute(store, input.person, input.routeId);
  if (!route.ok) return route;
  if (!route.value.products.some((p) => p.id === input.productId)) return refused({ reason: "not_found" });
  const audit = { actorId: input.person.userId, action: "product_renamed", targetType: "route", targetId: input.routeId };
  return (await store.routes.renameProduct(input.routeId, input.productId, { title: input.title, link: linkIn(input.title) ?? null }, audit, input.at)) ? done({ title: input.title }) : refused({ reason: "changed_meanwhile" });
}

/** A product recorded by mistake leaves the route (with its audit record). */
export async function removeProduct(store: Store, input: { person: Person; routeId: number; productId: number; at: Date }): Promise<Outcome<{ title: string }>> {
  const route = await ownActiveRoute(store, input.person, input.routeId);
  if (!route.ok) return route;
  const product = route.value.products.find((p) => p.id === input.productId);
  if (!product) return refused({ reason: "not_found" });
  const audit = { actorId: input.person.userId, action: "product_removed", targetType: "route", targetId: input.routeId, details: { title: product.title } };
  return (await store.routes.removeProduct(input.routeId, input.productId, audit, input.at)) ? done({ title: product.title }) : refused({ reason: "changed_meanwhile" });
}

export async function answerCheckpoint(store: Store, input: { person: Person; routeId: number; checkpointId: number; answer: string; at: Date }): Promise<Outcome<{ checkpointId: number }>> {
  const route = await ownActiveRoute(store, input.person, input.routeId);
  if (!route.ok) return route;
  if (!route.value.checkpoints.some((c) => c.id === input.checkpointId)) return refused({ reason: "not_found" });
  const audit = { actorId: input.person.userId, action: "checkpoint_answered", targetType: "route", targetId: input.routeId };
  const answered = await store.routes.answerCheckpoint(input.checkpointId, input.answer, input.at, { routeId: input.routeId, authorId: input.person.userId, audit });
  return answered ? done({ checkpointId: input.checkpointId }) : refused({ reason: "changed_meanwhile" });
}

export async function markBroadcastHeld(store: Store, input: { person: Person; routeId: number; broadcastId: number; at: Date }): Promise<Outcome<{ event: string }>> {
  const route = await ownActiveRoute(store, input.person, input.routeId);
  if (!route.ok) return route;
  const point = route.value.broadcasts.find((b) => b.id === input.broadcastId);
  if (!point) return refused({ reason: "not_found" });
  const audit = { actorId: input.person.userId, action: "broadcast_held", targetType: "route", targetId: input.routeId };
  await store.routes.markBroadcastDone(input.broadcastId, input.routeId, input.at, audit);
  return done({ event: point.event });
}
