import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { classNames } from './classNames';
import { VisuallyHidden } from './VisuallyHidden';

/** Progress of one step. */
export type StepStatus = 'done' | 'current' | 'upcoming';

/** A step of a Stepper. */
export interface Step {
  key: string;
  label: string;
  description?: string;
  status: StepStatus;
  /** Makes the label a link to the step's page. */
  to?: string;
}

/** Numbered steps of a journey; the current one carries aria-current="step". */
export function Stepper({ label, steps }: { label: string; steps: readonly Step[] }) {
  const { t } = useTranslation();
  return (
    <ol className="stepper" aria-label={label}>
      {steps.map((step) => (
        <li
          key={step.key}
          className={classNames('stepper__step', `stepper__step--${step.status}`)}
          aria-current={step.status === 'current' ? 'step' : undefined}
        >
          <span className="stepper__label">
            {step.to ? <Link to={step.to}>{step.label}</Link> : step.label}
          </span>
          <VisuallyHidden>{` (${t(`stepper.${step.status}`)})`}</VisuallyHidden>
          {step.description && <span className="stepper__description">{step.description}</span>}
        </li>
      ))}
    </ol>
  );
}
