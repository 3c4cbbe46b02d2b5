import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/errors';
import { actOnOffer, type OfferAction } from '../../api/offers';
import type { LandlordOffer } from '../../api/offers-types';
import { describeError } from '../../forms/describeError';
import { Alert, Button, ButtonLink, Dialog } from '../../ui';
import { useOfferFormat } from '../offers/useOfferFormat';
import { editOfferPath, landlordOfferPath } from './paths';

/** What each state of an offer allows. */
function actionsOf(offer: LandlordOffer): OfferAction[] {
  switch (offer.status) {
    case 'draft':
    case 'withdrawn':
      return ['publish', 'duplicate'];
    case 'published':
      return ['withdraw', 'duplicate'];
    case 'closed':
      return ['duplicate'];
    default: {
      const never: never = offer.status;
      return never;
    }
  }
}

/** Edit, publish, withdraw and duplicate, each confirmed in a dialog; the outcome is announced. */
export function OfferActions({ offer }: { offer: LandlordOffer }) {
  const { t } = useTranslation();
  const format = useOfferFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<OfferAction | null>(null);
  const [done, setDone] = useState<OfferAction | null>(null);
  const act = useMutation({
    mutationFn: (action: OfferAction) => actOnOffer(offer.id, action),
    onSuccess: async (result, action) => {
      setPending(null);
      await queryClient.invalidateQueries({ queryKey: ['landlord'] });
      if (action === 'duplicate') {
        await navigate(landlordOfferPath(result.offer.id), { state: { notice: 'duplicated' } });
      } else {
        setDone(action);
      }
    },
    onError: () => setPending(null),
  });
  const error = act.error;
  const problems = error instanceof ApiError ? error.fields : [];

  return (
    <div className="offer-actions">
      <div className="actions">
        {offer.status !== 'closed' && (
          <ButtonLink to={editOfferPath(offer.id)} variant="secondary">
            {t('offers.landlord.actions.edit')}
          </ButtonLink>
        )}
        {actionsOf(offer).map((action) => (
          <Button
            key={action}
            variant={action === 'publish' ? 'primary' : 'secondary'}
            onClick={() => {
              act.reset();
              setDone(null);
              setPending(action);
            }}
          >
            {t(`offers.landlord.actions.${action}`)}
          </Button>
        ))}
      </div>
      {done && (
        <Alert tone="success" isLive>
          <p>{t(`offers.landlord.actions.done.${done}`)}</p>
        </Alert>
      )}
      {error && (
        <Alert tone="error" isLive title={describeError(error, t)}>
          {problems.length > 0 && (
            <>
              <ul className="compact-list">
                {problems.map((problem) => (
                  <li key={`${problem.path}-${problem.code}`}>{problem.message}</li>
                ))}
              </ul>
              <p>
                <ButtonLink to={editOfferPath(offer.id)} variant="tertiary">
                  {t('offers.landlord.actions.fix')}
                </ButtonLink>
              </p>
            </>
          )}
        </Alert>
      )}
      <Dialog
        isOpen={pending !== null}
        title={pending ? t(`offers.landlord.actions.confirm.${pending}.title`) : ''}
        onClose={() => setPending(null)}
      >
        {pending && (
          <>
            <p>
              {t(`offers.landlord.actions.confirm.${pending}.text`, {
                reference: offer.reference,
                deadline: format.day(offer.applicationDeadline),
              })}
            </p>
            {pending === 'publish' && (
              <p>
                {offer.showcase
                  ? t('offers.landlord.actions.confirm.publish.showcase')
                  : t('offers.landlord.actions.confirm.publish.noShowcase')}
              </p>
            )}
            {pending === 'withdraw' && offer.candidacyCount > 0 && (
              <p>
                {t('offers.landlord.actions.confirm.withdraw.candidacies', {
                  count: offer.candidacyCount,
                })}
              </p>
            )}
            <div className="actions">
              <Button isBusy={act.isPending} onClick={() => act.mutate(pending)}>
                {t(`offers.landlord.actions.confirm.${pending}.yes`)}
              </Button>
              <Button variant="secondary" onClick={() => setPending(null)}>
                {t('offers.common.cancel')}
              </Button>
            </div>
          </>
        )}
      </Dialog>
    </div>
  );
}
