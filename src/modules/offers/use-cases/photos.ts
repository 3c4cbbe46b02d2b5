// Offer photos: the type is read from the content (sharp's decoder), never from the name or the
// declared type; each upload is stored as a cleaned full-size JPEG (auto-rotated, metadata such as
// GPS position stripped, at most 2560 px) and a gallery WebP (at most 800 × 600), as bytea rows.
import sharp from 'sharp';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/database.js';
import { offerPhotos, offers } from '../../../db/schema/index.js';
import type { AppDeps, SessionUser } from '../../../server/context.js';
import { AppError, invalidFields } from '../../../server/errors.js';
import { listPhotos, requireOwnedOffer, type OfferRow, type PhotoMeta } from '../offer.repo.js';
import { EDITABLE_STATUSES } from '../offer.workflow.js';

/** Most photos an offer may have. */
export const MAX_PHOTOS = 10;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);
/** Decoding refuses larger images (a small file may claim a huge canvas). */
const MAX_INPUT_PIXELS = 50_000_000;

/** The two stored renditions of a photo. */
export type ProcessedPhoto = { full: Buffer; gallery: Buffer; width: number; height: number };

/** Checks that the bytes are a JPEG, PNG or WebP image and makes the two renditions. */
export async function processPhoto(bytes: Buffer): Promise<ProcessedPhoto> {
  let format: string | undefined;
  try {
    format = (await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format;
  } catch {
    throw new AppError('photo.unsupported_type');
  }
  if (!format || !ACCEPTED_FORMATS.has(format)) throw new AppError('photo.unsupported_type');
  try {
    const base = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
    const full = await base
      .clone()
      .resize({ width: 2560, height: 2560, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 84 })
      .toBuffer({ resolveWithObject: true });
    const gallery = await base
      .clone()
      .resize({ width: 800, height: 600, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 78 })
      .toBuffer();
    return { full: full.data, gallery, width: full.info.width, height: full.info.height };
  } catch {
    throw new AppError('photo.unsupported_type');
  }
}

async function requireEditableOffer(
  deps: AppDeps,
  user: SessionUser,
  offerId: string,
): Promise<OfferRow> {
  const offer = await requireOwnedOffer(deps.database.db, user.landlordId, offerId);
  if (!EDITABLE_STATUSES.includes(offer.status)) throw new AppError('offer.not_editable');
  return offer;
}

/** Checks that the landlord may add a photo to the offer now (before reading the upload). */
export async function checkPhotoUpload(
  deps: AppDeps,
  user: SessionUser,
  offerId: string,
): Promise<void> {
  await requireEditableOffer(deps, user, offerId);
  const [row] = await deps.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(offerPhotos)
    .where(eq(offerPhotos.offerId, offerId));
  if ((row?.n ?? 0) >= MAX_PHOTOS) throw new AppError('offer.photo_limit');
}

/** Adds a processed photo at the end of the offer's photos. */
export async function addPhoto(
  deps: AppDeps,
  user: SessionUser,
  offerId: string,
  uploaded: Buffer,
): Promise<PhotoMeta> {
  await requireEditableOffer(deps, user, offerId);
  const photo = await processPhoto(uploaded);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    // The offer row lock makes concurrent uploads count one after the other.
    await tx.select({ id: offers.id }).from(offers).where(eq(offers.id, offerId)).for('update');
    const [stats] = await tx
      .select({
        n: sql<number>`count(*)::int`,
        last: sql<number>`coalesce(max(${offerPhotos.position}), 0)::int`,
      })
      .from(offerPhotos)
      .where(eq(offerPhotos.offerId, offerId));
    if ((stats?.n ?? 0) >= MAX_PHOTOS) throw new AppError('offer.photo_limit');
    const [row] = await tx
      .insert(offerPhotos)
      .values({
        offerId,
        position: (stats?.last ?? 0) + 1,
        width: photo.width,
        height: photo.height,
        uploadedBytes: uploaded.length,
        fullBytes: photo.full,
        galleryBytes: photo.gallery,
        createdAt: now,
      })
      .returning({
        id: offerPhotos.id,
        offerId: offerPhotos.offerId,
        position: offerPhotos.position,
        width: offerPhotos.width,
        height: offerPhotos.height,
      });
    if (!row) throw new Error('insert offer_photos returned nothing');
    await tx.update(offers).set({ updatedAt: now }).where(eq(offers.id, offerId));
    return row;
  });
}

/** Deletes a photo and closes the gap in the order. */
export async function deletePhoto(
  deps: AppDeps,
  user: SessionUser,
  offerId: string,
  photoId: string,
): Promise<void> {
  await requireEditableOffer(deps, user, offerId);
  await deps.database.db.transaction(async (tx) => {
    const deleted = await tx
      .delete(offerPhotos)
      .where(and(eq(offerPhotos.id, photoId), eq(offerPhotos.offerId, offerId)))
      .returning({ id: offerPhotos.id });
    if (deleted.length === 0) throw new AppError('resource.not_found');
    await renumber(
      tx,
      offerId,
      (
        await tx
          .select({ id: offerPhotos.id })
          .from(offerPhotos)
          .where(eq(offerPhotos.offerId, offerId))
          .orderBy(asc(offerPhotos.position))
      ).map((p) => p.id),
    );
  });
}

/** Puts the photos in the given order (every photo of the offer, once each). */
export async function reorderPhotos(
  deps: AppDeps,
  user: SessionUser,
  offerId: string,
  photoIds: string[],
): Promise<PhotoMeta[]> {
  await requireEditableOffer(deps, user, offerId);
  const { db } = deps.database;
  const current = await listPhotos(db, offerId);
  const same =
    photoIds.length === current.length &&
    new Set(photoIds).size === photoIds.length &&
    current.every((p) => photoIds.includes(p.id));
  if (!same) throw invalidFields([{ path: 'photoIds', code: 'field.invalid' }]);
  await db.transaction((tx) => renumber(tx, offerId, photoIds));
  return listPhotos(db, offerId);
}

async function renumber(tx: Queryable, offerId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const json = JSON.stringify(ids.map((id, i) => ({ id, position: i + 1 })));
  await tx.execute(sql`
    update offer_photos p set position = v.position
    from jsonb_to_recordset(${json}::jsonb) as v(id uuid, position smallint)
    where p.id = v.id and p.offer_id = ${offerId}`);
}

/** The bytes of one rendition of a photo, with the offer's state and landlord (to decide who may see it). */
export async function readPhoto(
  deps: AppDeps,
  offerId: string,
  photoId: string,
  size: 'gallery' | 'full',
) {
  const column = size === 'gallery' ? offerPhotos.galleryBytes : offerPhotos.fullBytes;
  const [row] = await deps.database.db
    .select({ bytes: column, status: offers.status, landlordId: offers.landlordId })
    .from(offerPhotos)
    .innerJoin(offers, eq(offers.id, offerPhotos.offerId))
    .where(and(eq(offerPhotos.id, photoId), eq(offerPhotos.offerId, offerId)))
    .limit(1);
  return row ?? null;
}
