// English server texts: the API error messages, one per error code.
import type { ServerMessages } from '../fr.js';

export const errors: ServerMessages['errors'] = {
  'validation.failed': 'Some information is missing or wrong. Correct the fields shown.',
  'csrf.invalid': 'Your browsing session has expired. Reload the page and try again.',
  'auth.required': 'You must log in to access this page.',
  'auth.forbidden': 'You do not have access to this resource.',
  'auth.invalid_credentials': 'Wrong e-mail address or password.',
  'auth.password_change_required': 'You must change your password first.',
  'auth.invalid_current_password': 'The current password is wrong.',
  'auth.too_many_attempts':
    'Too many attempts. For your security, try again in {seconds} second(s) or use “Forgot your password?”.',
  'rate.too_many_requests': 'Too many requests in a short time. Try again in {seconds} second(s).',
  'token.invalid':
    'This link is not valid. Check that you copied the whole address, or ask for a new link.',
  'token.expired': 'This link has expired. Ask for a new link.',
  'token.used': 'This link has already been used. Log in, or ask for a new link.',
  'password.too_weak': 'The password does not follow the rules shown.',
  'password.too_common': 'This password is too common and easy to guess. Choose another one.',
  'password.mismatch': 'The two passwords are not the same.',
  'account.email_taken': 'An account already exists with this e-mail address.',
  'registration.unavailable':
    'The social-housing registration site is not answering right now. Try again in a few minutes.',
  'import.invalid_number':
    'This unique number is not valid. Check it on your registration certificate.',
  'import.application_not_found':
    'No social-housing application matches this unique number. Check it on your registration certificate.',
  'import.no_pending_request': 'First ask for a code by entering your unique number.',
  'import.code_invalid': 'This code is wrong. You have {remaining} attempt(s) left.',
  'import.code_expired': 'This code has expired (it is valid 24 hours). Ask for a new code.',
  'import.code_locked':
    'Too many wrong attempts: this code can no longer be used. Ask for a new code.',
  'import.access_revoked':
    'The registration site no longer recognises access to your application. Delete the import and import your application again.',
  'file.not_found': 'You have not imported a social-housing application yet.',
  'file.already_imported': 'An application is already imported on this account.',
  'file.number_taken':
    'This unique number is already linked to another AL’in account. Only one account per unique number is possible: log in with that account or contact us.',
  'file.identity_mismatch':
    'The last name, first name or birth date of your account do not match those of the imported application.',
  'file.not_editable': 'Your file is being validated: it cannot be changed for now.',
  'file.steps_incomplete': 'Every step of the file must be completed before submitting it.',
  'file.state_changed':
    'The file changed in the meantime. Reload the page to see its current state.',
  'file.application_inactive':
    'Your social-housing application is no longer active (expired or struck off). Renew it on the registration site, then click “Update”.',
  'company.siret_missing':
    'The employer’s SIRET number is missing from your application. Add it on the registration site (professional situation), then click “Update”.',
  'company.not_found': 'This file does not exist or is not accessible.',
  'consent.not_allowed': 'Your company does not offer this level of sharing.',
  'documents.incomplete': 'Confirm each of the expected supporting documents.',
  'resource.not_found': 'The item you asked for does not exist or is not accessible.',
  'route.not_found': 'This address does not exist.',
  'request.too_large': 'The data sent is too large.',
  'request.unsupported_media_type': 'This data format is not accepted.',
  'request.malformed': 'The request is malformed. Reload the page and try again.',
  'internal.error': 'An unexpected error occurred. Try again in a few moments.',
  'offer.transition_not_allowed':
    'This action is not possible in the current state of the offer. Reload the page to see its state.',
  'offer.not_editable':
    'This offer is closed: it can no longer be changed. Duplicate it to publish a new one.',
  'offer.eligibility_locked':
    'Candidacies were already made on this offer: its commune, typology, rent, charges and financing can no longer change. Withdraw the offer, then publish it again with the right values.',
  'offer.photo_limit': 'An offer has 10 photos at most. Delete a photo before adding another one.',
  'offer.import_invalid':
    'The file has errors: no offer was imported. Correct the lines listed, then import the whole file again.',
  'offer.file_not_validated':
    'The offers suited to your situation can be seen once your file is validated by your company (when it asks for it) and by Action Logement.',
  'photo.missing': 'Choose a photo to send.',
  'photo.too_large': 'This photo is too large. Send a lighter one.',
  'photo.unsupported_type': 'This file is not a JPEG, PNG or WebP photo.',
  'alert.limit_reached':
    'You have reached the largest number of alerts. Delete an alert before creating another one.',
  'company.not_eligible':
    'This company cannot join AL’in: the platform is open to private non-agricultural companies with 10 employees or more, and agricultural companies with 50 or more.',
  'company.siren_taken': 'A company with this SIREN number is already registered on AL’in.',
  'policy.invalid': 'The housing policy cannot be saved: correct the fields shown.',
  'policy.no_company':
    'Your file is not attached to a partner company: enter the company code or your personal access code in the “My company” step.',
  'employer.criteria_not_met':
    'This file does not meet every criterion of your housing policy. Refuse it with a reason, or validate it by confirming the exception.',
  'access_code.not_found': 'This access code does not exist or is not accessible.',
  'access_code.not_active':
    'This access code was already used, revoked or has expired: issue a new one.',
  'upload.too_large': 'This file is too large (5 MB at most). Send a smaller file.',
  'upload.unsupported_type':
    'This file is not a PDF, JPEG or PNG. Send a document in one of these formats.',
  'upload.too_many_files': 'You can attach 3 files at most.',
  'csv.invalid':
    'The file could not be read: it must be a CSV file (separator ; or ,) with the columns last name, first name and e-mail, and 1,000 lines at most.',
  'recovery.not_found': 'This request does not exist or is not accessible.',
  'recovery.already_handled': 'This request was already handled.',
  'recovery.no_account':
    'No AL’in account matches the address given: the answer cannot be sent as a secure message. Close the request with a note.',
  'message.not_found': 'This conversation does not exist or is not accessible.',
  'message.thread_closed': 'This conversation is closed. Write to us from the contact form.',
  'fraud.not_found': 'This report does not exist or is not accessible.',
  'candidacy.file_not_validated':
    'Your file must be validated by Action Logement before you apply.',
  'candidacy.application_inactive':
    'Your social-housing application is no longer active (expired or struck off). Renew it on the registration site, then click "Update".',
  'candidacy.offer_not_found': 'This offer does not exist or is no longer online.',
  'candidacy.offer_closed': 'Applications for this home are closed.',
  'candidacy.not_eligible':
    'Your situation does not match the criteria of this home: you cannot apply for it.',
  'candidacy.already_active':
    'You can apply for one home at a time. Cancel your current candidacy to apply for this home.',
  'candidacy.not_found': 'This candidacy does not exist or is not accessible.',
  'candidacy.not_cancellable':
    'Your file has been sent to the landlord: the candidacy can no longer be cancelled.',
  'candidacy.transition_invalid': 'This action is not possible at this stage of the candidacy.',
  'candidacy.state_changed':
    'The candidacy changed in the meantime. Reload the page to see its current state.',
  'candidacy.consent_required':
    'The employee did not choose full data sharing: their candidacy history is not visible.',
  'round.not_found': 'No candidacy has been made on this offer yet.',
  'round.transition_invalid': 'This action is not possible at this stage of the offer.',
  'round.state_changed':
    'The offer changed in the meantime. Reload the page to see its current state.',
  'shortlist.incomplete':
    'Every retained file must be validated or rejected before sending them to the landlord.',
  'commission.already_recorded': "The commission's decision is already recorded for this home.",
  'commission.no_decision': "Give the commission's decision for at least one candidate.",
  'commission.candidate_unknown':
    'One of the candidates has no file sent for this home, or appears twice.',
  'commission.ranks_invalid':
    'Attribution ranks must follow each other from 1 (1, 2, 3…), without duplicates.',
  'commission.justification_required':
    'The commission must examine at least 3 candidates per home: explain why fewer than 3 were examined.',
  'commission.condition_deadline_invalid':
    'The deadline of the suspensive condition must be after the commission date.',
  'ranking.rule_conflict':
    'The ranking rule was changed in the meantime. Reload the page and try again.',
  'ranking.snapshot_not_found':
    'The ranking of this offer is not frozen yet (applications are not closed).',
};
