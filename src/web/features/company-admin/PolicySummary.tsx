import { useTranslation } from 'react-i18next';
import type { HousingPolicy, WorkplaceRule } from '../../api/companies';
import { SummaryList } from '../../ui';

/** A workplace rule in words: "Lyon (69123)" or "Département 69". */
export function useWorkplaceLabel(): (rule: WorkplaceRule) => string {
  const { t } = useTranslation();
  return (rule) =>
    rule.kind === 'commune'
      ? t('support.policy.workplaceCommune', { name: rule.name, code: rule.inseeCode })
      : t('support.policy.workplaceDepartment', { code: rule.code });
}

/** The rules of a housing policy in words, as a summary list. */
export function PolicySummary({ policy }: { policy: HousingPolicy }) {
  const { t } = useTranslation();
  const workplace = useWorkplaceLabel();
  const none = t('support.policy.none');
  const required = [
    policy.requiresStaffNumber ? t('support.policy.staffNumber') : null,
    policy.requiresHiringDate ? t('support.policy.hiringDate') : null,
  ].filter((item): item is string => item !== null);
  return (
    <SummaryList
      items={[
        {
          label: t('support.policy.validationRequired'),
          value: policy.validationRequired ? t('support.common.yes') : t('support.common.no'),
        },
        {
          label: t('support.policy.requiredFields'),
          value: required.length > 0 ? required.join(', ') : none,
        },
        {
          label: t('support.policy.allowedConsents'),
          value: policy.allowedConsents.map((level) => t(`support.consent.${level}`)).join(', '),
        },
        {
          label: t('support.policy.minSeniority'),
          value:
            policy.minSeniorityMonths === null
              ? none
              : t('support.policy.months', { count: policy.minSeniorityMonths }),
        },
        {
          label: t('support.policy.contractTypes'),
          value:
            policy.contractTypes.length > 0
              ? policy.contractTypes.map((type) => t(`support.policy.contracts.${type}`)).join(', ')
              : t('support.policy.anyContract'),
        },
        {
          label: t('support.policy.workplaces'),
          value:
            policy.workplaces.length > 0
              ? policy.workplaces.map(workplace).join(', ')
              : t('support.policy.anyWorkplace'),
        },
        { label: t('support.policy.priorityPoints'), value: String(policy.priorityPoints) },
        {
          label: t('support.policy.employeeNote'),
          value: policy.employeeNote ? (
            <span className="message__body">{policy.employeeNote}</span>
          ) : (
            none
          ),
        },
      ]}
    />
  );
}
