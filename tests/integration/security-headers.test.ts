import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

const started: TestApp[] = [];
afterAll(async () => {
  for (const t of started) await t.close();
});

/** The sources of one directive of the Content-Security-Policy a page is served with. */
async function cspSources(t: TestApp, directive: string): Promise<string[]> {
  const r = await t.app.inject({ method: 'GET', url: '/api/offers/map-config' });
  expect(r.statusCode, r.body).toBe(200);
  const header = String(r.headers['content-security-policy'] ?? '');
  const found = header
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive);
  return found?.slice(1) ?? [];
}

describe('Content-Security-Policy', () => {
  it('lets Leaflet load the tiles of the configured map server, {s} subdomains included', async () => {
    const t = await createTestApp({
      MAP_TILE_URL: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png',
    });
    started.push(t);
    const config = (await t.app.inject({ method: 'GET', url: '/api/offers/map-config' })).json();
    expect(config.tileUrl).toBe('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png');
    const img = await cspSources(t, 'img-src');
    expect(img).toContain('https://*.tile.openstreetmap.org');
    expect(img).toContain("'self'");
    expect(img).not.toContain('*');
    expect(await cspSources(t, 'script-src')).toEqual(["'self'"]);
  });

  it('allows the default tile server when none is configured', async () => {
    const t = await createTestApp();
    started.push(t);
    expect(await cspSources(t, 'img-src')).toContain('https://tile.openstreetmap.org');
  });
});
