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

/**
 * A generated JPEG picture of a building (sky, facade with a grid of windows, door, trees) whose
 * proportions and colours follow `seed`, with `label` in a caption: demo and test photos that look
 * like housing and differ from one offer to the next.
 */
export async function generatedPhoto(
  label: string,
  seed: number,
  width = 1200,
  height = 800,
): Promise<Buffer> {
  let state = (Math.abs(Math.trunc(seed)) % 2147483646) + 1;
  /** A number in [0, 1) from a small deterministic generator (Park–Miller). */
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
  const between = (min: number, max: number) => min + (max - min) * next();
  const hue = Math.round(between(0, 360));
  const ground = height * 0.82;
  const left = width * between(0.12, 0.3);
  const right = width * between(0.7, 0.88);
  const top = height * between(0.12, 0.35);
  const floors = Math.round(between(3, 6));
  const columns = Math.round(between(3, 7));
  const cellW = (right - left) / columns;
  const cellH = (ground - top - height * 0.04) / (floors + 1);
  const windows: string[] = [];
  for (let floor = 0; floor < floors; floor += 1)
    for (let column = 0; column < columns; column += 1)
      windows.push(
        `<rect x="${(left + column * cellW + cellW * 0.22).toFixed(1)}" y="${(top + height * 0.04 + floor * cellH + cellH * 0.2).toFixed(1)}" width="${(cellW * 0.56).toFixed(1)}" height="${(cellH * 0.55).toFixed(1)}" fill="hsl(205, 45%, ${Math.round(between(62, 82))}%)" stroke="#ffffff" stroke-width="4"/>`,
      );
  const doorW = Math.min(cellW * 0.6, width * 0.08);
  const trees = [width * between(0.03, 0.09), width * between(0.91, 0.97)]
    .map(
      (x) =>
        `<rect x="${(x - 8).toFixed(1)}" y="${(ground - 90).toFixed(1)}" width="16" height="90" fill="#6b4f2e"/><circle cx="${x.toFixed(1)}" cy="${(ground - 120).toFixed(1)}" r="${Math.round(between(45, 70))}" fill="hsl(${Math.round(between(95, 135))}, 40%, 42%)"/>`,
    )
    .join('');
  const text = label.replace(/[<>&"']/g, '');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${Math.round(between(195, 215))}, 60%, 78%)"/><stop offset="1" stop-color="#f4f7fb"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#sky)"/>
<rect y="${ground.toFixed(1)}" width="100%" height="${(height - ground).toFixed(1)}" fill="hsl(90, 25%, 55%)"/>
<rect x="${left.toFixed(1)}" y="${top.toFixed(1)}" width="${(right - left).toFixed(1)}" height="${(ground - top).toFixed(1)}" fill="hsl(${hue}, 35%, ${Math.round(between(68, 82))}%)"/>
<rect x="${(left - 12).toFixed(1)}" y="${(top - 18).toFixed(1)}" width="${(right - left + 24).toFixed(1)}" height="22" fill="hsl(${hue}, 30%, 40%)"/>
${windows.join('')}
<rect x="${((left + right) / 2 - doorW / 2).toFixed(1)}" y="${(ground - cellH * 0.85).toFixed(1)}" width="${doorW.toFixed(1)}" height="${(cellH * 0.85).toFixed(1)}" fill="hsl(${hue}, 30%, 30%)"/>
${trees}
<rect x="40" y="${height - 130}" width="${width - 80}" height="90" rx="16" fill="rgba(255,255,255,0.85)"/>
<text x="${width / 2}" y="${height - 70}" font-family="sans-serif" font-size="44" text-anchor="middle" fill="#1e1e1e">${text}</text>
</svg>`;
  const { default: sharp } = await import('sharp');
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

/** A number derived from a text (FNV-1a), so that each offer's pictures differ. */
function seedOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash;
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
    const bytes = await generatedPhoto(`${label} · ${i + 1}`, seedOf(`${label}-${i}`));
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
