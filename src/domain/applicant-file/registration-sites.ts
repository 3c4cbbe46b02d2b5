// Where a person without a unique number must file their social-housing application (DOMAIN.md §2).
// Most departments use the national registration system (SNE); some have their own site. The list
// is data (`../data/registration-sites.json`), not code. A site whose address we do not know for
// sure has `url: null`: the page then shows the department's name and advises asking the local
// housing office (mairie, landlord or departmental housing information office) rather than
// guessing an address.

import type { DocumentCategory } from '../../registration/contract.js';
import departmentList from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import sites from '../data/registration-sites.json' with { type: 'json' };

/** A French department: INSEE code (`01`, `2A`, `971`) and official name. */
export type Department = { code: string; name: string };

/** The site where a person files (or renews) the application for one department. */
export type RegistrationSite = {
  name: string;
  /** Null when the site's address is not known: show `departmentName` and advise the local office. */
  url: string | null;
  isNational: boolean;
  /** The department code as normalised (`03`, `2A`, `971`), or null when the input is not one. */
  departmentCode: string | null;
  departmentName: string | null;
};

// Metropolitan and overseas departments (DROM) only: the overseas collectivities (975, 977...)
// are not covered by the social-housing registration system.
/** Departments where social-housing applications are registered, in INSEE order. */
export const DEPARTMENTS: readonly Department[] = departmentList
  .filter((department) => department.zone === 'metro' || department.zone === 'drom')
  .map((department) => ({ code: department.code, name: department.nom }));

/** What to have at hand to obtain the number: an identity document or, for a non-EU national, a residence permit. */
export const WHAT_TO_PREPARE: readonly DocumentCategory[] = ['identity', 'residence_permit'];

const DEPARTMENT_NAMES: ReadonlyMap<string, string> = new Map(
  DEPARTMENTS.map((department) => [department.code, department.name]),
);

const DEPARTMENTAL_SITES: ReadonlyMap<string, { name: string; url: string | null }> = indexSites();

/** Indexes the departmental sites by department; a department listed twice is a data error. */
function indexSites(): Map<string, { name: string; url: string | null }> {
  const index = new Map<string, { name: string; url: string | null }>();
  for (const site of sites.departmental) {
    for (const code of site.departments) {
      if (index.has(code)) throw new Error(`registration-sites.json: ${code} listed twice`);
      index.set(code, { name: site.name, url: site.url });
    }
  }
  return index;
}

/** Reads a typed department code: `3` → `03`, `2a` → `2A`, `029` (unique-number form) → `29`; null when not a department. */
export function normalizeDepartmentCode(input: string): string | null {
  let code = input.trim().toUpperCase();
  if (/^\d$/.test(code)) code = `0${code}`;
  // The unique number writes departments on 3 characters (029, 02A); overseas ones start with 97.
  if (/^0(\d[\dAB])$/.test(code)) code = code.slice(1);
  return DEPARTMENT_NAMES.has(code) ? code : null;
}

/** The registration site for a department: its own site when it has one, else the national system. */
export function registrationSiteFor(departmentCode: string): RegistrationSite {
  const code = normalizeDepartmentCode(departmentCode);
  const departmentName = code === null ? null : (DEPARTMENT_NAMES.get(code) ?? null);
  const site = code === null ? undefined : DEPARTMENTAL_SITES.get(code);
  if (site !== undefined) {
    return {
      name: site.name,
      url: site.url,
      isNational: false,
      departmentCode: code,
      departmentName,
    };
  }
  return {
    name: sites.national.name,
    url: sites.national.url,
    isNational: true,
    departmentCode: code,
    departmentName,
  };
}
