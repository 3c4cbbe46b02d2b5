/**
 * A transition: the state it leads to and, optionally, the name of the guard that must pass (or
 * several names, all of which must pass).
 */
export type Transition<S extends string, G extends string> = { to: S; guard?: G | readonly G[] };

/** A workflow as data: for each state, the events it accepts and where they lead. */
export type TransitionTable<S extends string, E extends string, G extends string> = Record<
  S,
  Partial<Record<E, Transition<S, G> | readonly Transition<S, G>[]>>
>;

/** Why a transition was refused. */
export type TransitionRefusal<S extends string, E extends string> =
  | { kind: 'not_allowed'; from: S; event: E }
  | { kind: 'guard_failed'; from: S; event: E; guards: string[] };

/** The result of asking a workflow where an event leads. */
export type TransitionResult<S extends string, E extends string> =
  { ok: true; from: S; to: S } | { ok: false; refusal: TransitionRefusal<S, E> };

/** The guards of a transition that do not pass. */
function failingGuards<S extends string, G extends string>(
  transition: Transition<S, G>,
  guards: Record<G, boolean>,
): G[] {
  const names = transition.guard === undefined ? [] : ([] as G[]).concat(transition.guard);
  return names.filter((name) => !guards[name]);
}

/**
 * Applies an event to a state. When an event has several possible targets, the first whose guards
 * all pass wins (a transition without guard always passes); a refusal names the guards that failed.
 */
export function applyTransition<S extends string, E extends string, G extends string>(
  table: TransitionTable<S, E, G>,
  from: S,
  event: E,
  guards: Record<G, boolean>,
): TransitionResult<S, E> {
  const entry = table[from][event];
  if (!entry) return { ok: false, refusal: { kind: 'not_allowed', from, event } };
  const candidates: readonly Transition<S, G>[] = Array.isArray(entry)
    ? entry
    : [entry as Transition<S, G>];
  const chosen = candidates.find((t) => failingGuards(t, guards).length === 0);
  if (!chosen) {
    return {
      ok: false,
      refusal: {
        kind: 'guard_failed',
        from,
        event,
        guards: candidates.flatMap((t) => failingGuards(t, guards)),
      },
    };
  }
  return { ok: true, from, to: chosen.to };
}
