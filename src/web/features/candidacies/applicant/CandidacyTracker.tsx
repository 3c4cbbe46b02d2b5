import { useTranslation } from 'react-i18next';
import type { CandidacyView } from '../../../api/candidacies';
import { Table } from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { offerName } from '../shared/labels';
import { OfferSummary } from '../shared/OfferSummary';
import { StageBar } from '../shared/StageBar';
import { CandidacyStatusBadge } from '../shared/StatusBadge';
import { ApplicantMessages } from './ApplicantMessages';
import { CancelCandidacy } from './CancelCandidacy';
import { CandidacyOutcome } from './CandidacyOutcome';
import { DeclineAttribution } from './DeclineAttribution';
import { PositionPanel } from './PositionPanel';

const AT_LANDLORD_STAGES = new Set(['sent_to_landlord', 'visit', 'commission', 'move_in']);
/** States in which the applicant can still answer the landlord. */
const CAN_REPLY = new Set([
  'sent',
  'visited',
  'attributed',
  'ranked',
  'conditional',
  'lease_signed',
]);

/** Everything the applicant follows about one candidacy (sections headed by h2). */
export function CandidacyTracker({
  candidacy,
  title,
  onChanged,
}: {
  candidacy: CandidacyView;
  title: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = offerName(candidacy.offer, t);
  const showPosition = candidacy.position.position !== null || candidacy.position.live;
  const atLandlord = AT_LANDLORD_STAGES.has(candidacy.stage);
  return (
    <>
      <section className="section card" aria-labelledby="candidacy-summary">
        <h2 id="candidacy-summary">{title}</h2>
        <p className="lead">{label}</p>
        <OfferSummary
          offer={candidacy.offer}
          extra={[
            {
              label: t('candidacies.tracker.status'),
              value: <CandidacyStatusBadge status={candidacy.status} />,
            },
            {
              label: t('candidacies.tracker.appliedAt'),
              value: format.dateTime(candidacy.appliedAt),
            },
          ]}
        />
        <p>{t(`candidacies.statusHelp.${candidacy.status}`)}</p>
      </section>
      <section className="section" aria-labelledby="candidacy-stages">
        <h2 id="candidacy-stages">{t('candidacies.tracker.stagesTitle')}</h2>
        <StageBar steps={candidacy.steps} />
      </section>
      {showPosition && (
        <PositionPanel key={candidacy.id} position={candidacy.position} onSettled={onChanged} />
      )}
      <CandidacyOutcome candidacy={candidacy} />
      {candidacy.visits.length > 0 && (
        <section className="section" aria-labelledby="candidacy-visits">
          <h2 id="candidacy-visits">{t('candidacies.visits.title')}</h2>
          <Table
            caption={t('candidacies.visits.caption')}
            rows={candidacy.visits}
            rowKey={(visit) => visit.id}
            emptyText={t('candidacies.visits.none')}
            columns={[
              {
                key: 'date',
                header: t('candidacies.visits.date'),
                isRowHeader: true,
                render: (visit) => format.dateTime(visit.scheduledAt),
              },
              {
                key: 'status',
                header: t('candidacies.visits.status'),
                render: (visit) => t(`candidacies.visitStatus.${visit.status}`),
              },
              {
                key: 'note',
                header: t('candidacies.visits.note'),
                render: (visit) => visit.note ?? '—',
              },
            ]}
          />
        </section>
      )}
      {(atLandlord || candidacy.messages.total > 0) && (
        <ApplicantMessages candidacyId={candidacy.id} canReply={CAN_REPLY.has(candidacy.status)} />
      )}
      {candidacy.canDecline && (
        <DeclineAttribution candidacyId={candidacy.id} onDeclined={onChanged} />
      )}
      {candidacy.canCancel && (
        <CancelCandidacy candidacyId={candidacy.id} offerLabel={label} onCancelled={onChanged} />
      )}
    </>
  );
}
