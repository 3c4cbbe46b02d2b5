import nodemailer from 'nodemailer';
import type { Db } from '../db/database.js';
import { devMailbox } from '../db/schema/index.js';
import type { RenderedMail } from './templates.js';

/** Sends rendered e-mails somewhere: an SMTP server or the development mailbox. */
export type Mailer = {
  kind: 'smtp' | 'dev-mailbox';
  send(to: string, mail: RenderedMail): Promise<void>;
  close(): void;
};

/** A mailer that speaks SMTP to the server at `url` (nodemailer). */
export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    async send(to, mail) {
      await transport.sendMail({
        from,
        to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      });
    },
    close: () => transport.close(),
  };
}

/** A mailer that keeps messages in the database for the /dev/mailbox page (never in production). */
export function createDevMailboxMailer(db: Db): Mailer {
  return {
    kind: 'dev-mailbox',
    async send(to, mail) {
      await db.insert(devMailbox).values({ to, ...mail });
    },
    close: () => undefined,
  };
}
