// Alert e-mails. When an offer is published, the alerts whose owner is eligible to it (their
// precomputed eligibility profile admits it) and whose filters it passes get it: an e-mail at once
// for "immediate" alerts, a row waiting for the daily digest otherwise. Each (alert, offer) pair is
// recorded once, so a re-publication never sends the same offer twice.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { alertMatches, communes, offers, searchAlerts, users } from '../../db/schema/index.js';
import type { JobHandlers } from '../../jobs/catalog.js';
import type { AlertMailOffer } from '../../mail/templates.js';
import type { AppDeps } from '../../server/context.js';
import { isoToday } from '../offers/offer.rules.js';
import { offerMatchesAlert } from './alert-matching.js';
import { signUnsubscribeToken } from './unsubscribe-token.js';

/** Most offers listed in one digest e-mail. */
export const DIGEST_MAX_OFFERS = 20;

const base = (deps: AppDeps) => deps.config.PUBLIC_URL.replace(/\/$/, '');
/** The web page of an offer (as linked from e-mails). */
export const offerLink = (deps: AppDeps, offerId: string) => `${base(deps)}/offres/${offerId}`;

type Recipient = {
  alertId: string;
  name: string;
  frequency: 'immediate' | 'daily';
  email: string;
  locale: 'fr' | 'en';
};

async function mailOffersOf(
  q: Queryable,
  deps: AppDeps,
  offerIds: string[],
): Promise<Map<string, AlertMailOffer>> {
  if (offerIds.length === 0) return new Map();
  const rows = await q
    .select({
      id: offers.id,
      reference: offers.reference,
      typology: offers.typology,
      kind: offers.kind,
      surfaceM2: offers.surfaceM2,
      communeName: communes.name,
      postcode: offers.postcode,
      totalCents: offers.totalCents,
      applicationDeadline: offers.applicationDeadline,
    })
    .from(offers)
    .innerJoin(communes, eq(communes.inseeCode, offers.communeInsee))
    .where(inArray(offers.id, offerIds));
  return new Map(rows.map(({ id, ...r }) => [id, { ...r, link: offerLink(deps, id) }]));
}

async function enqueueAlertMail(
  q: Queryable,
  deps: AppDeps,
  to: Recipient,
  mode: 'immediate' | 'digest',
  list: AlertMailOffer[],
  more: number,
): Promise<void> {
  await deps.jobs.enqueue(q, 'mail.send', {
    to: to.email,
    locale: to.locale,
    template: 'offer_alert',
    mode,
    alertName: to.name,
    offers: list,
    more,
    manageLink: `${base(deps)}/espace/alertes`,
    unsubscribeLink: `${base(deps)}/alertes/desabonnement?jeton=${encodeURIComponent(signUnsubscribeToken(deps.config, to.alertId))}`,
  });
}

/** Finds the alerts a published offer matches and e-mails them or keeps them for the digest; returns how many matched. */
export async function notifyAlertsOfOffer(deps: AppDeps, offerId: string): Promise<number> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const [offer] = await db.select().from(offers).where(eq(offers.id, offerId)).limit(1);
  if (!offer || offer.status !== 'published' || offer.eligibilityKey === null) return 0;
  const candidates = (await db.execute(sql`
    select a.id, a.name, a.frequency, a.filters, a.center_latitude as "centerLatitude", a.center_longitude as "centerLongitude",
      a.center_communes as "centerCommunes", u.email, u.locale
    from search_alerts a
    join eligibility_profiles p on p.user_id = a.user_id
    join users u on u.id = a.user_id and u.status = 'active'
    where a.active and (p.key_mask & ${1 << offer.eligibilityKey}) <> 0
      and p.typology_min <= ${offer.typologyRank} and p.typology_max >= ${offer.typologyRank}
      and p.max_total_cents >= ${offer.totalCents}`)) as unknown as {
    rows: (Parameters<typeof offerMatchesAlert>[1] & Recipient & { id: string })[];
  };
  const today = isoToday(now);
  const matched = candidates.rows.filter((a) => offerMatchesAlert(offer, a, today));
  if (matched.length === 0) return 0;
  const mailOffer = (await mailOffersOf(db, deps, [offerId])).get(offerId);
  await db.transaction(async (tx) => {
    for (const alert of matched) {
      const inserted = await tx
        .insert(alertMatches)
        .values({ alertId: alert.id, offerId, matchedAt: now })
        .onConflictDoNothing()
        .returning({ alertId: alertMatches.alertId });
      if (inserted.length === 0 || alert.frequency !== 'immediate' || !mailOffer) continue;
      await enqueueAlertMail(
        tx,
        deps,
        { ...alert, alertId: alert.id },
        'immediate',
        [mailOffer],
        0,
      );
      await tx
        .update(alertMatches)
        .set({ sentAt: now })
        .where(and(eq(alertMatches.alertId, alert.id), eq(alertMatches.offerId, offerId)));
      await tx.update(searchAlerts).set({ lastSentAt: now }).where(eq(searchAlerts.id, alert.id));
    }
  });
  return matched.length;
}

/** Sends each active alert's digest of the offers found since the last one (offers still published). */
export async function sendDailyDigests(deps: AppDeps): Promise<number> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const pending = await db
    .select({
      alertId: alertMatches.alertId,
      offerId: alertMatches.offerId,
      name: searchAlerts.name,
      frequency: searchAlerts.frequency,
      active: searchAlerts.active,
      status: offers.status,
      email: users.email,
      locale: users.locale,
    })
    .from(alertMatches)
    .innerJoin(searchAlerts, eq(searchAlerts.id, alertMatches.alertId))
    .innerJoin(users, eq(users.id, searchAlerts.userId))
    .innerJoin(offers, eq(offers.id, alertMatches.offerId))
    .where(isNull(alertMatches.sentAt))
    .orderBy(alertMatches.alertId, offers.applicationDeadline);
  const byAlert = new Map<string, typeof pending>();
  for (const row of pending) byAlert.set(row.alertId, [...(byAlert.get(row.alertId) ?? []), row]);
  const details = await mailOffersOf(db, deps, [...new Set(pending.map((p) => p.offerId))]);
  let sent = 0;
  for (const [alertId, rows] of byAlert) {
    const first = rows[0];
    if (!first) continue;
    const live = rows
      .filter((r) => r.status === 'published')
      .flatMap((r) => details.get(r.offerId) ?? []);
    await db.transaction(async (tx) => {
      if (first.active && live.length > 0) {
        await enqueueAlertMail(
          tx,
          deps,
          {
            alertId,
            name: first.name,
            frequency: first.frequency,
            email: first.email,
            locale: first.locale,
          },
          'digest',
          live.slice(0, DIGEST_MAX_OFFERS),
          Math.max(0, live.length - DIGEST_MAX_OFFERS),
        );
        await tx.update(searchAlerts).set({ lastSentAt: now }).where(eq(searchAlerts.id, alertId));
        sent += 1;
      }
      await tx
        .update(alertMatches)
        .set({ sentAt: now })
        .where(and(eq(alertMatches.alertId, alertId), isNull(alertMatches.sentAt)));
    });
  }
  return sent;
}

/** The handlers of the alert jobs; `deps` is read when a job runs. */
export function alertJobHandlers(
  deps: () => AppDeps,
): Pick<JobHandlers, 'alerts.offer_published' | 'alerts.daily_digest'> {
  return {
    'alerts.offer_published': async ({ offerId }) => {
      await notifyAlertsOfOffer(deps(), offerId);
    },
    'alerts.daily_digest': async () => {
      await sendDailyDigests(deps());
    },
  };
}
