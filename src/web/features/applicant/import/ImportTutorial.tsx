import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui';

const PANELS = ['number', 'code', 'steps', 'validation'] as const;

/**
 * The short tutorial before the import (handbook #3): four panels, "Suivant" to go on and
 * "Passer les étapes" at any time. Each new panel's heading takes focus.
 */
export function ImportTutorial({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const [hasMoved, setHasMoved] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panel = PANELS[index] ?? PANELS[0];
  const isLast = index === PANELS.length - 1;

  useEffect(() => {
    if (hasMoved) headingRef.current?.focus();
  }, [index, hasMoved]);

  function go(next: number) {
    setHasMoved(true);
    setIndex(next);
  }

  return (
    <section className="tutorial card" aria-labelledby="import-tutorial-title">
      <p className="tutorial__progress">
        {t('applicantFile.import.tutorial.progress', { current: index + 1, total: PANELS.length })}
      </p>
      <h2 id="import-tutorial-title" ref={headingRef} tabIndex={-1}>
        {t(`applicantFile.import.tutorial.panels.${panel}.title`)}
      </h2>
      <p>{t(`applicantFile.import.tutorial.panels.${panel}.text`)}</p>
      {panel === 'steps' && (
        <ol className="bullets">
          <li>{t('applicantFile.steps.information.title')}</li>
          <li>{t('applicantFile.steps.company.title')}</li>
          <li>{t('applicantFile.steps.documents.title')}</li>
        </ol>
      )}
      <div className="actions tutorial__actions">
        {index > 0 && (
          <Button variant="secondary" onClick={() => go(index - 1)}>
            {t('applicantFile.import.tutorial.previous')}
          </Button>
        )}
        <Button onClick={() => (isLast ? onDone() : go(index + 1))}>
          {isLast
            ? t('applicantFile.import.tutorial.start')
            : t('applicantFile.import.tutorial.next')}
        </Button>
        <Button variant="tertiary" onClick={onDone}>
          <span aria-hidden="true">✕</span> {t('applicantFile.import.tutorial.skip')}
        </Button>
      </div>
    </section>
  );
}
