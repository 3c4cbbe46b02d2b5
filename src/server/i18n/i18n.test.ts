import { describe, expect, it } from 'vitest';
import { format, messagesFor, pickLocale } from './index.js';

describe('pickLocale', () => {
  it.each([
    [undefined, undefined, 'fr'],
    ['en', 'fr-FR', 'en'],
    ['fr', 'en-GB', 'fr'],
    ['de', 'en-US,en;q=0.9', 'en'],
    [undefined, 'de-DE,en;q=0.5,fr;q=0.8', 'fr'],
    [undefined, 'es', 'fr'],
  ] as const)('cookie %s, Accept-Language %s → %s', (cookie, header, expected) => {
    expect(pickLocale(cookie, header)).toBe(expected);
  });
});

describe('messages', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Réessayez dans {seconds} s {x}', { seconds: 3 })).toBe('Réessayez dans 3 s {x}');
  });

  it('has a non-empty English text for every French error', () => {
    const fr = messagesFor('fr').errors;
    const en = messagesFor('en').errors;
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(en[key].length).toBeGreaterThan(0);
      expect(en[key]).not.toBe(fr[key]);
    }
  });
});
