import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { applyToOffer, fetchPositionPreview } from '../../api/candidacies';
import { ApiError } from '../../api/errors';
import { describeError } from '../../forms/describeError';
import { useSession } from '../../session/useSession';
import { Alert, Button, ButtonLink } from '../../ui';
import { MY_CANDIDACIES_KEY, useMyCandidacies } from './applicant/queries';
import { MY_CANDIDACIES_PATH } from './paths';

/** Where the applicant's file is completed or updated (the applicant-file feature). */
const MY_FILE_PATH = '/espace/dossier';

/** Refusals that the applicant resolves on their file. */
const FILE_CODES = new Set(['candidacy.file_not_validated', 'candidacy.application_inactive']);

/**
 * "Je postule" on an offer page. Shows the confirmation "Ce logement a bien été ajouté à vos
 * candidatures" with a link to "Mes candidatures", or the reason of a refusal (one candidacy at a
 * time, file not validated, application expired, offer closed, not eligible) with the way out.
 * Applicants only: for anyone else it renders nothing.
 */
export function ApplyButton(props: ApplyButtonProps) {
  const { user } = useSession();
  if (user?.role !== 'applicant') return null;
  return <ApplicantApply {...props} />;
}

/** What "Je postule" needs to know of the offer page. */
export interface ApplyButtonProps {
  offerId: string;
  /** False when applications are closed: only an existing candidacy on the offer is shown. */
  isOpen?: boolean;
  /** The eligibility verdict of the offer page, when known. */
  verdict?: 'eligible' | 'not_eligible' | 'no_file';
}

function ApplicantApply({ offerId, isOpen = true, verdict = 'eligible' }: ApplyButtonProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mine = useMyCandidacies();
  const current = mine.data?.current ?? null;
  const appliedHere = current !== null && current.offer.id === offerId;
  const preview = useQuery({
    queryKey: ['candidacies', 'preview', offerId],
    queryFn: () => fetchPositionPreview(offerId),
    enabled: mine.isSuccess && current === null && isOpen && verdict === 'eligible',
    retry: false,
  });
  const apply = useMutation({
    mutationFn: () => applyToOffer(offerId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: MY_CANDIDACIES_KEY }),
  });

  if (apply.isSuccess) {
    return (
      <div className="section">
        <Alert tone="success" isLive shouldFocus title={t('candidacies.apply.successTitle')}>
          <p>{t('candidacies.apply.successText')}</p>
        </Alert>
        <ButtonLink to={MY_CANDIDACIES_PATH}>{t('candidacies.apply.seeMine')}</ButtonLink>
      </div>
    );
  }

  if (appliedHere) {
    return (
      <div className="section">
        <Alert tone="info" title={t('candidacies.apply.alreadyHereTitle')}>
          <p>{t('candidacies.apply.alreadyHereText')}</p>
        </Alert>
        <ButtonLink to={MY_CANDIDACIES_PATH}>{t('candidacies.apply.seeMine')}</ButtonLink>
      </div>
    );
  }

  if (!isOpen) return null;
  if (verdict !== 'eligible') {
    return (
      <div className="section">
        <Alert tone="info" title={t('candidacies.apply.refusedTitle')}>
          <p>
            {verdict === 'no_file'
              ? t('candidacies.apply.noFile')
              : t('candidacies.apply.notEligible')}
          </p>
          {verdict === 'no_file' && (
            <p>
              <Link to={MY_FILE_PATH}>{t('candidacies.apply.seeFile')}</Link>
            </p>
          )}
        </Alert>
      </div>
    );
  }

  const code = apply.error instanceof ApiError ? apply.error.code : null;
  return (
    <div className="section">
      {current && (
        <Alert tone="warning" title={t('candidacies.apply.oneAtATimeTitle')}>
          <p>{t('candidacies.apply.oneAtATimeText')}</p>
          <p>
            <Link to={MY_CANDIDACIES_PATH}>{t('candidacies.apply.seeCurrent')}</Link>
          </p>
        </Alert>
      )}
      {preview.data && (
        <p>
          {t('candidacies.apply.preview', {
            position: preview.data.wouldBePosition,
            count: preview.data.total,
          })}
        </p>
      )}
      {apply.isError && (
        <Alert tone="error" isLive shouldFocus title={t('candidacies.apply.refusedTitle')}>
          <p>{describeError(apply.error, t)}</p>
          {code === 'candidacy.already_active' && (
            <p>
              <Link to={MY_CANDIDACIES_PATH}>{t('candidacies.apply.seeCurrent')}</Link>
            </p>
          )}
          {code !== null && FILE_CODES.has(code) && (
            <p>
              <Link to={MY_FILE_PATH}>{t('candidacies.apply.seeFile')}</Link>
            </p>
          )}
        </Alert>
      )}
      <div className="actions">
        <Button isBusy={apply.isPending} onClick={() => apply.mutate()}>
          {t('candidacies.apply.button')}
        </Button>
      </div>
      <p className="muted">{t('candidacies.apply.hint')}</p>
    </div>
  );
}
