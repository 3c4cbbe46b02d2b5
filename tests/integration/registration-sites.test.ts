import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const get = async (url: string) => {
  const r = await t.app.inject({ method: 'GET', url });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};

describe('where to file an application ("Obtenir un numéro unique")', () => {
  it('names the national registration site in French', async () => {
    expect((await get('/api/registration-sites?department=01')).site).toEqual({
      name: "Demande de logement social (système national d'enregistrement)",
      url: 'https://www.demande-logement-social.gouv.fr',
      isNational: true,
    });
  });

  it('gives every department a site name in French', async () => {
    const { departments } = await get('/api/departments');
    const names = new Set<string>();
    for (const { code } of departments as { code: string }[])
      names.add((await get(`/api/registration-sites?department=${code}`)).site.name);
    expect(names.size).toBeGreaterThan(1);
    for (const name of names) {
      expect(name).toMatch(/demande de logement social/i);
      expect(name).not.toMatch(/\b(registration|system|housing|site of)\b/i);
    }
  });
});
