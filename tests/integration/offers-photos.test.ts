import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { offerPhotos } from '../../src/db/schema/index.js';
import { createOffer, generatedPhoto } from '../../src/modules/offers/offer.factories.js';
import { createTestApp, HttpClient, type TestApp } from '../support/test-app.js';
import { ensureReferenceData, landlordWithUser, multipartBody, sendRaw } from './offers-helpers.js';

let t: TestApp;
let a: { id: string; c: HttpClient };
const now = new Date('2026-11-24T09:00:00Z');
const fieldsOf = (r: {
  json(): { error: { code: string; fields?: { path: string; code: string }[] } };
}) => r.json().error.fields?.map((f) => `${f.path}:${f.code}`);
const photoCount = async (offerId: string) =>
  (await t.database.db.select().from(offerPhotos).where(eq(offerPhotos.offerId, offerId))).length;
const upload = (c: HttpClient, offerId: string, bytes: Buffer, type = 'image/jpeg') => {
  const body = multipartBody('photo', 'photo.jpg', type, bytes);
  return sendRaw(
    t,
    c,
    'POST',
    `/api/landlord/offers/${offerId}/photos`,
    body.payload,
    body.contentType,
  );
};

beforeAll(async () => {
  t = await createTestApp({ PHOTO_MAX_BYTES: '300000' });
  await ensureReferenceData(t);
  a = await landlordWithUser(t, 'Habitat Photos');
});
afterAll(async () => {
  await t?.close();
});

describe('photos', () => {
  it('stores a JPEG, PNG or WebP as a cleaned JPEG and a gallery WebP, in order', async () => {
    const offer = await createOffer(t.database.db, a.id, now, { status: 'draft' });
    const first = await upload(a.c, offer.id, await generatedPhoto('Séjour', 100, 3000, 2000));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().photo).toMatchObject({ position: 1, width: 2560, height: 1707 });
    const png = await sharp({
      create: { width: 400, height: 300, channels: 3, background: '#88aacc' },
    })
      .png()
      .toBuffer();
    const second = await upload(a.c, offer.id, png, 'application/octet-stream');
    expect(second.json().photo.position).toBe(2);
    const gallery = await a.c.get(first.json().photo.galleryUrl);
    expect(gallery.headers['content-type']).toBe('image/webp');
    expect((await sharp(gallery.rawPayload).metadata()).width).toBe(800);
    const full = await a.c.get(first.json().photo.fullUrl);
    expect((await sharp(full.rawPayload).metadata()).format).toBe('jpeg');
    // A draft's photos are its landlord's only.
    expect((await new HttpClient(t.app).get(first.json().photo.fullUrl)).statusCode).toBe(404);

    const order = await a.c.request('PUT', `/api/landlord/offers/${offer.id}/photos/order`, {
      photoIds: [second.json().photo.id, first.json().photo.id],
    });
    expect(order.json().photos.map((p: { id: string }) => p.id)).toEqual([
      second.json().photo.id,
      first.json().photo.id,
    ]);
    expect(
      fieldsOf(
        await a.c.request('PUT', `/api/landlord/offers/${offer.id}/photos/order`, {
          photoIds: [first.json().photo.id],
        }),
      ),
    ).toEqual(['photoIds:field.invalid']);
    expect(
      (await a.c.delete(`/api/landlord/offers/${offer.id}/photos/${second.json().photo.id}`))
        .statusCode,
    ).toBe(204);
    expect(
      (await a.c.get(`/api/landlord/offers/${offer.id}`))
        .json()
        .offer.photos.map((p: { position: number }) => p.position),
    ).toEqual([1]);
  });

  it('refuses a file that is not an image, an oversize image, and an 11th photo, storing nothing', async () => {
    const offer = await createOffer(t.database.db, a.id, now, { status: 'draft' });
    const text = await upload(
      a.c,
      offer.id,
      Buffer.from('%PDF-1.4 this is not an image'),
      'image/jpeg',
    );
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('photo.unsupported_type');
    const noise = await sharp({
      create: {
        width: 900,
        height: 900,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .png()
      .toBuffer();
    expect(noise.length).toBeGreaterThan(300_000);
    const big = await upload(a.c, offer.id, noise, 'image/png');
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('photo.too_large');
    expect(await photoCount(offer.id)).toBe(0);
    const small = await generatedPhoto('P', 200, 200, 150);
    for (let i = 0; i < 10; i += 1)
      expect((await upload(a.c, offer.id, small)).statusCode).toBe(201);
    const eleventh = await upload(a.c, offer.id, small);
    expect(eleventh.statusCode).toBe(409);
    expect(eleventh.json().error.code).toBe('offer.photo_limit');
    expect(await photoCount(offer.id)).toBe(10);
  });
});
