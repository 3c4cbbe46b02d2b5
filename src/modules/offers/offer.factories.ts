// Offer factories shared by the tests, the demo seed and the benchmark.
import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { offerHistory, offerPhotos, offers } from '../../db/schema/index.js';
import { findCommune, storedColumns, type OfferRow } from './offer.repo.js';
import { isoToday } from './offer.rules.js';
import type { OfferInput } from './offer.schemas.js';
import { processPhoto } from './use-cases/photos.js';

let sequence = 0;

/** `YYYY-MM-DD` of `days` days after `now` (Paris date). */
export function daysAfter(now: Date, days: number): string {
  return isoToday(new Date(now.getTime() + days * 86_400_000));
}

/** A valid offer form for a commune, dated from `now`: deadline in 3 weeks, available in 2 months. */
export function buildOfferInput(now: Date, overrides: Partial<OfferInput> = {}): OfferInput {
  sequence += 1;
  return {
    reference: `OFF-${String(sequence).padStart(5, '0')}`,
    street: '12 rue de la République',
    postcode: '75012',
    communeInsee: '75112',
    latitude: null,
    longitude: null,
    typology: 'T2',
    kind: 'flat',
    surfaceM2: 45,
    floor: 2,
    hasLift: true,
    rentCents: 52_000,
    chargesCents: 8_000,
    financing: 'PLUS',
    pmrAdapted: false,
    energyClass: 'C',
    gesClass: 'C',
    heating: 'collective_gas',
    description: 'Appartement lumineux proche des transports.',
    availableOn: daysAfter(now, 60),
    applicationDeadline: daysAfter(now, 21),
    showcase: false,
    ...overrides,
  };
}

/** Creates an offer straight in the database (status and counts as given; published ones get a publication date). */
export async function createOffer(
  q: Queryable,
  landlordId: string,
  now: Date,
  overrides: Partial<OfferInput> & {
    status?: OfferRow['status'];
    candidacyCount?: number;
    eligibleApplicants?: number;
  } = {},
): Promise<OfferRow> {
  const { status = 'published', candidacyCount = 0, eligibleApplicants = 0, ...fields } = overrides;
  const input = buildOfferInput(now, fields);
  const commune = await findCommune(q, input.communeInsee);
  if (!commune) throw new Error(`unknown commune ${input.communeInsee}`);
  const [row] = await q
    .insert(offers)
    .values({
      ...storedColumns(input, commune),
      landlordId,
      status,
      candidacyCount,
      eligibleApplicants,
      publishedAt: status === 'draft' ? null : now,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('insert offers returned nothing');
  await q.insert(offerHistory).values({
    offerId: row.id,
    event: 'created',
    fromStatus: null,
    toStatus: status,
    actorUserId: null,
    details: { factory: true },
    createdAt: now,
  });
  return row;
}

/** A generated photo: a solid colour with the reference written on it (no download). */
export async function generatedPhoto(
  label: string,
  hue: number,
  width = 1200,
  height = 800,
): Promise<Buffer> {
  const colour = `hsl(${hue % 360}, 45%, 62%)`;
  const text = label.replace(/[<>&"']/g, '');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${colour}"/><rect x="40" y="${height - 150}" width="${width - 80}" height="110" rx="16" fill="rgba(255,255,255,0.85)"/><text x="${width / 2}" y="${height - 78}" font-family="sans-serif" font-size="52" text-anchor="middle" fill="#1e1e1e">${text}</text></svg>`;
  const { default: sharp } = await import('sharp');
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

/** Attaches generated photos to an offer. */
export async function addGeneratedPhotos(
  q: Queryable,
  offerId: string,
  label: string,
  count: number,
  now: Date,
): Promise<void> {
  const existing = await q
    .select({ id: offerPhotos.id })
    .from(offerPhotos)
    .where(eq(offerPhotos.offerId, offerId));
  for (let i = 0; i < count; i += 1) {
    const bytes = await generatedPhoto(`${label} · ${i + 1}`, label.length * 37 + i * 53);
    const photo = await processPhoto(bytes);
    await q.insert(offerPhotos).values({
      offerId,
      position: existing.length + i + 1,
      width: photo.width,
      height: photo.height,
      uploadedBytes: bytes.length,
      fullBytes: photo.full,
      galleryBytes: photo.gallery,
      createdAt: now,
    });
  }
}
