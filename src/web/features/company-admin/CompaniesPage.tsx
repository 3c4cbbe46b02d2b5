import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listCompanies, type CompanyListItem } from '../../api/companies';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, Button, ButtonLink, PageTitle, Table, TextField, type TableColumn } from '../../ui';
import { useFormat } from '../file/useFormat';
import '../help-centre/support.css';
import { formatSiren, sectorLabel, sizeBandLabel } from './labels';
import { companyPath, NEW_COMPANY_PATH } from './paths';

/** Back office: the client companies, by name, and the way to onboard one. */
export function CompaniesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const companies = useQuery({
    queryKey: ['backoffice', 'companies', q],
    queryFn: () => listCompanies(q || undefined),
  });

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (search.trim()) next.set('q', search.trim());
    setParams(next, { replace: true });
  }

  const columns: TableColumn<CompanyListItem>[] = [
    {
      key: 'name',
      header: t('support.companies.columns.name'),
      isRowHeader: true,
      render: (company) => <Link to={companyPath(company.id)}>{company.name}</Link>,
    },
    {
      key: 'siren',
      header: t('support.companies.columns.siren'),
      render: (company) => <span className="nowrap">{formatSiren(company.siren)}</span>,
    },
    {
      key: 'code',
      header: t('support.companies.columns.code'),
      render: (company) => <span className="code-value nowrap">{company.code}</span>,
    },
    {
      key: 'size',
      header: t('support.companies.columns.size'),
      render: (company) => sizeBandLabel(company.sizeBand, t),
    },
    {
      key: 'sector',
      header: t('support.companies.columns.sector'),
      render: (company) => sectorLabel(company.sector, t),
    },
    {
      key: 'hr',
      header: t('support.companies.columns.hrUsers'),
      render: (company) => company.hrUsers,
    },
    {
      key: 'createdAt',
      header: t('support.companies.columns.createdAt'),
      render: (company) => (
        <time dateTime={company.createdAt}>{format.day(company.createdAt)}</time>
      ),
    },
  ];

  const rows = companies.data?.companies ?? [];
  return (
    <>
      <PageTitle title={t('support.companies.title')} />
      <p className="lead">{t('support.companies.intro')}</p>
      <div className="actions">
        <ButtonLink to={NEW_COMPANY_PATH}>{t('support.companies.onboard')}</ButtonLink>
      </div>
      <form
        role="search"
        className="search-form"
        aria-label={t('support.companies.searchLabel')}
        onSubmit={handleSearch}
      >
        <TextField
          id="companies-search"
          name="q"
          type="search"
          label={t('support.companies.searchLabel')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('support.common.search')}
        </Button>
      </form>
      {companies.isPending && <LoadingStatus />}
      {companies.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(companies.error, t)}</p>
        </Alert>
      )}
      {companies.data && (
        <Table
          caption={t('support.companies.caption', { count: rows.length })}
          columns={columns}
          rows={rows}
          rowKey={(company) => company.id}
          emptyText={t('support.companies.empty')}
        />
      )}
    </>
  );
}
