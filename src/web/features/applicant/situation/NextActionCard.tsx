import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApplicantFile, NextAction } from '../../../api/file-types';
import { ButtonLink, NewTabLink, SummaryList } from '../../../ui';
import { FileStatusBadge } from '../../file/StatusBadges';
import { APPLICANT_OFFERS_PATH, STEP_PATH } from '../paths';

/** Where the call to action of each next step leads (null: nothing to do but wait). */
const CALL_TO_ACTION: Record<NextAction, { to: string; label: ParseKeys } | 'renew' | null> = {
  resolve_identity: {
    to: STEP_PATH.information,
    label: 'applicantFile.situation.cta.resolveIdentity',
  },
  renew_application: 'renew',
  company_step: { to: STEP_PATH.company, label: 'applicantFile.situation.cta.companyStep' },
  consent: { to: STEP_PATH.company, label: 'applicantFile.situation.cta.consent' },
  documents: { to: STEP_PATH.documents, label: 'applicantFile.situation.cta.documents' },
  submit: { to: STEP_PATH.documents, label: 'applicantFile.situation.cta.submit' },
  wait_company: null,
  wait_operator: null,
  correct_and_resubmit: { to: STEP_PATH.information, label: 'applicantFile.situation.cta.correct' },
  search_offers: { to: APPLICANT_OFFERS_PATH, label: 'applicantFile.situation.cta.searchOffers' },
};

/** The state of the file and what to do next, with one clear call to action. */
export function NextActionCard({ file }: { file: ApplicantFile }) {
  const { t } = useTranslation();
  const action = CALL_TO_ACTION[file.nextAction];
  return (
    <section className="section card next-action" aria-labelledby="situation-file">
      <h2 id="situation-file">{t('applicantFile.situation.fileTitle')}</h2>
      <SummaryList
        items={[
          {
            label: t('applicantFile.situation.status'),
            value: <FileStatusBadge status={file.status} />,
          },
        ]}
      />
      <h3>{t('applicantFile.situation.nextTitle')}</h3>
      <p>{t(`applicantFile.situation.next.${file.nextAction}`)}</p>
      {action === 'renew' && (
        <div className="actions">
          <NewTabLink href={file.registrationLinks.renew} buttonVariant="primary">
            {t('applicantFile.situation.validity.renew')}
          </NewTabLink>
        </div>
      )}
      {action && action !== 'renew' && (
        <div className="actions">
          <ButtonLink to={action.to}>{t(action.label)}</ButtonLink>
        </div>
      )}
    </section>
  );
}
