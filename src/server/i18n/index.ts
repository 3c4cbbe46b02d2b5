import { en } from './en.js';
import { fr, type ServerMessages } from './fr.js';

/** The two languages of the platform; French is the default. */
export type Locale = 'fr' | 'en';
export const LOCALES: readonly Locale[] = ['fr', 'en'];

const catalogs: Record<Locale, ServerMessages> = { fr, en };

/** The server-side texts of a locale. */
export function messagesFor(locale: Locale): ServerMessages {
  return catalogs[locale];
}

/** Replaces `{name}` placeholders with the given values. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** Picks the locale from the language cookie, then Accept-Language, then French. */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | undefined): Locale {
  if (cookie === 'fr' || cookie === 'en') return cookie;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.split('=')[1]) : 1 };
    })
    .filter((e) => e.lang === 'fr' || e.lang === 'en')
    .sort((a, b) => b.q - a.q);
  return (ranked[0]?.lang as Locale | undefined) ?? 'fr';
}
