// The file as the landlord receives it: what it needs to instruct the candidacy and take it to the
// allocation commission, and no more (data minimisation). Frozen when the files are sent, so the
// landlord keeps what it was given even if the applicant's file or account changes later.
// Left out on purpose: social security numbers, birth names of the other household members, the
// employer's SIRET and company policy, the consent level, supporting-document contents.

import type { RegistrationApplication, RegistrationPerson } from '../../registration/contract.js';
import { ageOn, parisDate } from '../eligibility/calendar.js';
import { prioritySituationsOf, type PrioritySituation } from './priority.js';

/** One adult of the household as the landlord sees them. */
export type DossierPerson = {
  civility: RegistrationPerson['civility'];
  lastName: string;
  firstName: string;
  birthDate: string;
  /** french / eu / other: the landlord checks residence rights (a ground of inadmissibility). */
  nationality: RegistrationPerson['nationality'];
  hasDisability: boolean;
  professionalStatus: RegistrationPerson['professional']['status'];
  employerName: string | null;
  contractType: RegistrationPerson['professional']['contractType'];
  hiredAt: string | null;
};

/** The file sent to the landlord. */
export type LandlordDossier = {
  uniqueNumber: string;
  platformNumber: string;
  filedAt: string;
  applicant: DossierPerson & { email: string; mobilePhone: string | null };
  coApplicant: DossierPerson | null;
  /** Other members: no names, only what sizes the home. */
  household: { relationship: string; age: number; isDependant: boolean; hasDisability: boolean }[];
  persons: number;
  resources: RegistrationApplication['resources'];
  currentHousing: {
    situation: RegistrationApplication['currentHousing']['situation'];
    monthlyRentCents: number | null;
  };
  reasons: RegistrationApplication['reasons'];
  prioritySituations: PrioritySituation[];
  /** Categories of the supporting documents the registration site holds (contents stay there). */
  documentCategories: string[];
};

function personOf(p: RegistrationPerson): DossierPerson {
  return {
    civility: p.civility,
    lastName: p.usageName ?? p.birthName,
    firstName: p.firstName,
    birthDate: p.birthDate,
    nationality: p.nationality,
    hasDisability: p.hasDisability,
    professionalStatus: p.professional.status,
    employerName: p.professional.employerName,
    contractType: p.professional.contractType,
    hiredAt: p.professional.hiredAt,
  };
}

/** Builds the landlord's dossier from the application and the platform number, on `today`. */
export function buildLandlordDossier(
  app: RegistrationApplication,
  platformNumber: string,
  today: Date,
): LandlordDossier {
  const date = parisDate(today);
  return {
    uniqueNumber: app.uniqueNumber,
    platformNumber,
    filedAt: app.filedAt,
    applicant: {
      ...personOf(app.applicant),
      email: app.applicant.email,
      mobilePhone: app.applicant.mobilePhone,
    },
    coApplicant: app.coApplicant ? personOf(app.coApplicant) : null,
    household: app.household.map((m) => ({
      relationship: m.relationship,
      age: ageOn(m.birthDate, date),
      isDependant: m.isDependant,
      hasDisability: m.hasDisability,
    })),
    persons: 1 + (app.coApplicant ? 1 : 0) + app.household.length,
    resources: app.resources,
    currentHousing: {
      situation: app.currentHousing.situation,
      monthlyRentCents: app.currentHousing.monthlyRentCents,
    },
    reasons: app.reasons,
    prioritySituations: prioritySituationsOf(app),
    documentCategories: [...new Set(app.documents.map((d) => d.category))].sort(),
  };
}
