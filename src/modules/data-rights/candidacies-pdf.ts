import { formatDay } from '../../domain/calendar/format.js';
import { format, messagesFor, type Locale } from '../../server/i18n/index.js';
import type { CandidacyExport } from '../candidacies/personal-data.js';
import { field, heading, type Pdf } from './pdf.js';

type Texts = ReturnType<typeof messagesFor>;

// Plain digits: the PDF's standard font lacks the narrow no-break space of Intl's French grouping.
function euros(cents: number, locale: Locale): string {
  const text = (cents / 100).toFixed(cents % 100 === 0 ? 0 : 2);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

function label<K extends string>(labels: Record<K, string>, key: string): string {
  return key in labels ? labels[key as K] : key;
}

function list(doc: Pdf, title: string, items: string[]): void {
  if (items.length === 0) return;
  doc.font('Helvetica-Bold').text(title).font('Helvetica');
  for (const item of items) doc.text(`• ${item}`, { indent: 8 });
}

function writeOffer(doc: Pdf, c: CandidacyExport, texts: Texts, locale: Locale): void {
  const t = texts.dataExport.candidacy;
  const o = c.offer;
  doc.moveDown(0.5).font('Helvetica-Bold');
  doc.text(
    o
      ? format(t.offer, {
          typology: o.typology,
          commune: o.communeName,
          reference: o.reference,
          landlord: o.landlordName,
        })
      : c.id,
  );
  doc.font('Helvetica');
  if (o) {
    const rent = { rent: euros(o.rentCents, locale), charges: euros(o.chargesCents, locale) };
    doc.text(format(t.rent, rent));
  }
}

function writeProgress(doc: Pdf, c: CandidacyExport, texts: Texts, locale: Locale): void {
  const m = texts.dataExport;
  const t = m.candidacy;
  const day = (d: Date | string) => formatDay(d, locale);
  field(doc, t.appliedAt, day(c.appliedAt));
  if (c.endedAt) field(doc, t.endedAt, day(c.endedAt));
  field(doc, t.status, m.candidacyStatuses[c.status]);
  field(doc, t.stage, m.stages[c.stage]);
  const r = c.ranking;
  if (r.position !== null)
    field(doc, t.position, format(t.positionOf, { position: r.position, total: r.total }));
  if (r.closingRank !== null) field(doc, t.closingRank, String(r.closingRank));
  field(doc, t.score, format(t.scoreOf, { score: r.score, version: r.ruleVersion }));
}

function writeOutcome(doc: Pdf, c: CandidacyExport, texts: Texts, locale: Locale): void {
  const m = texts.dataExport;
  const t = m.candidacy;
  const day = (d: Date | string) => formatDay(d, locale);
  const { review, commission, sentToLandlord } = c;
  if (review.reviewedAt) {
    const reason = review.reason
      ? label(texts.candidacies.reviewRejectionReasons, review.reason)
      : null;
    field(
      doc,
      t.review,
      [day(review.reviewedAt), reason, review.comment].filter(Boolean).join(', '),
    );
  }
  if (sentToLandlord) {
    const dossier = { number: sentToLandlord.uniqueNumber, persons: sentToLandlord.persons };
    field(doc, t.sentToLandlord, format(t.dossierOf, dossier));
  }
  if (commission) {
    const reason = commission.reason
      ? label(texts.candidacies.inadmissibilityReasons, commission.reason)
      : null;
    const decision = `${m.decisions[commission.decision]}${commission.rank ? ` (${commission.rank})` : ''}`;
    field(
      doc,
      t.commission,
      [day(commission.meetingDate), decision, reason].filter(Boolean).join(', '),
    );
  }
  if (c.lease.signedOn) field(doc, t.lease, day(c.lease.signedOn));
}

function writeExchanges(doc: Pdf, c: CandidacyExport, texts: Texts, locale: Locale): void {
  const m = texts.dataExport;
  const t = m.candidacy;
  const day = (d: Date | string) => formatDay(d, locale);
  list(
    doc,
    t.history,
    c.history.map(
      (h) =>
        `${day(h.createdAt)} : ${label(m.candidacyStatuses, h.toStatus)}${h.reason ? ` (${h.reason})` : ''}`,
    ),
  );
  list(
    doc,
    t.visits,
    c.visits.map((v) => `${day(v.scheduledAt)} : ${m.visitStatuses[v.status]}`),
  );
  list(
    doc,
    t.messages,
    c.messages.map(
      (x) =>
        `${day(x.createdAt)} — ${x.side === 'landlord' ? t.landlordSide : t.applicantSide} : ${x.body}`,
    ),
  );
}

/** The candidacies section of the readable export. */
export function writeCandidacies(doc: Pdf, candidacies: CandidacyExport[], locale: Locale): void {
  const texts = messagesFor(locale);
  heading(doc, texts.dataExport.candidacies);
  if (candidacies.length === 0) doc.text(texts.dataExport.none);
  for (const c of candidacies) {
    writeOffer(doc, c, texts, locale);
    writeProgress(doc, c, texts, locale);
    writeOutcome(doc, c, texts, locale);
    writeExchanges(doc, c, texts, locale);
  }
}
