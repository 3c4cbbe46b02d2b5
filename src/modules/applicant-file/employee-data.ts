import type { EmployeeFileData } from '../../domain/applicant-file/consent.js';
import type { FileRow } from './file.repo.js';

/** The employer-facing projection of a file (before the consent filter is applied). */
export function toEmployeeFileData(file: FileRow, account: { email: string }): EmployeeFileData {
  const app = file.snapshot;
  const person =
    file.attachTo === 'co_applicant' && app.coApplicant ? app.coApplicant : app.applicant;
  const place = (c: { postcode: string; name: string } | null | undefined) =>
    c ? { postcode: c.postcode, name: c.name } : null;
  const employers = new Set(
    [app.applicant.professional.employerSiret, app.coApplicant?.professional.employerSiret].filter(
      Boolean,
    ),
  );
  return {
    civility: person.civility,
    lastName: person.usageName ?? person.birthName,
    firstName: person.firstName,
    birthDate: person.birthDate,
    email: file.attachTo === 'co_applicant' ? person.email : account.email,
    employerName: file.employerName,
    employerSiret: file.employerSiret,
    severalEmployers: employers.size > 1,
    workplace: place(person.professional.workplace),
    currentCommune: place(app.currentHousing.commune),
    wantedCommunes: app.wanted.communes.map((c) => ({ postcode: c.postcode, name: c.name })),
    uniqueNumber: file.uniqueNumber,
    platformNumber: file.platformNumber,
    household: app.household,
    resources: app.resources,
    currentHousingSituation: app.currentHousing.situation,
    reasons: app.reasons,
    typologies: app.wanted.typologies,
    fileStatus: file.status,
  };
}
