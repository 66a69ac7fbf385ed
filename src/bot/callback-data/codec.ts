// Typed callback data. Each namespace has one codec: actions named in words, each with the
// schema of its values; buttons are made with `pack`, presses read with `unpack`. On the wire a
// button is `namespace[version]:code:value:…` (≤ 64 bytes, Telegram's limit): version 1 writes no
// number, so buttons already in people's chats keep working; a layout change raises the version
// and an older button is recognised as stale (the feature shows the current screen) instead of
// being misread.
import { z } from "zod";

export const CALLBACK_LIMIT = 64;

/** A database id in a button: a positive 32-bit integer. */
export const idPart = z.coerce.number().int().positive().max(2 ** 31 - 1);
/** A position in a list (0-based). */
export const indexPart = z.coerce.number().int().min(0).max(10_000);

type Values = z.ZodTuple<readonly z.ZodType[], null>;

export interface ActionSpec<V extends Values = Values> {
  /** The short word on the wire (kept stable: buttons in chats carry it). */
  code: string;
  values: V;
}

export type Press<A extends Record<string, ActionSpec>> = { [K in keyof A & string]: { action: K; values: z.output<A[K]["values"]> } }[keyof A & string];

/** The actions of a codec. */
export type ActionsOf<C> = C extends CallbackCodec<infer A> ? A : never;

/** The typed press of a codec's buttons. */
export type PressOf<C> = C extends CallbackCodec<infer A> ? Press<A> : never;

export interface CallbackCodec<A extends Record<string, ActionSpec>> {
  readonly namespace: string;
  /** Matches every button of the namespace, whatever its version. */
  readonly filter: RegExp;
  pack<K extends keyof A & string>(action: K, ...values: z.output<A[K]["values"]>): string;
  /** The press, "stale" for a button of another layout version, undefined for anything malformed. */
  unpack(data: string | undefined): Press<A> | "stale" | undefined;
}

export function callbackCodec<A extends Record<string, ActionSpec>>(namespace: string, actions: A, version = 1): CallbackCodec<A> {
  if (!/^[a-z]+$/.test(namespace)) throw new Error(`namespace must be lowercase letters: ${namespace}`);
  const prefix = version === 1 ? namespace : `${namespace}${version}`;
  const byCode = new Map(Object.entries(actions).map(([action, spec]) => [spec.code, { action, spec }]));
  const filter = new RegExp(`^${namespace}\\d*:`);
  return {
    namespace,
    filter,
    pack(action, ...values) {
      const code = actions[action]!.code;
      const data = [prefix, ...(code ? [code] : []), ...(values as unknown[]).map(String)].join(":");
      if (Buffer.byteLength(data) > CALLBACK_LIMIT) throw new RangeError(`callback data over ${CALLBACK_LIMIT} bytes: ${data}`);
      return data;
    },
    unpack(data) {
      const match = data ? new RegExp(`^${namespace}(\\d*):(.*)$`).exec(data) : null;
      if (!match) return undefined;
      if ((match[1] ? Number(match[1]) : 1) !== version) return "stale";
      const [code, ...rest] = match[2]!.split(":");
      // An action with the empty code has its values right after the namespace (`doc:12`).
      const known = byCode.get(code ?? "") ?? byCode.get("");
      if (!known) return undefined;
      const parsed = known.spec.values.safeParse(known.spec.code ? rest : [code, ...rest]);
      return parsed.success ? ({ action: known.action, values: parsed.data } as Press<A>) : undefined;
    },
  };
}

/** One action's spec: its wire code and the schemas of its values, in order. */
export function action<const T extends readonly z.ZodType[]>(code: string, ...values: T): ActionSpec<z.ZodTuple<T, null>> {
  return { code, values: z.tuple(values as unknown as [z.ZodType]) as unknown as z.ZodTuple<T, null> };
}
