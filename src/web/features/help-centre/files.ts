import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formattingLocale } from '../file/useFormat';

/** The largest file the server accepts (proof of employment, attachment, CSV list): 5 MB. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Documents accepted as proofs and attachments; the server checks their content again. */
export const DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
const DOCUMENT_EXTENSIONS = /\.(pdf|jpe?g|png)$/i;

/** Whether a chosen file looks like a PDF, JPEG or PNG (by its type or, failing that, its name). */
export function isAcceptedDocument(file: File): boolean {
  return (
    DOCUMENT_TYPES.includes(file.type) || (file.type === '' && DOCUMENT_EXTENSIONS.test(file.name))
  );
}

/** A file size in words of the interface language ("1,2 Mo", "340 kB"). */
export function useFileSize(): (bytes: number) => string {
  const { i18n } = useTranslation();
  const locale = formattingLocale(i18n.resolvedLanguage);
  return useMemo(() => {
    const kilo = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'kilobyte',
      maximumFractionDigits: 0,
    });
    const mega = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: 1,
    });
    return (bytes) =>
      bytes >= 1024 * 1024
        ? mega.format(bytes / (1024 * 1024))
        : kilo.format(Math.max(1, Math.round(bytes / 1024)));
  }, [locale]);
}
