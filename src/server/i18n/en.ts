import { candidacies } from './en/candidacies.js';
import {
  accessLog,
  accountDeletion,
  certificate,
  dataExport,
  employerCsv,
  recoverySubjects,
} from './en/documents.js';
import { errors } from './en/errors.js';
import { fields, refusalReasons } from './en/fields.js';
import { mail } from './en/mail.js';
import type { ServerMessages } from './fr.js';

/** Server-side English texts (same keys as French, checked by the compiler). */
export const en: ServerMessages = {
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
