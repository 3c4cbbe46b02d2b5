import { describe, expect, it } from 'vitest';
import { renderMail } from '../../mail/templates.js';
import { offerMatchesAlert, type MatchableAlert, type MatchableOffer } from './alert-matching.js';
import { readUnsubscribeToken, signUnsubscribeToken } from './unsubscribe-token.js';

const offer: MatchableOffer = {
  typology: 'T2',
  kind: 'flat',
  pmrAdapted: false,
  availableOn: '2027-01-20',
  surfaceM2: 45,
  totalCents: 60_000,
  communeInsee: '93048',
  latitude: 48.8638,
  longitude: 2.4485,
};
const alert = (
  filters: MatchableAlert['filters'],
  center: Partial<MatchableAlert> = {},
): MatchableAlert => ({
  filters,
  centerLatitude: null,
  centerLongitude: null,
  centerCommunes: null,
  ...center,
});
const today = '2026-12-24';
const NATION = { centerLatitude: 48.8483, centerLongitude: 2.3958 };

describe('offerMatchesAlert', () => {
  it.each([
    [{}, true],
    [{ typologies: ['T1', 'T2'] as const }, true],
    [{ typologies: ['T3'] as const }, false],
    [{ kind: 'house' as const }, false],
    [{ pmr: true }, false],
    [{ availableNow: true }, true],
    [{ minSurface: 46 }, false],
    [{ minRent: 600, maxRent: 600 }, true],
    [{ maxRent: 599 }, false],
    [{ minRent: 601 }, false],
  ])('%j → %s', (filters, expected) => {
    expect(
      offerMatchesAlert(
        offer,
        alert({
          ...filters,
          typologies: 'typologies' in filters ? [...filters.typologies] : undefined,
        }),
        today,
      ),
    ).toBe(expected);
  });

  it('reads "available now" as free within 30 days', () => {
    expect(offerMatchesAlert(offer, alert({ availableNow: true }), '2026-12-20')).toBe(false);
  });

  it('measures the distance from the centre, and counts offers in the commune itself', () => {
    expect(
      offerMatchesAlert(
        offer,
        alert({ distance: 4_000 }, { ...NATION, centerCommunes: [] }),
        today,
      ),
    ).toBe(false);
    expect(
      offerMatchesAlert(
        offer,
        alert({ distance: 5_000 }, { ...NATION, centerCommunes: [] }),
        today,
      ),
    ).toBe(true);
    expect(
      offerMatchesAlert(
        offer,
        alert({ commune: '93048', distance: 0 }, { ...NATION, centerCommunes: ['93048'] }),
        today,
      ),
    ).toBe(true);
    expect(
      offerMatchesAlert(
        offer,
        alert({ commune: '75056' }, { centerCommunes: ['75056', '75112'] }),
        today,
      ),
    ).toBe(false);
  });
});

describe('alert e-mail and unsubscribe token', () => {
  const config = { NODE_ENV: 'test' as const, ALERTS_SECRET: undefined };

  it('signs tokens that only the same key reads back', () => {
    const id = '0b6f6c3e-8d1f-4a7e-9a59-3f0f3c1b2a10';
    const token = signUnsubscribeToken(config, id);
    expect(readUnsubscribeToken(config, token)).toBe(id);
    expect(readUnsubscribeToken({ ...config, ALERTS_SECRET: 'x'.repeat(32) }, token)).toBeNull();
    expect(
      readUnsubscribeToken(
        config,
        token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
      ),
    ).toBeNull();
    expect(() =>
      signUnsubscribeToken({ NODE_ENV: 'production', ALERTS_SECRET: undefined }, id),
    ).toThrow();
  });

  it.each(['fr', 'en'] as const)('renders an alert digest in %s with every link', (locale) => {
    const mail = renderMail({
      to: 'a@b.fr',
      locale,
      template: 'offer_alert',
      mode: 'digest',
      alertName: 'Montreuil',
      more: 2,
      manageLink: 'http://x/espace/alertes',
      unsubscribeLink: 'http://x/alertes/desabonnement?jeton=abc',
      offers: [
        {
          reference: 'R-1',
          typology: 'T2',
          kind: 'flat',
          surfaceM2: 45,
          communeName: 'Montreuil',
          postcode: '93100',
          totalCents: 60_050,
          applicationDeadline: '2026-12-15',
          link: 'http://x/offres/1',
        },
      ],
    });
    expect(mail.subject).toContain('Montreuil');
    expect(mail.text).toContain('http://x/offres/1');
    expect(mail.text).toContain('jeton=abc');
    expect(mail.html).toContain('href="http://x/alertes/desabonnement?jeton=abc"');
    expect(mail.text).toMatch(
      locale === 'fr' ? /600,50\s€.*15\/12\/2026/ : /€600\.50.*15\/12\/2026/,
    );
    expect(mail.text).toContain(locale === 'fr' ? '3 nouvelle(s) offre(s)' : '3 new offer(s)');
  });
});
