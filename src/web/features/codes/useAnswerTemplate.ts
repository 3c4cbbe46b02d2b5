import { useTranslation } from 'react-i18next';
import type { RecoveryDetail } from '../../api/codes';

/** The answer a consultant starts from, with the code found for the request. */
export function useAnswerTemplate(detail: RecoveryDetail): string {
  const { t } = useTranslation();
  const { request, account } = detail;
  const name = `${request.firstName} ${request.lastName}`;
  if (request.codeKind === 'personal' && account?.file) {
    return t('support.recoveryRequest.template.personal', {
      name,
      code: account.file.personalCode,
    });
  }
  const listed = detail.companiesWithSiret.filter((company) => company.siretListed);
  const company =
    listed.length === 1
      ? listed[0]
      : detail.companiesWithSiret.length === 1
        ? detail.companiesWithSiret[0]
        : undefined;
  if (request.codeKind === 'company' && company) {
    return t('support.recoveryRequest.template.company', {
      name,
      company: company.name,
      code: company.code,
    });
  }
  return t('support.recoveryRequest.template.generic', { name });
}
