import { useTranslation } from 'react-i18next';
import type { ScoreReason } from '../../../api/candidacies';

/** The text of one criterion that gave (or took) points. */
export function useReasonText(): (reason: ScoreReason) => string {
  const { t } = useTranslation();
  return (reason) => {
    switch (reason.criterion) {
      case 'priority':
        return t('candidacies.reasons.priority', {
          situation: t(`candidacies.prioritySituations.${reason.situation}`),
          count: reason.points,
        });
      case 'priority_cap':
        return t('candidacies.reasons.priorityCap', { count: Math.abs(reason.points) });
      case 'seniority':
        return t('candidacies.reasons.seniority', { months: reason.months, count: reason.points });
      case 'company_policy':
        return t('candidacies.reasons.companyPolicy', { count: reason.points });
    }
  };
}

/** Which criteria gave points, as a list; the tie-break rule is said when nothing did. */
export function ScoreReasons({
  reasons,
  score,
}: {
  reasons: readonly ScoreReason[];
  score: number;
}) {
  const { t } = useTranslation();
  const text = useReasonText();
  return (
    <>
      <p>{t('candidacies.reasons.total', { count: score })}</p>
      {reasons.length === 0 ? (
        <p>{t('candidacies.reasons.none')}</p>
      ) : (
        <ul className="bullets">
          {reasons.map((reason, index) => (
            <li key={`${reason.criterion}-${index}`}>{text(reason)}</li>
          ))}
        </ul>
      )}
      <p className="muted">{t('candidacies.reasons.tieBreak')}</p>
    </>
  );
}
