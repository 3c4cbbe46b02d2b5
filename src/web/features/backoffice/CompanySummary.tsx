import { useTranslation } from 'react-i18next';
import type { BackofficeFileDetail } from '../../api/file-types';
import { SummaryList } from '../../ui';
import { formatSiret } from '../file/labels';
import { useFormat } from '../file/useFormat';

/** The company step as the applicant completed it, and the linked company's policy. */
export function CompanySummary({ detail }: { detail: BackofficeFileDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { company } = detail.file;
  const linked = company.linkedCompany;
  const none = t('common.notProvided');
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return (
    <section className="section" aria-labelledby="bo-company">
      <h2 id="bo-company">{t('applicantFile.backofficeFiles.sections.company')}</h2>
      <SummaryList
        items={[
          {
            label: t('applicantFile.backofficeFiles.fields.attachTo'),
            value: company.attachTo
              ? t(`applicantFile.file.documents.person.${company.attachTo}`)
              : none,
          },
          {
            label: t('applicantFile.file.details.fields.employerName'),
            value: company.employerName ?? none,
          },
          {
            label: t('applicantFile.file.details.fields.employerSiret'),
            value: company.employerSiret ? formatSiret(company.employerSiret) : none,
          },
          {
            label: t('applicantFile.backofficeFiles.fields.linkedCompany'),
            value:
              detail.companyName ??
              linked?.name ??
              t('applicantFile.backofficeFiles.noLinkedCompany'),
          },
          ...(linked
            ? [
                {
                  label: t('applicantFile.backofficeFiles.fields.validationRequired'),
                  value: yesNo(linked.validationRequired),
                },
                {
                  label: t('applicantFile.backofficeFiles.fields.isTempAgency'),
                  value: yesNo(linked.isTempAgency),
                },
              ]
            : []),
          {
            label: t('applicantFile.backofficeFiles.fields.staffNumber'),
            value: company.staffNumber ?? none,
          },
          {
            label: t('applicantFile.backofficeFiles.fields.hiredAt'),
            value: company.hiredAt ? format.day(company.hiredAt) : none,
          },
          {
            label: t('applicantFile.backofficeFiles.fields.permanentTempContract'),
            value:
              company.permanentTempContract === null
                ? t('common.notApplicable')
                : yesNo(company.permanentTempContract),
          },
        ]}
      />
    </section>
  );
}
