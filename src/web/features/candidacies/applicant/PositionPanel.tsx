import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidacyPosition } from '../../../api/candidacies';
import { Alert, VisuallyHidden } from '../../../ui';
import { ScoreReasons } from '../shared/ScoreReasons';
import { useLivePosition } from './useLivePosition';

/**
 * "Position x sur y", the number of candidacies, whether the file is within the first 5 and the
 * reasons of the rank. While applications are open it follows the live ranking and announces a
 * new position politely (once per change, not on every update).
 */
export function PositionPanel({
  position,
  onSettled,
}: {
  position: CandidacyPosition;
  /** Called when the stream says the offer closed, so the page reloads the candidacy. */
  onSettled: () => void;
}) {
  const { t } = useTranslation();
  const { current, change } = useLivePosition(position);
  useEffect(() => {
    if (position.live && !current.live) onSettled();
  }, [position.live, current.live, onSettled]);
  const rank = current.position;
  return (
    <section className="section card" aria-labelledby="candidacy-position">
      <h2 id="candidacy-position">{t('candidacies.position.title')}</h2>
      {rank === null ? (
        <p>{t('candidacies.position.unranked')}</p>
      ) : (
        <p className="lead">
          <strong>
            {current.live
              ? t('candidacies.position.value', { position: rank, total: current.total })
              : t('candidacies.position.frozenValue', { position: rank, total: current.total })}
          </strong>
        </p>
      )}
      {current.live && <p>{t('candidacies.position.count', { count: current.total })}</p>}
      {rank !== null && (
        <Alert tone={current.inTopFive ? 'success' : 'info'}>
          <p>
            {current.inTopFive
              ? t('candidacies.position.inTopFive', { size: current.shortlistSize })
              : t('candidacies.position.notInTopFive', { size: current.shortlistSize })}
          </p>
        </Alert>
      )}
      <p className="muted">
        {current.live ? t('candidacies.position.liveHint') : t('candidacies.position.frozenHint')}
      </p>
      <h3>{t('candidacies.position.reasonsTitle')}</h3>
      <ScoreReasons reasons={current.reasons} score={current.score} />
      <VisuallyHidden>
        <span aria-live="polite" aria-atomic="true">
          {change && change.position !== null
            ? t('candidacies.position.changed', { position: change.position, total: change.total })
            : ''}
        </span>
      </VisuallyHidden>
    </section>
  );
}
