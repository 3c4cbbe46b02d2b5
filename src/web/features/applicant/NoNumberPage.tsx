import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { fetchDepartments, fetchRegistrationSite } from '../../api/file';
import type { RegistrationSiteResponse } from '../../api/file-types';
import { describeError } from '../../forms/describeError';
import { useFormFeedback } from '../../forms/useFormFeedback';
import { LoadingStatus } from '../../session/guards';
import { useSession } from '../../session/useSession';
import {
  Alert,
  Button,
  ButtonLink,
  ErrorSummary,
  NewTabLink,
  PageTitle,
  SelectField,
} from '../../ui';
import { IMPORT_PATH } from './paths';

const FIELDS = ['department'] as const;
const DEPARTMENT_PARAM = 'departement';

function SiteResult({ result }: { result: RegistrationSiteResponse }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const siteName = result.site.isNational
    ? t('applicantFile.noNumber.nationalName')
    : result.site.name;
  return (
    <section className="section card" aria-labelledby="no-number-site">
      <h2 id="no-number-site">{t('applicantFile.noNumber.resultTitle')}</h2>
      {result.department && (
        <p>
          {t('applicantFile.noNumber.siteFor', {
            name: result.department.name,
            code: result.department.code,
          })}
        </p>
      )}
      {result.site.url ? (
        <p className="lead">
          <NewTabLink href={result.site.url}>{siteName}</NewTabLink>
        </p>
      ) : (
        <>
          <p className="lead">{siteName}</p>
          <Alert tone="info">
            <p>{t('applicantFile.noNumber.noUrl')}</p>
          </Alert>
        </>
      )}
      <h3>{t('applicantFile.noNumber.prepareTitle')}</h3>
      <p>{t('applicantFile.noNumber.prepareIntro')}</p>
      <ul className="bullets">
        {result.whatToPrepare.map((category) => (
          <li key={category}>
            {category === 'identity' || category === 'residence_permit'
              ? t(`applicantFile.noNumber.prepare.${category}`)
              : t(`applicantFile.file.documents.category.${category}`)}
          </li>
        ))}
      </ul>
      <h3>{t('applicantFile.noNumber.thenTitle')}</h3>
      <p>{t('applicantFile.noNumber.then')}</p>
      <div className="actions">
        {user?.role === 'applicant' ? (
          <ButtonLink to={IMPORT_PATH}>{t('applicantFile.noNumber.import')}</ButtonLink>
        ) : !user ? (
          <>
            <ButtonLink to="/inscription">{t('applicantFile.noNumber.createAccount')}</ButtonLink>
            <ButtonLink to="/connexion" variant="secondary">
              {t('applicantFile.noNumber.logIn')}
            </ButtonLink>
          </>
        ) : null}
      </div>
    </section>
  );
}

/**
 * "Je n'ai pas encore de numéro unique": the department where housing is sought gives the site
 * where the application must be filed, and what to prepare.
 */
export function NoNumberPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const selected = params.get(DEPARTMENT_PARAM) ?? '';
  const [choice, setChoice] = useState(selected);
  const form = useFormFeedback('no-number', FIELDS);
  const departments = useQuery({
    queryKey: ['departments'],
    queryFn: fetchDepartments,
    staleTime: Infinity,
  });
  const site = useQuery({
    queryKey: ['registration-site', selected],
    queryFn: () => fetchRegistrationSite(selected),
    enabled: selected !== '',
    staleTime: Infinity,
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (
      !form.checkFields({
        department: choice === '' ? t('applicantFile.noNumber.required') : undefined,
      })
    ) {
      return;
    }
    form.clear();
    setParams(new URLSearchParams({ [DEPARTMENT_PARAM]: choice }), { replace: true });
  }

  return (
    <>
      <PageTitle title={t('applicantFile.noNumber.title')} />
      <p className="lead">{t('applicantFile.noNumber.intro')}</p>
      <ErrorSummary feedback={form.feedback} />
      <form className="form search-form" noValidate onSubmit={handleSubmit}>
        <SelectField
          id={form.fieldId('department')}
          name="department"
          label={t('applicantFile.noNumber.department')}
          hint={t('applicantFile.noNumber.departmentHint')}
          placeholder={
            departments.isPending ? t('common.loading') : t('applicantFile.noNumber.choose')
          }
          options={(departments.data?.departments ?? []).map((department) => ({
            value: department.code,
            label: `${department.code} — ${department.name}`,
          }))}
          isRequired
          value={choice}
          error={
            form.fieldErrors.department ??
            (departments.isError ? describeError(departments.error, t) : undefined)
          }
          onChange={(event) => setChoice(event.target.value)}
        />
        <Button type="submit">{t('applicantFile.noNumber.show')}</Button>
      </form>
      <div aria-live="polite">
        {selected !== '' && site.isPending && <LoadingStatus />}
        {site.isError && (
          <Alert tone="error">
            <p>{describeError(site.error, t)}</p>
          </Alert>
        )}
        {site.data && <SiteResult result={site.data} />}
      </div>
    </>
  );
}
