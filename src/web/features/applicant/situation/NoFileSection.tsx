import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PendingImport } from '../../../api/file-types';
import { Alert, ButtonLink, Stepper, type Step } from '../../../ui';
import { IMPORT_PATH, NO_NUMBER_PATH } from '../paths';

const JOURNEY = ['import', 'company', 'documents', 'apply'] as const;

/** "Ma situation" before the import: a card leading to it, and the steps that follow. */
export function NoFileSection({ pending }: { pending: PendingImport | null }) {
  const { t } = useTranslation();
  const steps: Step[] = JOURNEY.map((key, index) => ({
    key,
    label: t(`applicant.steps.${key}.label`),
    description: t(`applicant.steps.${key}.text`),
    status: index === 0 ? 'current' : 'upcoming',
  }));
  return (
    <>
      <section className="card section" aria-labelledby="situation-import">
        <h2 id="situation-import">{t('applicantFile.situation.noFile.title')}</h2>
        {pending && (
          <Alert tone="info" title={t('applicantFile.situation.noFile.pendingTitle')}>
            <p>
              {t('applicantFile.situation.noFile.pending', {
                maskedEmail: pending.maskedEmail,
                uniqueNumber: pending.uniqueNumber,
              })}
            </p>
          </Alert>
        )}
        <p>{t('applicantFile.situation.noFile.text')}</p>
        <div className="actions">
          <ButtonLink to={IMPORT_PATH}>
            {pending
              ? t('applicantFile.situation.noFile.resume')
              : t('applicantFile.situation.noFile.import')}
          </ButtonLink>
        </div>
        <p>
          <Link to={NO_NUMBER_PATH}>{t('applicantFile.situation.noFile.noNumber')}</Link>
        </p>
      </section>
      <section className="section" aria-labelledby="situation-journey">
        <h2 id="situation-journey">{t('applicant.stepsTitle')}</h2>
        <p>{t('applicant.intro')}</p>
        <Stepper label={t('applicant.stepsTitle')} steps={steps} />
      </section>
    </>
  );
}
