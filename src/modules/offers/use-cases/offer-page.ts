// The offer page ("fiche détaillée", handbook §8): deadline, availability, figures, photos,
// position, landlord, similar offers, the counts of candidacies and of eligible applicants, and
// for an applicant the verdict rule by rule, so that one who is not eligible and opens the link
// sees why instead of a missing page.
import { sql } from 'drizzle-orm';
import { evaluateEligibility } from '../../../domain/eligibility/evaluate.js';
import type { AppDeps, SessionUser } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import type { OfferRow, PhotoMeta } from '../offer.repo.js';
import { eligibilityProfile, type EligibilityProfile } from '../eligibility-profile.js';
import { isoToday } from '../offer.rules.js';
import { photoView } from '../offer.view.js';
import { cachedCeilings } from '../../ceilings/ceilings-cache.js';
import { cardColumns, searchOffers, toCard } from '../search.repo.js';
import { canSeeOffers, findSearchFile } from './search.js';

/** Radius of the "similar offers" (same typology nearby), metres. */
export const SIMILAR_RADIUS_M = 10_000;
const VISIBLE = new Set(['published', 'closed']);

type PageRow = Parameters<typeof toCard>[0] & {
  status: OfferRow['status'];
  street: string;
  has_lift: boolean;
  energy_class: string;
  ges_class: string;
  heating: string;
  description: string;
  showcase: boolean;
  photos: Omit<PhotoMeta, 'offerId'>[] | null;
};

async function verdictFor(deps: AppDeps, user: SessionUser, offer: PageRow) {
  const { db } = deps.database;
  const file = await findSearchFile(db, user.id);
  if (!file) return { eligibility: { status: 'no_file' as const }, profile: null };
  const now = deps.clock.now();
  const ceilings = await cachedCeilings(db);
  const { validated, active } = canSeeOffers(file, now);
  const result = evaluateEligibility({
    application: file.snapshot,
    fileValidated: validated,
    applicationActive: active,
    offer: {
      communeInsee: offer.commune_insee,
      typology: offer.typology,
      rentCents: offer.rent_cents,
      chargesCents: offer.charges_cents,
      financing: offer.financing,
    },
    ceilings,
    affordabilityFactor: deps.config.AFFORDABILITY_FACTOR,
    today: now,
  });
  const profile: EligibilityProfile | null =
    validated && active
      ? eligibilityProfile(file.snapshot, ceilings, deps.config.AFFORDABILITY_FACTOR, now)
      : null;
  return { eligibility: { status: 'evaluated' as const, ...result }, profile };
}

/** The offer page for a visitor (showcase offers only), an applicant (with the verdict) or any other logged-in user. */
export async function offerPage(deps: AppDeps, user: SessionUser | null, id: string) {
  const { db } = deps.database;
  const rows = (await db.execute(sql`
    select ${cardColumns(null)}, o.status, o.street, o.has_lift, o.energy_class, o.ges_class, o.heating, o.description, o.showcase,
      (select json_agg(json_build_object('id', p.id, 'position', p.position, 'width', p.width, 'height', p.height) order by p.position)
       from offer_photos p where p.offer_id = o.id) as photos
    from offers o join communes c on c.insee_code = o.commune_insee join landlords l on l.id = o.landlord_id
    where o.id = ${id}`)) as unknown as { rows: PageRow[] };
  const row = rows.rows[0];
  if (!row || !VISIBLE.has(row.status)) throw new AppError('resource.not_found');
  if (!user && !row.showcase) throw new AppError('auth.required');
  const applicant = user?.role === 'applicant' ? await verdictFor(deps, user, row) : null;
  // Similar offers: same typology within 10 km, among those the reader could find by searching
  // (the showcase for a visitor or an applicant who cannot search yet).
  const similar = await searchOffers(
    db,
    {
      showcase: user === null || (user.role === 'applicant' && !applicant?.profile),
      profile: applicant?.profile ?? null,
      filters: { typologies: [row.typology] },
      center: {
        latitude: Number(row.latitude),
        longitude: Number(row.longitude),
        radiusM: SIMILAR_RADIUS_M,
        communes: [],
      },
      today: isoToday(deps.clock.now()),
      sort: 'deadline',
      page: 1,
      pageSize: 4,
      excludeId: row.id,
    },
    { count: false },
  );
  return {
    offer: {
      ...toCard(row),
      status: row.status,
      street: row.street,
      hasLift: row.has_lift,
      energyClass: row.energy_class,
      gesClass: row.ges_class,
      heating: row.heating,
      description: row.description,
      showcase: row.showcase,
      photos: (row.photos ?? []).map((p) => photoView({ ...p, offerId: row.id })),
    },
    similar: similar.offers,
    eligibility: applicant?.eligibility ?? null,
  };
}
