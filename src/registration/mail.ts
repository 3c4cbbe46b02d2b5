import { formatUniqueNumber } from '../domain/identifiers/unique-number.js';
import type { Database } from '../db/database.js';
import { createSmtpMailer, type Mailer } from '../mail/mailer.js';
import { escapeHtml, type RenderedMail } from '../mail/templates.js';
import type { RegistrationConfig } from './config.js';
import type { RegistrationClock } from './context.js';
import { insertMail } from './db/repo.js';

const parisDateTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'long',
  timeStyle: 'short',
});

/** Subject of the e-mail that carries an import code. */
export const IMPORT_CODE_SUBJECT = 'Votre code de récupération de demande de logement social';

/** The e-mail carrying a 6-digit import code (French, text and HTML). */
export function renderImportCodeMail(input: {
  code: string;
  uniqueNumber: string;
  expiresAt: Date;
  siteUrl: string;
}): RenderedMail {
  const until = parisDateTime.format(input.expiresAt);
  const number = formatUniqueNumber(input.uniqueNumber);
  const paragraphs = [
    'Bonjour,',
    `Une plateforme partenaire demande à récupérer votre demande de logement social n° ${number}.`,
    `Votre code de récupération : ${input.code}`,
    `Ce code est valable 24 heures (jusqu'au ${until}) et ne peut servir qu'une fois. Après 5 codes incorrects, il faut en demander un nouveau.`,
    "Si vous n'êtes pas à l'origine de cette demande, ne communiquez ce code à personne et ignorez ce message : votre demande n'est pas transmise sans lui.",
    'Aucun service ne vous demandera ce code par téléphone ou par SMS. Les démarches de logement social sont gratuites.',
    `Site d'enregistrement de la demande de logement social (démonstration) — ${input.siteUrl}`,
  ];
  const html = [
    '<!doctype html><html lang="fr"><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1e1e1e">',
    ...paragraphs.map((p, i) =>
      i === 2
        ? `<p>Votre code de récupération : <strong style="font-size:1.4em;letter-spacing:.15em">${escapeHtml(input.code)}</strong></p>`
        : `<p>${escapeHtml(p)}</p>`,
    ),
    '</body></html>',
  ].join('\n');
  return { subject: IMPORT_CODE_SUBJECT, text: paragraphs.join('\n\n'), html };
}

/** A mailer that keeps messages in the service's own development mailbox (never in production). */
export function createRegistrationDevMailer(database: Database, clock: RegistrationClock): Mailer {
  return {
    kind: 'dev-mailbox',
    async send(to, mail) {
      await insertMail(database.db, { to, ...mail, createdAt: clock.now() });
    },
    close: () => undefined,
  };
}

/** The mailer the configuration asks for: SMTP when SMTP_URL is set, else the development mailbox. */
export function createRegistrationMailer(
  config: RegistrationConfig,
  database: Database,
  clock: RegistrationClock,
): Mailer {
  if (config.SMTP_URL) return createSmtpMailer(config.SMTP_URL, config.MAIL_FROM);
  if (config.NODE_ENV === 'production') throw new Error('SMTP_URL is required in production');
  return createRegistrationDevMailer(database, clock);
}
