import { useTranslation } from 'react-i18next';
import type { GuideScreenshot, GuideStep } from './guides-api';

/** A screenshot of one of our pages, scaled to the column, with its caption. */
function GuideFigure({ screenshot }: { screenshot: GuideScreenshot }) {
  return (
    <figure className="guide-figure">
      <img
        src={screenshot.src}
        alt={screenshot.alt}
        width={screenshot.width}
        height={screenshot.height}
        loading="lazy"
        decoding="async"
      />
      <figcaption>{screenshot.caption}</figcaption>
    </figure>
  );
}

/** The numbered steps of a guide: a heading, the text and maybe a screenshot each. */
export function GuideSteps({ steps }: { steps: readonly GuideStep[] }) {
  const { t } = useTranslation();
  return (
    <ol className="guide-steps" aria-label={t('support.guides.stepsLabel')}>
      {steps.map((step) => (
        <li key={step.title} className="guide-step">
          <h2 className="guide-step__title">{step.title}</h2>
          {step.text.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {step.screenshot && <GuideFigure screenshot={step.screenshot} />}
        </li>
      ))}
    </ol>
  );
}
