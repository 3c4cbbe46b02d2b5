import { describe, it, expect } from 'vitest';
import { formatFrenchMobile, normalizeFrenchMobile } from './phone.js';

describe('normalizeFrenchMobile', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['0612345678', '+33612345678'],
    ['  0612345678  ', '+33612345678'],
    ['06\u00a012\u00a034\u00a056\u00a078', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33612345678', '+33612345678'],
    ['0033612345678', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['+33(0)612345678', '+33612345678'],
    ['0033 (0)6 12 34 56 78', '+33612345678'],
    ['(0)6 12 34 56 78', '+33612345678'],
    ['+33 0 6 12 34 56 78', '+33612345678'],
    ['07 98 76 54 32', '+33798765432'],
    ['+33 7 98 76 54 32', '+33798765432'],
  ])('accepts %j as %s', (input, e164) => {
    expect(normalizeFrenchMobile(input)).toEqual({ ok: true, e164 });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    [' . - ', 'empty'],
    ['01 23 45 67 89', 'not_mobile'],
    ['+33 1 23 45 67 89', 'not_mobile'],
    ['09 87 65 43 21', 'not_mobile'],
    ['08 00 12 34 56', 'not_mobile'],
    ['06 12 34 56 7', 'invalid_format'],
    ['06 12 34 56 789', 'invalid_format'],
    ['6 12 34 56 78', 'invalid_format'],
    ['00 12 34 56 78', 'invalid_format'],
    ['+33 0 12 34 56 78', 'invalid_format'],
    ['+44 7911 123456', 'invalid_format'],
    ['33612345678', 'invalid_format'],
    ['06 12 34 56 7A', 'invalid_format'],
    ['06 (12) 34 56 78', 'invalid_format'],
    ['+33', 'invalid_format'],
    ['+33 6 12 34 56 78 90', 'invalid_format'],
  ])('rejects %j with %s', (input, reason) => {
    expect(normalizeFrenchMobile(input)).toEqual({ ok: false, reason });
  });
});

describe('formatFrenchMobile', () => {
  it.each([
    ['+33612345678', '06 12 34 56 78'],
    ['+33798765432', '07 98 76 54 32'],
    ['+441234567890', '+441234567890'],
    ['0612345678', '0612345678'],
    ['', ''],
  ])('formats %j as %j', (e164, display) => {
    expect(formatFrenchMobile(e164)).toBe(display);
  });

  it('round-trips with normalizeFrenchMobile', () => {
    const result = normalizeFrenchMobile('+33 (0)7 11 22 33 44');
    expect(result.ok && formatFrenchMobile(result.e164)).toBe('07 11 22 33 44');
  });
});
