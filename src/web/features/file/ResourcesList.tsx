import { useTranslation } from 'react-i18next';
import type { RegistrationApplication } from '../../api/file-types';
import { SummaryList } from '../../ui';
import { useFormat } from './useFormat';

/** The household's resources: tax incomes (whole euros) and monthly amounts (cents). */
export function ResourcesList({ resources }: { resources: RegistrationApplication['resources'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SummaryList
      items={[
        {
          label: t('applicantFile.file.details.fields.taxIncome', { year: resources.taxYearN2 }),
          value: format.euros(resources.taxIncomeN2),
        },
        {
          label: t('applicantFile.file.details.fields.taxIncome', {
            year: resources.taxYearN2 + 1,
          }),
          value:
            resources.taxIncomeN1 === null
              ? t('common.notProvided')
              : format.euros(resources.taxIncomeN1),
        },
        {
          label: t('applicantFile.file.details.fields.monthlyIncome'),
          value: format.cents(resources.monthlyIncomeCents),
        },
        {
          label: t('applicantFile.file.details.fields.housingBenefit'),
          value: format.cents(resources.housingBenefitCents),
        },
      ]}
    />
  );
}
