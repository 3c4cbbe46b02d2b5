import type {
  ExpectedDocumentGroup,
  FilePerson,
  RegistrationApplication,
} from '../../api/file-types';
import { personName } from './labels';

/** The document groups of one person, in the order the server gives them. */
export interface PersonDocuments {
  person: FilePerson;
  name: string | null;
  groups: ExpectedDocumentGroup[];
}

/** Splits the expected documents by person (applicant first), dropping empty groups. */
export function documentsByPerson(
  groups: readonly ExpectedDocumentGroup[],
  application: RegistrationApplication,
): PersonDocuments[] {
  const people: FilePerson[] = ['applicant', 'co_applicant'];
  return people
    .map((person) => {
      const who = person === 'applicant' ? application.applicant : application.coApplicant;
      return {
        person,
        name: who ? personName(who) : null,
        groups: groups.filter((g) => g.person === person && g.documents.length > 0),
      };
    })
    .filter((entry) => entry.groups.length > 0);
}
