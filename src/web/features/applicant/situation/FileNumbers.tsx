import { useTranslation } from 'react-i18next';
import type { ApplicantFile } from '../../../api/file-types';
import { SummaryList } from '../../../ui';

/** The unique number and the AL'in number (the personal code has its own panel below). */
export function FileNumbers({ file }: { file: ApplicantFile }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="situation-numbers">
      <h2 id="situation-numbers">{t('applicantFile.situation.numbersTitle')}</h2>
      <SummaryList
        items={[
          {
            label: t('applicantFile.file.numbers.uniqueNumber'),
            value: file.uniqueNumberFormatted,
          },
          { label: t('applicantFile.file.numbers.platformNumber'), value: file.platformNumber },
        ]}
      />
    </section>
  );
}
