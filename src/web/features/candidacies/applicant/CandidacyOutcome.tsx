import { useTranslation } from 'react-i18next';
import type { CandidacyView } from '../../../api/candidacies';
import { Alert } from '../../../ui';
import { useFormat } from '../../file/useFormat';

/** What was decided on the candidacy so far: review, commission, lease and move-in. */
export function CandidacyOutcome({ candidacy }: { candidacy: CandidacyView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { review, commission, lease, status } = candidacy;
  const notes: { key: string; tone: 'info' | 'success' | 'warning' | 'error'; text: string }[] = [];

  if (status === 'rejected' && review.reason) {
    notes.push({
      key: 'review',
      tone: 'error',
      text: t('candidacies.outcome.rejected', {
        reason: t(`candidacies.reviewReasons.${review.reason}`),
      }),
    });
    if (review.comment) notes.push({ key: 'comment', tone: 'info', text: review.comment });
  }
  if (status === 'not_retained') {
    notes.push({ key: 'not-retained', tone: 'info', text: t('candidacies.outcome.notRetained') });
  }
  if (commission) {
    const text = (() => {
      switch (commission.decision) {
        case 'attribution':
          return t('candidacies.outcome.attribution');
        case 'attribution_by_rank':
          return t('candidacies.outcome.byRank', { rank: commission.rank ?? 0 });
        case 'attribution_conditional':
          return t('candidacies.outcome.conditional', {
            rank: commission.rank ?? 0,
            document: commission.conditionDocument ?? '',
            date: commission.conditionDeadline ? format.day(commission.conditionDeadline) : '',
          });
        case 'non_attribution':
          return t('candidacies.outcome.nonAttribution', { reason: commission.reason ?? '' });
        case 'inadmissible':
          return t('candidacies.outcome.inadmissible', {
            reason:
              commission.reason === 'income_above_ceiling' ||
              commission.reason === 'irregular_residence'
                ? t(`candidacies.inadmissibilityReasons.${commission.reason}`)
                : (commission.reason ?? ''),
          });
      }
    })();
    const positive = commission.decision.startsWith('attribution');
    notes.push({
      key: 'commission',
      tone: positive ? 'success' : 'error',
      text: `${t('candidacies.outcome.commissionOn', { date: format.day(commission.meetingDate) })} ${text}`,
    });
  }
  if (status === 'attributed' && commission?.decision !== 'attribution') {
    notes.push({ key: 'promoted', tone: 'success', text: t('candidacies.outcome.promoted') });
  }
  if (lease.signedOn) {
    notes.push({
      key: 'lease',
      tone: 'success',
      text: t('candidacies.outcome.leaseSigned', { date: format.day(lease.signedOn) }),
    });
  }
  if (lease.moveInOn) {
    notes.push({
      key: 'move-in',
      tone: status === 'moved_in' ? 'success' : 'info',
      text:
        status === 'moved_in'
          ? t('candidacies.outcome.movedIn', { date: format.day(lease.moveInOn) })
          : t('candidacies.outcome.moveInPlanned', { date: format.day(lease.moveInOn) }),
    });
  }
  if (status === 'unsuccessful' || status === 'declined' || status === 'condition_failed') {
    notes.push({ key: 'ended', tone: 'info', text: t(`candidacies.statusHelp.${status}`) });
  }
  if (notes.length === 0) return null;
  return (
    <section className="section" aria-labelledby="candidacy-outcome">
      <h2 id="candidacy-outcome">{t('candidacies.outcome.title')}</h2>
      {notes.map((note) => (
        <Alert key={note.key} tone={note.tone}>
          <p>{note.text}</p>
        </Alert>
      ))}
    </section>
  );
}
