import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formatters of the offer pages in the interface language (French: fr-FR). */
export interface OfferFormatters {
  /** `2026-12-15` → "15/12/2026". */
  day: (iso: string) => string;
  /** An ISO instant → "24 nov. 2026, 10:05" (Paris time). */
  dateTime: (iso: string) => string;
  /** Cents → "520 €", or "520,50 €" when there are cents. */
  cents: (cents: number) => string;
  /** Whole euros → "24 800 €". */
  euros: (euros: number) => string;
  /** m² → "42,5 m²". */
  surface: (m2: number) => string;
  /** Metres → "950 m" or "1,2 km". */
  distance: (metres: number) => string;
  /** A plain number ("1 234", "0,31"). */
  number: (value: number) => string;
  /** A share → "31 %". */
  percent: (share: number) => string;
  /** Bytes → "1,2 Mo". */
  bytes: (bytes: number) => string;
}

function localeOf(language: string | undefined): string {
  return language === 'en' ? 'en-GB' : 'fr-FR';
}

/** Dates, amounts, surfaces and distances formatted for the current language. */
export function useOfferFormat(): OfferFormatters {
  const { i18n, t } = useTranslation();
  const locale = localeOf(i18n.resolvedLanguage);
  return useMemo(() => {
    // Calendar days carry no time: read and print them in UTC so no time zone shifts them.
    const day = new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const dateTime = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Paris',
    });
    const money = (digits: number) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
    const whole = money(0);
    const withCents = money(2);
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    return {
      day: (iso) => day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
      dateTime: (iso) => dateTime.format(new Date(iso)),
      cents: (cents) => (cents % 100 === 0 ? whole : withCents).format(cents / 100),
      euros: (euros) => whole.format(euros),
      surface: (m2) => t('offers.units.surface', { value: number.format(m2) }),
      distance: (metres) =>
        metres < 1_000
          ? t('offers.units.metres', { value: number.format(Math.round(metres)) })
          : t('offers.units.kilometres', { value: oneDecimal.format(metres / 1_000) }),
      number: (value) => number.format(value),
      percent: (share) => percent.format(share),
      bytes: (bytes) =>
        bytes < 1_000_000
          ? t('offers.units.kilobytes', { value: oneDecimal.format(bytes / 1_000) })
          : t('offers.units.megabytes', { value: oneDecimal.format(bytes / 1_000_000) }),
    };
  }, [locale, t]);
}
