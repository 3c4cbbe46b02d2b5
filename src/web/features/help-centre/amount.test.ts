import { describe, expect, it } from 'vitest';
import { parseAmount } from './amount';

describe('parseAmount', () => {
  it('reads French and English amounts, with spaces and the euro sign', () => {
    expect(parseAmount('150')).toBe(150);
    expect(parseAmount('150,50')).toBe(150.5);
    expect(parseAmount('1 250.5 €')).toBe(1250.5);
    expect(parseAmount('1\u202f250,00')).toBe(1250);
  });

  it('refuses what is not an amount', () => {
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('-3')).toBeNull();
    expect(parseAmount('12,345')).toBeNull();
    expect(parseAmount('cent euros')).toBeNull();
  });
});
