import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/navigation';
import { AccessCodesPage } from './AccessCodesPage';
import { CompaniesPage } from './CompaniesPage';
import { CompanyOnboardPage } from './CompanyOnboardPage';
import { CompanyPage } from './CompanyPage';
import { EmployeesPage } from './EmployeesPage';
import { PolicyPage } from './PolicyPage';

// Companies: onboarding in the back office; the housing policy, personal access codes and the
// employees' files with search and export in the employer portal.

/** Routes of the company administration, relative to their portal. */
export const COMPANY_ADMIN_ROUTES = {
  employer: [
    { path: 'politique-logement', element: <PolicyPage /> },
    { path: 'codes-acces', element: <AccessCodesPage /> },
    { path: 'salaries', element: <EmployeesPage /> },
  ],
  operator: [
    { path: 'entreprises', element: <CompaniesPage /> },
    { path: 'entreprises/nouvelle', element: <CompanyOnboardPage /> },
    { path: 'entreprises/:id', element: <CompanyPage /> },
  ],
} satisfies Record<string, RouteObject[]>;

/** Navigation links of the company administration. */
export const COMPANY_ADMIN_NAV = {
  employer: [
    { to: '/entreprise/salaries', label: 'support.nav.employees' },
    { to: '/entreprise/codes-acces', label: 'support.nav.accessCodes' },
    { to: '/entreprise/politique-logement', label: 'support.nav.policy' },
  ],
  operator: [{ to: '/backoffice/entreprises', label: 'support.nav.companies' }],
} satisfies Record<string, NavItem[]>;
