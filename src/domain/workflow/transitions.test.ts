import { describe, expect, it } from 'vitest';
import { applyTransition, type TransitionTable } from './transitions.js';

type S = 'a' | 'b' | 'c';
type E = 'go' | 'stay';
type G = 'x' | 'y' | 'z';

const TABLE: TransitionTable<S, E, G> = {
  a: {
    go: [
      { to: 'b', guard: ['x', 'y'] },
      { to: 'c', guard: 'z' },
    ],
  },
  b: { go: { to: 'c' } },
  c: {},
};
const guards = (x: boolean, y: boolean, z: boolean) => ({ x, y, z });

describe('applyTransition', () => {
  it('takes a transition without guard', () => {
    expect(applyTransition(TABLE, 'b', 'go', guards(false, false, false))).toEqual({
      ok: true,
      from: 'b',
      to: 'c',
    });
  });

  it('refuses an event the state does not accept', () => {
    expect(applyTransition(TABLE, 'c', 'go', guards(true, true, true))).toEqual({
      ok: false,
      refusal: { kind: 'not_allowed', from: 'c', event: 'go' },
    });
  });

  it('needs every guard of a list, and falls through to the next target', () => {
    expect(applyTransition(TABLE, 'a', 'go', guards(true, true, false))).toMatchObject({
      ok: true,
      to: 'b',
    });
    expect(applyTransition(TABLE, 'a', 'go', guards(true, false, true))).toMatchObject({
      ok: true,
      to: 'c',
    });
  });

  it('names only the guards that failed', () => {
    expect(applyTransition(TABLE, 'a', 'go', guards(true, false, false))).toEqual({
      ok: false,
      refusal: { kind: 'guard_failed', from: 'a', event: 'go', guards: ['y', 'z'] },
    });
  });
});
