import { format, messagesFor, type Locale } from '../server/i18n/index.js';

/** Every e-mail the platform sends, with the data each one needs. */
export type MailContent =
  | { template: 'activation'; link: string }
  | { template: 'account_exists'; loginLink: string }
  | { template: 'password_reset'; link: string }
  | { template: 'password_changed' }
  | {
      template: 'file_update';
      event: FileMailEvent;
      platformNumber: string;
      personalCode?: string;
      reason?: string;
      link: string;
    }
  | {
      template: 'invitation';
      link: string;
      portal: 'applicant' | 'employer' | 'operator' | 'landlord';
    }
  | { template: 'access_code'; code: string; companyName: string; expiresOn: string; link: string }
  | { template: 'new_message'; subject: string; link: string }
  | { template: 'recovery_received'; reference: string; dueOn: string }
  | {
      template: 'candidacy_update';
      event: CandidacyMailEvent;
      offerLabel: string;
      link: string;
      reason?: string;
      rank?: number;
      document?: string;
      deadline?: string;
      count?: number;
    }
  | {
      template: 'offer_alert';
      /** One offer at once, or the day's digest. */
      mode: 'immediate' | 'digest';
      alertName: string;
      offers: AlertMailOffer[];
      /** Offers found beyond those listed. */
      more: number;
      manageLink: string;
      unsubscribeLink: string;
    };

/** An offer as an alert e-mail lists it (money in cents, dates `YYYY-MM-DD`). */
export type AlertMailOffer = {
  reference: string;
  typology: string;
  kind: 'flat' | 'house';
  surfaceM2: number;
  communeName: string;
  postcode: string;
  totalCents: number;
  applicationDeadline: string;
  link: string;
};

/** The changes of an applicant's file that are e-mailed to the applicant. */
export type FileMailEvent =
  | 'imported'
  | 'submitted'
  | 'company_validated'
  | 'company_refused'
  | 'operator_validated'
  | 'operator_refused'
  | 'back_for_validation';

/** The changes of a candidacy e-mailed to the applicant, and the two e-mailed to the landlord's staff. */
export type CandidacyMailEvent =
  | 'applied'
  | 'cancelled'
  | 'retained'
  | 'not_retained'
  | 'recalled'
  | 'validated'
  | 'rejected'
  | 'sent'
  | 'visit'
  | 'attributed'
  | 'ranked'
  | 'conditional'
  | 'not_attributed'
  | 'inadmissible'
  | 'condition_failed'
  | 'declined'
  | 'lease_signed'
  | 'moved_in'
  | 'unsuccessful'
  | 'message'
  | 'shortlist_received'
  | 'applicant_replied';

/** A queued e-mail: recipient, language and content. */
export type MailJob = { to: string; locale: Locale } & MailContent;

/** A rendered message with its text and HTML parts. */
export type RenderedMail = { subject: string; text: string; html: string };

type Block = { kind: 'p'; text: string } | { kind: 'link'; label: string; href: string };

/** Renders a queued e-mail in its language. */
export function renderMail(job: MailJob): RenderedMail {
  const m = messagesFor(job.locale).mail;
  const p = (text: string): Block => ({ kind: 'p', text });
  const link = (href: string, label = m.clickHere): Block => ({ kind: 'link', label, href });
  const closing = [p(m.signature)];
  switch (job.template) {
    case 'activation':
      return build(m.activation.subject, [
        p(m.greeting),
        p(m.activation.intro),
        link(job.link),
        p(m.activation.expiry),
        p(m.ignore),
        ...closing,
      ]);
    case 'account_exists':
      return build(m.accountExists.subject, [
        p(m.greeting),
        p(m.accountExists.intro),
        link(job.loginLink, m.accountExists.login),
        p(m.ignore),
        ...closing,
      ]);
    case 'password_reset':
      return build(m.passwordReset.subject, [
        p(m.greeting),
        p(m.passwordReset.intro),
        link(job.link),
        p(m.passwordReset.expiry),
        p(m.ignore),
        ...closing,
      ]);
    case 'password_changed':
      return build(m.passwordChanged.subject, [
        p(m.greeting),
        p(m.passwordChanged.intro),
        ...closing,
      ]);
    case 'file_update': {
      const f = m.file[job.event];
      const blocks: Block[] = [
        p(m.greeting),
        p(format(f.intro, { platformNumber: job.platformNumber })),
      ];
      if (job.personalCode) blocks.push(p(format(m.file.personalCode, { code: job.personalCode })));
      if (job.reason) blocks.push(p(format(m.file.reason, { reason: job.reason })));
      blocks.push(link(job.link, m.file.open), ...closing);
      return build(f.subject, blocks);
    }
    case 'invitation':
      return build(m.invitation.subject, [
        p(m.greeting),
        p(format(m.invitation.intro, { portal: m.portals[job.portal] })),
        link(job.link),
        p(m.invitation.expiry),
        ...closing,
      ]);
    case 'access_code':
      return build(m.accessCode.subject, [
        p(m.greeting),
        p(format(m.accessCode.intro, { companyName: job.companyName, code: job.code })),
        p(m.accessCode.howTo),
        p(format(m.accessCode.expiry, { expiresOn: job.expiresOn })),
        p(m.accessCode.notCompanyCode),
        link(job.link, m.accessCode.open),
        ...closing,
      ]);
    case 'new_message':
      return build(m.newMessage.subject, [
        p(m.greeting),
        p(format(m.newMessage.intro, { subject: job.subject })),
        link(job.link, m.newMessage.open),
        ...closing,
      ]);
    case 'recovery_received':
      return build(m.recoveryReceived.subject, [
        p(m.greeting),
        p(format(m.recoveryReceived.intro, { reference: job.reference, dueOn: job.dueOn })),
        p(m.recoveryReceived.security),
        ...closing,
      ]);
    case 'candidacy_update': {
      const c = messagesFor(job.locale).candidacies.mail;
      const params = {
        offer: job.offerLabel,
        rank: job.rank ?? '',
        document: job.document ?? '',
        deadline: job.deadline ?? '',
        count: job.count ?? '',
      };
      const blocks = [p(m.greeting), p(format(c[job.event].intro, params))];
      if (job.reason) blocks.push(p(format(c.reason, { reason: job.reason })));
      const forLandlord = job.event === 'shortlist_received' || job.event === 'applicant_replied';
      blocks.push(link(job.link, forLandlord ? c.openLandlord : c.open), ...closing);
      return build(c[job.event].subject, blocks);
    }
    case 'offer_alert':
      return build(
        format(m.offerAlert[job.mode].subject, { name: job.alertName }),
        offerAlertBlocks(job, p, link),
      );
    default: {
      const unreachable: never = job;
      throw new Error(`Unknown mail template ${JSON.stringify(unreachable)}`);
    }
  }
}

function offerAlertBlocks(
  job: Extract<MailJob, { template: 'offer_alert' }>,
  p: (text: string) => Block,
  link: (href: string, label?: string) => Block,
): Block[] {
  const m = messagesFor(job.locale).mail;
  const tag = job.locale === 'fr' ? 'fr-FR' : 'en-GB';
  const money = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' });
  const day = (iso: string) =>
    new Date(`${iso}T12:00:00Z`).toLocaleDateString(tag, { timeZone: 'UTC' });
  const count = job.offers.length + job.more;
  const blocks: Block[] = [
    p(m.greeting),
    p(format(m.offerAlert[job.mode].intro, { name: job.alertName, count })),
  ];
  for (const offer of job.offers) {
    const line = format(m.offerAlert.line, {
      typology: offer.typology,
      kind: m.offerAlert.kinds[offer.kind],
      surface: offer.surfaceM2,
      commune: offer.communeName,
      postcode: offer.postcode,
      total: money.format(offer.totalCents / 100),
      deadline: day(offer.applicationDeadline),
    });
    blocks.push(
      p(line),
      link(offer.link, format(m.offerAlert.open, { reference: offer.reference })),
    );
  }
  if (job.more > 0) blocks.push(p(format(m.offerAlert.more, { count: job.more })));
  blocks.push(link(job.manageLink, m.offerAlert.manage), p(m.offerAlert.unsubscribeIntro));
  blocks.push(link(job.unsubscribeLink, m.offerAlert.unsubscribe), p(m.signature));
  return blocks;
}

function build(subject: string, blocks: Block[]): RenderedMail {
  const text = blocks.map((b) => (b.kind === 'p' ? b.text : `${b.label} : ${b.href}`)).join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1e1e1e">',
    ...blocks.map((b) =>
      b.kind === 'p'
        ? `<p>${escapeHtml(b.text).replace(/\n/g, '<br>')}</p>`
        : `<p><a href="${escapeHtml(b.href)}" style="color:#0b4f9c;font-weight:bold">${escapeHtml(b.label)}</a></p>`,
    ),
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

/** Escapes the five HTML special characters. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
