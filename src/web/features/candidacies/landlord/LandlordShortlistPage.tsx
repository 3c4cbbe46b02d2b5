import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  republishOffer,
  type LandlordCandidacy,
  type LandlordShortlist,
} from '../../../api/candidacies';
import { describeError } from '../../../forms/describeError';
import { useFormFeedback } from '../../../forms/useFormFeedback';
import { LoadingStatus } from '../../../session/guards';
import {
  Alert,
  Button,
  ButtonLink,
  ErrorSummary,
  PageTitle,
  SummaryList,
  Table,
  TextField,
} from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { isIsoDay, offerName } from '../shared/labels';
import { OfferSummary } from '../shared/OfferSummary';
import { CandidacyStatusBadge, RoundStatusBadge } from '../shared/StatusBadge';
import {
  LANDLORD_ROUNDS_PATH,
  landlordCandidacyPath,
  landlordCommissionPath,
  landlordShortlistPath,
  ROUND_PARAM,
} from '../paths';
import { useLandlordShortlist, useRefreshLandlord } from './queries';
import { RoundsHistory } from './RoundsHistory';

/** "Jean DUPONT": the candidate's name as the dossier gives it. */
export function candidateName(candidate: LandlordCandidacy): string {
  return `${candidate.dossier.applicant.firstName} ${candidate.dossier.applicant.lastName}`;
}

/** Re-publication form; `onRepublished` runs before the page shows the new round (which hides this form). */
function Republish({ offerId, onRepublished }: { offerId: string; onRepublished: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshLandlord();
  const [deadline, setDeadline] = useState('');
  const [availableOn, setAvailableOn] = useState('');
  const form = useFormFeedback('republish', ['applicationDeadline', 'availableOn']);
  const republish = useMutation({
    mutationFn: () => republishOffer(offerId, { applicationDeadline: deadline, availableOn }),
    onSuccess: () => {
      onRepublished();
      void refresh();
    },
    onError: (error) => form.showApiError(error),
  });
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = t('candidacies.landlord.dateInvalid');
    if (
      form.checkFields({
        applicationDeadline: isIsoDay(deadline) ? undefined : invalid,
        availableOn: isIsoDay(availableOn) ? undefined : invalid,
      })
    ) {
      republish.mutate();
    }
  }
  return (
    <section className="section" aria-labelledby="republish">
      <h2 id="republish">{t('candidacies.landlord.republishTitle')}</h2>
      <p>{t('candidacies.landlord.republishText')}</p>
      <ErrorSummary feedback={form.feedback} />
      <form noValidate onSubmit={handleSubmit}>
        <TextField
          id={form.fieldId('applicationDeadline')}
          name="applicationDeadline"
          type="date"
          label={t('candidacies.offer.deadline')}
          className="field--medium"
          isRequired
          value={deadline}
          error={form.fieldErrors.applicationDeadline}
          onChange={(event) => setDeadline(event.target.value)}
        />
        <TextField
          id={form.fieldId('availableOn')}
          name="availableOn"
          type="date"
          label={t('candidacies.offer.availableOn')}
          className="field--medium"
          isRequired
          value={availableOn}
          error={form.fieldErrors.availableOn}
          onChange={(event) => setAvailableOn(event.target.value)}
        />
        <Button type="submit" isBusy={republish.isPending}>
          {t('candidacies.landlord.republishButton')}
        </Button>
      </form>
    </section>
  );
}

function ShortlistView({ offerId, data }: { offerId: string; data: LandlordShortlist }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { round, commission } = data;
  const isCurrent = round.roundId === data.rounds[0]?.roundId;
  const [isRepublished, setRepublished] = useState(false);
  return (
    <>
      {isRepublished && (
        <Alert tone="success" isLive shouldFocus>
          <p>{t('candidacies.landlord.republished')}</p>
        </Alert>
      )}
      {!isCurrent && (
        <Alert tone="info">
          <p>{t('candidacies.landlord.earlierRound', { number: round.roundNo })}</p>
          <p>
            <Link to={landlordShortlistPath(offerId)}>
              {t('candidacies.landlord.currentRoundLink')}
            </Link>
          </p>
        </Alert>
      )}
      <section className="section card" aria-labelledby="shortlist-offer">
        <h2 id="shortlist-offer">{t('candidacies.review.offerTitle')}</h2>
        <OfferSummary
          offer={round.offer}
          extra={[
            {
              label: t('candidacies.backoffice.roundStatus'),
              value: <RoundStatusBadge status={round.status} />,
            },
            ...(round.sentAt
              ? [{ label: t('candidacies.review.sentAt'), value: format.dateTime(round.sentAt) }]
              : []),
          ]}
        />
      </section>
      <section className="section" aria-labelledby="shortlist-files">
        <h2 id="shortlist-files">{t('candidacies.landlord.filesTitle')}</h2>
        <p>{t('candidacies.landlord.filesText')}</p>
        <Table
          caption={t('candidacies.landlord.filesCaption', { count: data.candidacies.length })}
          rows={data.candidacies}
          rowKey={(c) => c.id}
          emptyText={t('candidacies.landlord.filesEmpty')}
          columns={[
            {
              key: 'rank',
              header: t('candidacies.review.rank'),
              render: (c) => c.closingRank ?? '—',
            },
            {
              key: 'name',
              header: t('candidacies.review.candidate'),
              isRowHeader: true,
              render: (c) => (
                <Link to={landlordCandidacyPath(offerId, c.id)}>{candidateName(c)}</Link>
              ),
            },
            {
              key: 'household',
              header: t('candidacies.dossier.household'),
              render: (c) => t('candidacies.dossier.persons', { count: c.dossier.persons }),
            },
            {
              key: 'income',
              header: t('candidacies.dossier.monthlyIncome'),
              render: (c) => format.cents(c.dossier.resources.monthlyIncomeCents),
            },
            {
              key: 'status',
              header: t('candidacies.review.status'),
              render: (c) => <CandidacyStatusBadge status={c.status} />,
            },
            {
              key: 'contact',
              header: t('candidacies.landlord.contact'),
              render: (c) => (
                <>
                  {t('candidacies.landlord.unread', { count: c.unreadMessages })}
                  <span className="table__detail">
                    {t('candidacies.landlord.visitsCount', { count: c.visits })}
                  </span>
                </>
              ),
            },
          ]}
        />
      </section>
      <section className="section" aria-labelledby="shortlist-commission">
        <h2 id="shortlist-commission">{t('candidacies.commission.title')}</h2>
        {commission ? (
          <SummaryList
            items={[
              {
                label: t('candidacies.commission.meetingDate'),
                value: format.day(commission.meetingDate),
              },
              {
                label: t('candidacies.commission.examined'),
                value: t('candidacies.commission.examinedValue', {
                  examined: commission.examinedCount,
                  available: commission.availableCount,
                }),
              },
              ...(commission.justification
                ? [
                    {
                      label: t('candidacies.commission.justification'),
                      value: commission.justification,
                    },
                  ]
                : []),
            ]}
          />
        ) : round.status === 'sent' ? (
          <>
            <p>{t('candidacies.commission.toRecord', { min: data.minExamined })}</p>
            <ButtonLink to={landlordCommissionPath(offerId)}>
              {t('candidacies.commission.recordLink')}
            </ButtonLink>
          </>
        ) : (
          <p>{t('candidacies.commission.notYet')}</p>
        )}
      </section>
      {isCurrent && round.status === 'unallocated' && (
        <Republish offerId={offerId} onRepublished={() => setRepublished(true)} />
      )}
      {data.rounds.length > 1 && (
        <RoundsHistory offerId={offerId} rounds={data.rounds} shownRoundId={round.roundId} />
      )}
    </>
  );
}

/** The earlier round named in the address (`?tour=2`), or undefined for the current one. */
function roundNoOf(value: string | null): number | undefined {
  return value !== null && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : undefined;
}

/** Landlord portal: one offer's validated shortlist in rank order (current round, or an earlier one). */
export function LandlordShortlistPage() {
  const { t } = useTranslation();
  const { offerId = '' } = useParams();
  const [params] = useSearchParams();
  const query = useLandlordShortlist(offerId, roundNoOf(params.get(ROUND_PARAM)));
  return (
    <>
      <p>
        <Link to={LANDLORD_ROUNDS_PATH}>{t('candidacies.landlord.back')}</Link>
      </p>
      <PageTitle
        title={
          query.data
            ? t('candidacies.landlord.shortlistTitle', {
                offer: offerName(query.data.round.offer, t),
              })
            : t('candidacies.landlord.shortlistTitleLoading')
        }
      />
      {query.isPending && <LoadingStatus />}
      {query.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(query.error, t)}</p>
        </Alert>
      )}
      {query.data && <ShortlistView offerId={offerId} data={query.data} />}
    </>
  );
}
