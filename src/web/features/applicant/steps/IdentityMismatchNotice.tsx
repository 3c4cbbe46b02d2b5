import { useMutation } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { deleteImportedFile } from '../../../api/file';
import type { ApplicantFile } from '../../../api/file-types';
import { describeError } from '../../../forms/describeError';
import { useSession } from '../../../session/useSession';
import { Alert, Button, Dialog } from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { IMPORT_PATH } from '../paths';
import { useForgetMyFile } from '../useMyFile';

/**
 * Handbook #4: the last name, first name or birth date of the account differ from the
 * application's. The person must delete the import, then import the right application.
 */
export function IdentityMismatchNotice({ file }: { file: ApplicantFile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const navigate = useNavigate();
  const forgetMyFile = useForgetMyFile();
  const [isOpen, setIsOpen] = useState(false);
  const close = useCallback(() => setIsOpen(false), []);
  const remove = useMutation({
    mutationFn: deleteImportedFile,
    onSuccess: () => {
      forgetMyFile();
      void navigate(IMPORT_PATH, { state: { deletedFileId: file.id } });
    },
  });
  const person = file.application.applicant;
  const lines = file.identityMismatch.map((part) => {
    switch (part) {
      case 'last_name':
        return t('applicantFile.steps.information.mismatch.last_name', {
          account: user?.lastName ?? '',
          application: person.usageName
            ? `${person.usageName} / ${person.birthName}`
            : person.birthName,
        });
      case 'first_name':
        return t('applicantFile.steps.information.mismatch.first_name', {
          account: user?.firstName ?? '',
          application: person.firstName,
        });
      case 'birth_date':
        return t('applicantFile.steps.information.mismatch.birth_date', {
          application: format.day(person.birthDate),
        });
      default: {
        const unknown: never = part;
        return String(unknown);
      }
    }
  });

  return (
    <Alert tone="error" title={t('applicantFile.steps.information.mismatch.title')}>
      <p>{t('applicantFile.steps.information.mismatch.intro')}</p>
      <ul className="bullets">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{t('applicantFile.steps.information.mismatch.help')}</p>
      <div className="actions">
        <Button onClick={() => setIsOpen(true)}>
          {t('applicantFile.steps.information.mismatch.delete')}
        </Button>
      </div>
      <Dialog
        isOpen={isOpen}
        title={t('applicantFile.steps.information.mismatch.dialogTitle')}
        onClose={close}
      >
        <p>{t('applicantFile.steps.information.mismatch.dialogText')}</p>
        {remove.isError && (
          <Alert tone="error" isLive>
            <p>{describeError(remove.error, t)}</p>
          </Alert>
        )}
        <div className="actions">
          <Button isBusy={remove.isPending} onClick={() => remove.mutate()}>
            {t('applicantFile.steps.information.mismatch.confirm')}
          </Button>
          <Button variant="secondary" onClick={close}>
            {t('common.cancel')}
          </Button>
        </div>
      </Dialog>
    </Alert>
  );
}
