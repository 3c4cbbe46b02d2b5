import { candidacies } from './fr/candidacies.js';
import {
  accessLog,
  accountDeletion,
  certificate,
  dataExport,
  employerCsv,
  recoverySubjects,
} from './fr/documents.js';
import { errors } from './fr/errors.js';
import { fields, refusalReasons } from './fr/fields.js';
import { mail } from './fr/mail.js';

/** Server-side French texts: error messages, field messages and e-mails. */
export const fr = {
  errors,
  fields,
  refusalReasons,
  mail,
  certificate,
  dataExport,
  accessLog,
  accountDeletion,
  candidacies,
  employerCsv,
  recoverySubjects,
};

/** The shape every server-side locale must have. */
export type ServerMessages = typeof fr;
