import type { IsoDate } from './working-days.js';

const FORMATS = {
  fr: new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }),
} as const;

/** A date as people read it in French (`22/02/2027`) or English (`22 February 2027`), on Paris time. */
export function formatDay(value: Date | IsoDate, locale: 'fr' | 'en'): string {
  const instant = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : value;
  return FORMATS[locale].format(instant);
}
