import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONTACT_CATEGORIES, sendContactMessage, type ContactCategory } from '../../api/help';
import { useFormFeedback, type CodeToField } from '../../forms/useFormFeedback';
import { LoadingStatus } from '../../session/guards';
import { loginPathReturningTo } from '../../session/paths';
import { useSession } from '../../session/useSession';
import {
  Alert,
  Button,
  ButtonLink,
  ErrorSummary,
  PageTitle,
  SelectField,
  TextAreaField,
  TextField,
} from '../../ui';
import { useFormat } from '../file/useFormat';
import { threadPath } from '../messages/paths';
import { CustomerServiceCard } from './CustomerServiceCard';
import { FileField } from './FileField';
import { DOCUMENT_ACCEPT, isAcceptedDocument, MAX_UPLOAD_BYTES } from './files';
import { FraudWarning } from './FraudWarning';
import { CONTACT_PATH, HELP_CENTRE_PATH } from './paths';
import './support.css';

const FIELDS = ['category', 'subject', 'message', 'attachments'] as const;
const CODE_TO_FIELD: CodeToField = {
  'upload.too_large': 'attachments',
  'upload.unsupported_type': 'attachments',
  'upload.too_many_files': 'attachments',
};
const MAX_ATTACHMENTS = 3;

function isCategory(value: string): value is ContactCategory {
  return (CONTACT_CATEGORIES as readonly string[]).includes(value);
}

interface ContactValues {
  category: ContactCategory | '';
  subject: string;
  message: string;
  attachments: File[];
}

const EMPTY: ContactValues = { category: '', subject: '', message: '', attachments: [] };

function ContactForm() {
  const { t } = useTranslation();
  const format = useFormat();
  const [values, setValues] = useState<ContactValues>(EMPTY);
  const form = useFormFeedback('contact', FIELDS, CODE_TO_FIELD);
  const mutation = useMutation({
    mutationFn: sendContactMessage,
    onError: (error) => form.showApiError(error),
  });
  const update = <K extends keyof ContactValues>(name: K, value: ContactValues[K]) =>
    setValues((previous) => ({ ...previous, [name]: value }));

  function attachmentsProblem(): string | undefined {
    if (values.attachments.length > MAX_ATTACHMENTS) return t('support.contact.errors.tooMany');
    if (values.attachments.some((file) => file.size > MAX_UPLOAD_BYTES)) {
      return t('support.files.tooLarge');
    }
    if (!values.attachments.every(isAcceptedDocument)) return t('support.files.wrongType');
    return undefined;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isValid = form.checkFields({
      category: values.category === '' ? t('support.contact.errors.category') : undefined,
      subject: values.subject.trim() === '' ? t('support.contact.errors.subject') : undefined,
      message: values.message.trim() === '' ? t('support.contact.errors.message') : undefined,
      attachments: attachmentsProblem(),
    });
    if (!isValid || values.category === '') return;
    mutation.mutate({
      category: values.category,
      subject: values.subject.trim(),
      message: values.message.trim(),
      attachments: values.attachments,
    });
  }

  if (mutation.isSuccess) {
    return (
      <>
        <PageTitle key="sent" title={t('support.contact.sentTitle')} shouldFocus />
        <Alert tone="success" title={t('support.contact.sent')}>
          <p>{t('support.contact.sentDue', { date: format.day(mutation.data.dueOn) })}</p>
        </Alert>
        <p>
          <Link to={threadPath(mutation.data.threadId)}>{t('support.contact.openThread')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <PageTitle title={t('support.contact.title')} />
      <p className="lead">{t('support.contact.lead')}</p>
      <p>
        <Link to={HELP_CENTRE_PATH}>{t('support.contact.helpFirst')}</Link>
      </p>
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <p>{t('form.requiredNotice')}</p>
        <SelectField
          id={form.fieldId('category')}
          name="category"
          label={t('support.contact.fields.category')}
          placeholder={t('support.contact.fields.categoryPlaceholder')}
          options={CONTACT_CATEGORIES.map((value) => ({
            value,
            label: t(`support.contact.categories.${value}`),
          }))}
          isRequired
          value={values.category}
          error={form.fieldErrors.category}
          onChange={(event) =>
            update('category', isCategory(event.target.value) ? event.target.value : '')
          }
        />
        <TextField
          id={form.fieldId('subject')}
          name="subject"
          label={t('support.contact.fields.subject')}
          isRequired
          maxLength={200}
          autoComplete="off"
          value={values.subject}
          error={form.fieldErrors.subject}
          onChange={(event) => update('subject', event.target.value)}
        />
        <TextAreaField
          id={form.fieldId('message')}
          name="message"
          label={t('support.contact.fields.message')}
          hint={t('support.contact.fields.messageHint')}
          isRequired
          rows={8}
          maxLength={10_000}
          value={values.message}
          error={form.fieldErrors.message}
          onChange={(event) => update('message', event.target.value)}
        />
        <FileField
          id={form.fieldId('attachments')}
          name="attachments"
          label={t('support.contact.fields.attachments')}
          hint={t('support.contact.fields.attachmentsHint')}
          accept={DOCUMENT_ACCEPT}
          isMultiple
          files={values.attachments}
          error={form.fieldErrors.attachments}
          onChange={(files) => update('attachments', files)}
        />
        <Button type="submit" isBusy={mutation.isPending}>
          {t('support.contact.submit')}
        </Button>
      </form>
    </>
  );
}

/** "Nous contacter": the contact form for applicants, the customer service for everyone. */
export function ContactPage() {
  const { t } = useTranslation();
  const { user, isPending } = useSession();
  if (isPending) return <LoadingStatus />;
  return (
    <>
      {user?.role === 'applicant' ? (
        <ContactForm />
      ) : (
        <>
          <PageTitle title={t('support.contact.title')} />
          <p className="lead">{t('support.contact.lead')}</p>
          {user ? (
            <Alert tone="info">
              <p>{t('support.contact.applicantsOnly')}</p>
            </Alert>
          ) : (
            <Alert tone="info" title={t('support.contact.loginTitle')}>
              <p>{t('support.contact.loginText')}</p>
              <div className="actions">
                <ButtonLink to={loginPathReturningTo(CONTACT_PATH)}>
                  {t('support.contact.login')}
                </ButtonLink>
                <ButtonLink to="/inscription" variant="secondary">
                  {t('support.contact.signUp')}
                </ButtonLink>
              </div>
            </Alert>
          )}
        </>
      )}
      <section className="section" aria-labelledby="contact-service">
        <h2 id="contact-service">{t('support.contact.otherWays')}</h2>
        <CustomerServiceCard />
      </section>
      <FraudWarning />
    </>
  );
}
