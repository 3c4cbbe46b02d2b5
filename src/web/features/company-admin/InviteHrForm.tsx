import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { inviteHrUsers, type Invitation } from '../../api/companies';
import { useFormFeedback } from '../../forms/useFormFeedback';
import { Button, ErrorSummary } from '../../ui';
import {
  EMPTY_HR_USER,
  HR_USER_FIELDS,
  HrUserFields,
  hrUserProblems,
  toHrUserInput,
} from './HrUserFields';

const FIELDS = HR_USER_FIELDS.map((field) => `hrUsers.0.${field}`);

/** Invites one more HR user of a company. */
export function InviteHrForm({
  companyId,
  onInvited,
}: {
  companyId: string;
  onInvited: (invitations: Invitation[]) => void;
}) {
  const { t } = useTranslation();
  const [hr, setHr] = useState(EMPTY_HR_USER);
  const form = useFormFeedback('invite-hr', FIELDS);
  const mutation = useMutation({
    mutationFn: () => inviteHrUsers(companyId, [toHrUserInput(hr)]),
    onSuccess: (result) => onInvited(result.invitations),
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.checkFields(hrUserProblems('hrUsers.0', hr, t))) mutation.mutate();
  }

  return (
    <>
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <p>{t('form.requiredNotice')}</p>
        <HrUserFields
          name="hrUsers.0"
          fieldId={form.fieldId}
          legend={t('support.companies.hr.newLegend')}
          value={hr}
          errors={form.fieldErrors}
          onChange={setHr}
        />
        <Button type="submit" isBusy={mutation.isPending}>
          {t('support.companies.hr.invite')}
        </Button>
      </form>
    </>
  );
}
