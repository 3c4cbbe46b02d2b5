import { useTranslation } from 'react-i18next';
import { PRIORITY_SITUATIONS } from '../../../../domain/candidacies/priority';
import type { RankingRuleParams } from '../../../api/candidacies';
import { SummaryList } from '../../../ui';

/** The parameters of a version of the ranking rule, in words. */
export function RuleParamsList({ params }: { params: RankingRuleParams }) {
  const { t } = useTranslation();
  return (
    <SummaryList
      items={[
        ...PRIORITY_SITUATIONS.map((situation) => ({
          label: t(`candidacies.prioritySituations.${situation}`),
          value: t('candidacies.rule.points', { count: params.priorityPoints[situation] }),
        })),
        {
          label: t('candidacies.rule.maxPriorityPoints'),
          value:
            params.maxPriorityPoints === null
              ? t('candidacies.rule.noCap')
              : t('candidacies.rule.points', { count: params.maxPriorityPoints }),
        },
        {
          label: t('candidacies.rule.seniority'),
          value: t('candidacies.rule.seniorityValue', {
            points: params.seniority.pointsPerMonth,
            months: params.seniority.maxMonths,
          }),
        },
        {
          label: t('candidacies.rule.companyPolicy'),
          value: t('candidacies.rule.companyPolicyValue', {
            weight: params.companyPolicy.weight,
            max: params.companyPolicy.maxPoints,
          }),
        },
      ]}
    />
  );
}
