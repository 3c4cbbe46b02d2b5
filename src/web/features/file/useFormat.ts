import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formatters of dates and amounts in the interface language. */
export interface Formatters {
  /** `2026-11-24` (or a full ISO date) → "24 novembre 2026". */
  day: (iso: string) => string;
  /** An ISO timestamp → "24 nov. 2026, 10:05" (Paris time). */
  dateTime: (iso: string) => string;
  /** `2026-10` → "octobre 2026". */
  month: (period: string) => string;
  /** Cents → "2 080,00 €". */
  cents: (cents: number) => string;
  /** Whole euros → "24 800 €". */
  euros: (euros: number) => string;
}

/** The locale used to format numbers and dates for an interface language. */
export function formattingLocale(language: string | undefined): string {
  return language === 'en' ? 'en-GB' : 'fr-FR';
}

/** Dates and amounts formatted for the current language (French: fr-FR). */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = formattingLocale(i18n.resolvedLanguage);
  return useMemo(() => {
    // Calendar days carry no time: read and print them in UTC so no time zone shifts them.
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Paris',
    });
    const month = new Intl.DateTimeFormat(locale, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    const wholeEuros = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
    return {
      day: (iso) => day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
      dateTime: (iso) => dateTime.format(new Date(iso)),
      month: (period) => month.format(new Date(`${period.slice(0, 7)}-01T00:00:00Z`)),
      cents: (cents) => money.format(cents / 100),
      euros: (euros) => wholeEuros.format(euros),
    };
  }, [locale]);
}
