import { useTranslation } from 'react-i18next';
import type { Stage, TrackerStepState } from '../../../api/candidacies';
import { Stepper, type Step } from '../../../ui';

/**
 * The stage bar "Je postule → Validations → Envoi bailleur → Visite → Commission logement →
 * Entrée dans les lieux". The current stage carries aria-current="step"; a candidacy that ended
 * shows the stage where it stopped as current, with the words "arrêtée à cette étape".
 */
export function StageBar({
  steps,
}: {
  steps: readonly { stage: Stage; state: TrackerStepState }[];
}) {
  const { t } = useTranslation();
  const items: Step[] = steps.map(({ stage, state }) => ({
    key: stage,
    label: t(`candidacies.stages.${stage}`),
    status: state === 'stopped' ? 'current' : state,
    description:
      state === 'stopped'
        ? t('candidacies.stages.stopped')
        : state === 'current'
          ? t(`candidacies.stageHelp.${stage}`)
          : undefined,
  }));
  return <Stepper label={t('candidacies.stages.label')} steps={items} />;
}
