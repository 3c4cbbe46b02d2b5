// Affordability (seed rule, leaflet: "vous devez gagner environ 3 fois le montant du loyer (charges
// comprises)"; DOMAIN.md §4): the household's monthly income, housing benefit (AL/APL) included,
// must be at least `factor` × (rent + charges). The factor is configuration (default 3). Money is
// in integer cents. The effort rate (taux d'effort) is shown for information only.

/** The default income-to-rent factor. */
export const DEFAULT_AFFORDABILITY_FACTOR = 3;

/** The money figures of the affordability rule, all in cents a month. */
export type AffordabilityInput = {
  monthlyIncomeCents: number;
  housingBenefitCents: number;
  rentCents: number;
  chargesCents: number;
  factor: number;
};

/** Outcome of the affordability rule. */
export type Affordability = {
  passes: boolean;
  /** Income plus housing benefit. */
  availableCents: number;
  /** factor × (rent + charges), rounded up to the cent. */
  requiredCents: number;
};

function checkCents(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer number of cents: ${value}`);
  }
}

/** Checks the income against factor × (rent + charges); exactly the threshold passes. */
export function affordability(input: AffordabilityInput): Affordability {
  const { monthlyIncomeCents, housingBenefitCents, rentCents, chargesCents, factor } = input;
  checkCents('monthlyIncomeCents', monthlyIncomeCents);
  checkCents('housingBenefitCents', housingBenefitCents);
  checkCents('rentCents', rentCents);
  checkCents('chargesCents', chargesCents);
  if (!Number.isFinite(factor) || factor <= 0) {
    throw new RangeError(`the affordability factor must be positive: ${factor}`);
  }
  // Round away binary noise (2.6 × 100 = 260.00000000000003) before rounding up to the cent.
  const exact = Math.round(factor * (rentCents + chargesCents) * 1e6) / 1e6;
  const requiredCents = Math.ceil(exact);
  const availableCents = monthlyIncomeCents + housingBenefitCents;
  return { passes: availableCents >= requiredCents, availableCents, requiredCents };
}

/** (rent + charges − housing benefit) / monthly income, rounded to 3 decimals; null without income. */
export function effortRate(input: Omit<AffordabilityInput, 'factor'>): number | null {
  if (input.monthlyIncomeCents <= 0) return null;
  const net = Math.max(0, input.rentCents + input.chargesCents - input.housingBenefitCents);
  return Math.round((net / input.monthlyIncomeCents) * 1000) / 1000;
}
