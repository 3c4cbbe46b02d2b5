import { describe, expect, it } from 'vitest';
import { escapeHtml, renderMail, type MailJob } from './templates.js';

const jobs: MailJob[] = [
  {
    to: 'a@b.fr',
    locale: 'fr',
    template: 'activation',
    link: 'http://x/compte/activation?jeton=abc',
  },
  {
    to: 'a@b.fr',
    locale: 'en',
    template: 'password_reset',
    link: 'http://x/mot-de-passe/reinitialisation?jeton=abc',
  },
  {
    to: 'a@b.fr',
    locale: 'fr',
    template: 'invitation',
    link: 'http://x/compte/activation?jeton=abc',
    portal: 'landlord',
  },
  { to: 'a@b.fr', locale: 'en', template: 'account_exists', loginLink: 'http://x/connexion' },
  { to: 'a@b.fr', locale: 'fr', template: 'password_changed' },
];

describe('renderMail', () => {
  it.each(jobs)(
    'renders $template in $locale with text and HTML parts that carry the same link',
    (job) => {
      const mail = renderMail(job);
      expect(mail.subject).toMatch(/^Action Logement Services/);
      const link = 'link' in job ? job.link : 'loginLink' in job ? job.loginLink : null;
      if (link) {
        expect(mail.text).toContain(link);
        expect(mail.html).toContain(`href="${escapeHtml(link)}"`);
      }
      expect(mail.html).toMatch(/^<!doctype html>/);
    },
  );

  it('follows the seed for the activation e-mail', () => {
    const mail = renderMail(jobs[0] as MailJob);
    expect(mail.subject).toBe("Action Logement Services : Demande d'accès");
    expect(mail.text).toContain('Ce lien expire dans 2 jour(s).');
    expect(mail.text).toContain('Cliquez ici');
  });

  it('names the portal of an invitation', () => {
    expect(renderMail(jobs[2] as MailJob).text).toContain('portail bailleur');
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
