import { describe, expect, it } from 'vitest';
import { seedCeilingRows } from '../../domain/eligibility/ceiling-seed.js';
import { FINANCING_TYPES } from '../../domain/eligibility/ceilings.js';
import { evaluateEligibility } from '../../domain/eligibility/evaluate.js';
import { TYPOLOGIES } from '../../domain/eligibility/typology.js';
import { ceilingZoneOf } from '../../domain/eligibility/zones.js';
import { buildDemoApplications } from '../../registration/seed-data.js';
import {
  eligibilityKeyOf,
  eligibilityProfile,
  keysOfMask,
  maxAffordableCents,
  profileAdmits,
  typologyRank,
} from './eligibility-profile.js';

const now = new Date('2026-11-24T09:00:00Z');
const ceilings = seedCeilingRows().map((r) => r.row);
const applications = buildDemoApplications(now).map((d) => ({ ...d.application, documents: [] }));
const communes = ['75112', '93048', '77288', '92050', '69123', '13055'];
const totals = [30_000, 55_000, 69_333, 69_334, 90_000, 120_000, 150_000];

describe('eligibility profile', () => {
  it('agrees with evaluateEligibility on every demo household, financing, zone, typology and rent', () => {
    let eligible = 0;
    let checked = 0;
    for (const application of applications) {
      const profile = eligibilityProfile(application, ceilings, 3, now);
      for (const financing of FINANCING_TYPES) {
        for (const communeInsee of communes) {
          for (const typology of TYPOLOGIES) {
            for (const total of totals) {
              const offer = {
                communeInsee,
                typology,
                rentCents: total - 5_000,
                chargesCents: 5_000,
                financing,
              };
              const verdict = evaluateEligibility({
                application,
                fileValidated: true,
                applicationActive: true,
                offer,
                ceilings,
                affordabilityFactor: 3,
                today: now,
              });
              const admitted = profileAdmits(profile, {
                eligibilityKey: eligibilityKeyOf(financing, ceilingZoneOf(communeInsee)),
                typologyRank: typologyRank(typology),
                totalCents: total,
              });
              expect(
                admitted,
                `${application.uniqueNumber} ${financing} ${communeInsee} ${typology} ${total}`,
              ).toBe(verdict.eligible);
              if (admitted) eligible += 1;
              checked += 1;
            }
          }
        }
      }
    }
    // The table must exercise both outcomes, or the comparison proves nothing.
    expect(eligible).toBeGreaterThan(50);
    expect(eligible).toBeLessThan(checked / 2);
  });

  it('gives Jean Dupont (single, 24,800 €, 2,080 €/month) PLUS in zones 1–2 and PLS everywhere, T1–T2, up to 693.33 €', () => {
    const jean = applications.find((a) => a.applicant.firstName === 'Jean');
    if (!jean) throw new Error('no demo application (a)');
    const profile = eligibilityProfile(jean, ceilings, 3, now);
    expect(keysOfMask(profile.keyMask)).toEqual([3, 4, 6, 7, 8]);
    expect(profile).toMatchObject({ typologyMin: 1, typologyMax: 2, maxTotalCents: 69_333 });
  });

  it('finds the exact affordability threshold for any factor', () => {
    expect(maxAffordableCents({ monthlyIncomeCents: 208_000, housingBenefitCents: 0 }, 3)).toBe(
      69_333,
    );
    expect(
      maxAffordableCents({ monthlyIncomeCents: 100_000, housingBenefitCents: 30_000 }, 2.6),
    ).toBe(50_000);
    expect(maxAffordableCents({ monthlyIncomeCents: 0, housingBenefitCents: 0 }, 3)).toBe(0);
  });

  it('numbers financing × zone keys and leaves PLI out', () => {
    expect(eligibilityKeyOf('PLAI', 1)).toBe(0);
    expect(eligibilityKeyOf('PLS', 3)).toBe(8);
    expect(eligibilityKeyOf('PLI', 1)).toBeNull();
  });
});
