// English server texts: form field messages and operator refusal reasons.
import type { ServerMessages } from '../fr.js';

export const fields: ServerMessages['fields'] = {
  'field.required': 'This field is required.',
  'field.invalid': 'This value is not valid.',
  'field.too_short': 'This value is too short (at least {min} characters).',
  'field.too_long': 'This value is too long ({max} characters at most).',
  'field.invalid_email': 'Enter a valid e-mail address, for example name@example.com.',
  'field.invalid_choice': 'Choose one of the values offered.',
  'field.must_accept': 'You must accept the use of your personal data to create an account.',
  'phone.empty': 'Enter your mobile phone number.',
  'phone.invalid_format': 'Enter a French mobile number, for example 06 12 34 56 78.',
  'phone.not_mobile': 'This is not a mobile number: it must start with 06 or 07.',
  'password.min_length': 'The password must contain at least 8 characters.',
  'password.max_length': 'The password must contain 128 characters at most.',
  'password.digit': 'The password must contain at least 1 digit.',
  'password.uppercase': 'The password must contain at least 1 upper-case letter.',
  'password.lowercase': 'The password must contain at least 1 lower-case letter.',
  'password.not_username': 'The password must not be the same as the user name.',
  'password.too_common': 'This password is too common and easy to guess.',
  'password.mismatch': 'The confirmation does not match the password.',
  'unique_number.empty': 'Enter your unique number.',
  'unique_number.characters':
    'The unique number contains only digits and letters (spaces are accepted).',
  'unique_number.length':
    'The unique number has 17 or 18 characters, for example 111 10 23 517879 GDPUB.',
  'unique_number.territory':
    'The unique number must start with the department code (for example 029) or 111 in Île-de-France.',
  'unique_number.month':
    'Characters 4 to 7 must be the month and year of filing (for example 1023 for October 2023).',
  'unique_number.sequence': 'The sequence part of the unique number must be digits.',
  'unique_number.office':
    'The unique number must end with the office code (5 characters, for example GDPUB).',
  'unique_number.not_found': 'No application matches this number.',
  'import_code.invalid': 'Wrong code.',
  'company.siret_invalid':
    'The employer’s SIRET number is not valid: correct it on the registration site.',
  'company.code_unknown':
    'This company code matches no partner company. Check it with your HR department.',
  'company.co_applicant_missing': 'Your application has no co-applicant.',
  'consent.not_allowed': 'Your company does not offer this choice.',
  'documents.not_confirmed': 'Tick the box to confirm this document.',
  'offer.deadline_not_after_publication':
    'The application deadline must be after the publication date (today).',
  'offer.availability_not_after_deadline':
    'The availability date must be after the application deadline.',
  'offer.surface_implausible': 'The surface must be between 9 and 300 m².',
  'offer.rent_implausible': 'The rent excluding charges must be between €50 and €3,000 a month.',
  'offer.charges_implausible':
    'The charges must be between €0 and €1,000 a month, and not above the rent.',
  'offer.commune_unknown': 'No commune has this INSEE code.',
  'offer.postcode_mismatch': 'This postcode is not one of the chosen commune.',
  'offer.position_unknown':
    'The position of this commune is unknown: enter the latitude and longitude of the home.',
  'offer.reference_taken': 'Another of your offers already has this reference.',
  'offer.locked_field': 'This field can no longer change: candidacies were made.',
  'offer.column_missing': 'This column is missing from the header line of the file.',
  'siren.invalid': 'This SIREN number is not valid (9 digits, check digit).',
  'siret.invalid': 'This SIRET number is not valid (14 digits, check digit).',
  'siret.other_siren':
    'This SIRET belongs to another company: its first 9 digits must be the SIREN.',
  'company.sector_not_eligible':
    'Employers of this sector do not contribute to Action Logement: only private-sector companies can join AL’in.',
  'company.size_not_eligible':
    'Too few employees: at least 10 in the private non-agricultural sector, 50 in the agricultural sector.',
  'company.code_is_personal_code':
    'This is your AL’in personal code, not the company code. Your HR department gives you the company code; leave this field empty if you do not have it.',
  'company.code_is_access_code':
    'This is a personal access code sent by your company: enter it in the “Personal access code” field.',
  'access_code.unknown': 'This personal access code is unknown. Check it in your company’s e-mail.',
  'access_code.expired':
    'This personal access code has expired. Ask your HR department to send you another one.',
  'access_code.used': 'This personal access code was already used. It can be used only once.',
  'access_code.revoked':
    'This personal access code was cancelled by your company. Ask it for a new code.',
  'access_code.other_company':
    'This personal access code was issued by another company than that of the company code entered.',
  'access_code.already_active':
    'A valid access code was already sent to this address: resend it instead of issuing a new one.',
  'policy.no_consent_level': 'Offer at least one level of data sharing.',
  'policy.hiring_date_needed':
    'A minimum seniority can only be checked when the hiring date is mandatory.',
  'policy.points_out_of_range':
    'The number of points must be between 0 and the maximum set by the ranking rule.',
  'policy.workplace_invalid':
    'This workplace is not a valid commune INSEE code or department number.',
  'upload.too_large': 'This file is too large (5 MB at most).',
  'upload.unsupported_type': 'This file must be a PDF, JPEG or PNG.',
  'upload.empty': 'This file is empty.',
  'csv.duplicate_row': 'This e-mail address already appears higher up in the file.',
};

export const refusalReasons: ServerMessages['refusalReasons'] = {
  documents_missing: 'Supporting documents missing',
  documents_inconsistent: 'Supporting documents illegible or inconsistent',
  not_private_employee: 'You are not an employee of a contributing private-sector company',
  company_not_eligible: 'The company is not eligible (staff size or sector)',
  income_inconsistent: 'Income inconsistent with the documents provided',
  identity_inconsistent: 'Identity inconsistent with the application',
  other: 'Other reason',
};
