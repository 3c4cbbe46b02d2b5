import { describe, it, expect } from 'vitest';
import { isCommonPassword } from '../../domain/accounts/common-passwords.js';
import { buildCommonPasswordSet, loadCommonPasswords } from './common-password-list.js';

describe('buildCommonPasswordSet', () => {
  it('lower-cases the entries and drops those under 6 characters', () => {
    const set = buildCommonPasswordSet(['Dragon', '12345', 'abc', 'qwerty', 'SOLEIL', 'Été123']);
    expect([...set].sort()).toEqual(['dragon', 'qwerty', 'soleil', 'été123']);
  });
});

describe('loadCommonPasswords', () => {
  it('loads the zxcvbn common list: lower case, at least 6 characters', async () => {
    const list = await loadCommonPasswords();
    expect(list.size).toBeGreaterThan(40_000);
    expect(list.has('password')).toBe(true);
    expect(list.has('123456')).toBe(true);
    expect(list.has('azerty')).toBe(true);
    expect(list.has('12345')).toBe(false);
    const misfits = [...list].filter((e) => e !== e.toLowerCase() || [...e].length < 6);
    expect(misfits).toEqual([]);
  });

  it('caches the set between calls', async () => {
    const first = await loadCommonPasswords();
    const second = await loadCommonPasswords();
    expect(second).toBe(first);
  });

  it('catches decorated common passwords with isCommonPassword', async () => {
    const list = await loadCommonPasswords();
    expect(isCommonPassword('Password123!', list)).toBe(true);
    expect(isCommonPassword('Azerty2024', list)).toBe(true);
    expect(isCommonPassword('Vx7#quillon-Bretagne', list)).toBe(false);
  });
});
