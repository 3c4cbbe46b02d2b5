import type { ServerMessages } from './fr.js';

/** Server-side English texts (same keys as French, checked by the compiler). */
export const en: ServerMessages = {
  errors: {
    'validation.failed': 'Some information is missing or wrong. Correct the fields shown.',
    'csrf.invalid': 'Your browsing session has expired. Reload the page and try again.',
    'auth.required': 'You must log in to access this page.',
    'auth.forbidden': 'You do not have access to this resource.',
    'auth.invalid_credentials': 'Wrong e-mail address or password.',
    'auth.password_change_required': 'You must change your password first.',
    'auth.invalid_current_password': 'The current password is wrong.',
    'auth.too_many_attempts':
      'Too many attempts. For your security, try again in {seconds} second(s) or use “Forgot your password?”.',
    'rate.too_many_requests':
      'Too many requests in a short time. Try again in {seconds} second(s).',
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
    'offer.photo_limit':
      'An offer has 10 photos at most. Delete a photo before adding another one.',
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
  },
  fields: {
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
    'access_code.unknown':
      'This personal access code is unknown. Check it in your company’s e-mail.',
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
  },
  refusalReasons: {
    documents_missing: 'Supporting documents missing',
    documents_inconsistent: 'Supporting documents illegible or inconsistent',
    not_private_employee: 'You are not an employee of a contributing private-sector company',
    company_not_eligible: 'The company is not eligible (staff size or sector)',
    income_inconsistent: 'Income inconsistent with the documents provided',
    identity_inconsistent: 'Identity inconsistent with the application',
    other: 'Other reason',
  },
  mail: {
    signature: 'Kind regards,\n\nAction Logement Services',
    greeting: 'Dear Sir or Madam,',
    ignore: 'If you did not make this request, please ignore this message.',
    clickHere: 'Click here',
    activation: {
      subject: 'Action Logement Services: Access request',
      intro:
        'Following your access request, please click on the link below and follow the instructions.',
      expiry: 'This link expires in 2 day(s).',
    },
    accountExists: {
      subject: 'Action Logement Services: Access request',
      intro:
        'Someone asked to create an AL’in account with this address, which already has one. Log in with your e-mail address and password; if you forgot it, use “Forgot your password?”.',
      login: 'Log in',
    },
    passwordReset: {
      subject: 'Action Logement Services: Resetting your password',
      intro:
        'You asked to reset the password of your AL’in account. Click on the link below to choose a new one.',
      expiry: 'This link expires in 1 hour and can be used only once.',
    },
    passwordChanged: {
      subject: 'Action Logement Services: Your password was changed',
      intro:
        'The password of your AL’in account has just been changed and your other sessions were closed. If you did not make this change, reset your password at once and call us on 0970 800 800.',
    },
    invitation: {
      subject: 'Action Logement Services: Your access to AL’in',
      intro:
        'An account was opened for you on AL’in ({portal}). Click on the link below to choose your password.',
      expiry: 'This link expires in 7 day(s).',
    },
    file: {
      open: 'See my file',
      personalCode:
        'Your AL’in personal code: {code}. Keep it: your company or our advisers will ask for it.',
      reason: 'Reason: {reason}',
      imported: {
        subject: 'Action Logement Services: Your application is imported into AL’in',
        intro:
          'Your social-housing application was imported. Your AL’in number is {platformNumber}. Now complete the information about your company and confirm your supporting documents.',
      },
      submitted: {
        subject: 'Action Logement Services: Your file is sent for validation',
        intro:
          'Your file {platformNumber} is sent for validation. You will get an e-mail at each step.',
      },
      company_validated: {
        subject: 'Action Logement Services: Your company validated your file',
        intro:
          'Your company validated your file {platformNumber}. Action Logement is now checking it.',
      },
      company_refused: {
        subject: 'Action Logement Services: Your company did not validate your file',
        intro:
          'Your company did not validate your file {platformNumber}. You can correct it and send it again.',
      },
      operator_validated: {
        subject: 'Action Logement Services: Your file is validated',
        intro:
          'Your file {platformNumber} is validated by Action Logement. You can see the offers that match your situation.',
      },
      operator_refused: {
        subject: 'Action Logement Services: Your file is not validated',
        intro:
          'Action Logement did not validate your file {platformNumber}. You can correct it and send it again.',
      },
      back_for_validation: {
        subject: 'Action Logement Services: Your file must be validated again',
        intro:
          'Your situation changed on the registration site (household, income or employer): your file {platformNumber} is under validation again.',
      },
    },
    offerAlert: {
      immediate: {
        subject: 'Action Logement Services: New offer for your alert “{name}”',
        intro:
          'A new offer matching your alert “{name}” and your situation has just been published.',
      },
      digest: {
        subject: 'Action Logement Services: New offers for your alert “{name}”',
        intro:
          '{count} new offer(s) matching your alert “{name}” and your situation were published.',
      },
      line: '{typology} · {kind} · {surface} m² · {commune} ({postcode}) · {total} charges included · application deadline: {deadline}',
      kinds: { flat: 'flat', house: 'house' },
      open: 'See offer {reference}',
      more: 'And {count} more offer(s): find them in your space.',
      manage: 'Manage my alerts',
      unsubscribeIntro: 'You receive this e-mail because you created this alert on AL’in.',
      unsubscribe: 'Stop this alert',
    },
    portals: {
      applicant: 'employee space',
      employer: 'employer portal',
      operator: 'Action Logement back office',
      landlord: 'landlord portal',
    },
    accessCode: {
      subject: 'Action Logement Services: Your AL’in personal access code',
      intro:
        'Your company {companyName} sends you your personal access code to the AL’in platform: {code}',
      howTo:
        'To use it: create your account on AL’in, import your social-housing application with its unique number, then, in the “My company” step, enter this code in the “Personal access code” field. Your application will be attached to your company with no other code to type.',
      expiry: 'This code is valid until {expiresOn} and can be used only once.',
      notCompanyCode:
        'Do not confuse it with the company code (the same for every employee) nor with your AL’in personal code (given to your file after the import). No service is charged for: never hand this code over for money.',
      open: 'Create my AL’in account',
    },
    newMessage: {
      subject: 'Action Logement Services: New message in your AL’in space',
      intro:
        'An Action Logement adviser wrote to you: “{subject}”. To read the answer, log in to your AL’in space, “My messages”. For your security, the message is not copied into this e-mail.',
      open: 'Read my message',
    },
    recoveryReceived: {
      subject: 'Action Logement Services: Your code recovery request',
      intro:
        'A code recovery request (reference {reference}) was made for your AL’in account. An adviser will check the proof and answer you by secure message in your space by {dueOn} at the latest.',
      security:
        'We never send a code by text message, nor to any address other than that of your account. If you did not make this request, call us on +33 970 800 800.',
    },
  },
  certificate: {
    title: 'Certificate of registration on AL’in',
    intro:
      'Action Logement Services certifies that the person below has a file on the AL’in platform.',
    holder: 'Holder',
    uniqueNumber: 'Unique number of the social-housing application',
    platformNumber: 'AL’in number',
    personalCode: 'AL’in personal code',
    company: 'Company',
    noCompany: 'No company attached',
    issuedOn: 'Issued on',
    reference: 'Verification reference',
    verify: 'Anyone can check this certificate on {url} with its reference.',
    codesNote:
      'The personal code belongs to your file. It does not replace the company code, which only your HR department can give you. Keep this certificate: it lets you find your code again.',
  },
  dataExport: {
    title: 'My personal data on AL’in',
    generatedOn: 'Document drawn up on {date}',
    account: 'My account',
    file: 'My file',
    company: 'My company and the sharing of my data',
    history: 'History of my file',
    accessLog: 'Who viewed my data',
    messages: 'My messages',
    requests: 'My requests (code recovery, reports)',
    certificates: 'Certificates issued',
    none: 'Nothing.',
    fields: {
      email: 'E-mail address',
      name: 'Name',
      phone: 'Mobile phone',
      birthDate: 'Date of birth',
      createdAt: 'Account created on',
      status: 'File status',
      consent: 'Level of sharing with my company',
      employer: 'Employer',
      staffNumber: 'Staff number',
      hiredAt: 'Hiring date',
    },
    candidacies: 'My candidacies',
    candidacy: {
      offer: '{typology} in {commune} (ref. {reference}), {landlord}',
      rent: 'Rent: €{rent} + €{charges} service charges a month',
      appliedAt: 'Applied on',
      endedAt: 'Ended on',
      status: 'Status',
      stage: 'Stage reached',
      position: 'Position',
      positionOf: '{position} of {total}',
      closingRank: 'Rank in the ranking frozen at closing',
      score: 'Score',
      scoreOf: '{score} points (ranking rule version {version})',
      review: 'Check by Action Logement',
      sentToLandlord: 'File sent to the landlord',
      dossierOf:
        'unique number {number}, {persons} person(s) in the household; its full content is in the JSON export',
      commission: 'Committee decision',
      lease: 'Lease signed on',
      history: 'History',
      visits: 'Visits',
      messages: 'Messages with the landlord',
      landlordSide: 'The landlord',
      applicantSide: 'You',
    },
    candidacyStatuses: {
      applied: 'Application filed',
      retained: 'File shortlisted, being checked',
      validated: 'File validated by Action Logement',
      sent: 'File sent to the landlord',
      visited: 'Visit recorded',
      attributed: 'Home allocated',
      ranked: 'Allocation by rank',
      conditional: 'Allocation under condition',
      lease_signed: 'Lease signed',
      moved_in: 'Moved in',
      cancelled: 'Application cancelled',
      not_retained: 'Not shortlisted (archived)',
      rejected: 'File not validated',
      declined: 'Home declined',
      not_attributed: 'Home not allocated',
      inadmissible: 'Application inadmissible',
      condition_failed: 'Condition not met',
      unsuccessful: 'Ended without allocation',
    },
    stages: {
      applied: 'I apply',
      validations: 'Checks',
      sent_to_landlord: 'Sent to landlord',
      visit: 'Visit',
      commission: 'Allocation committee',
      move_in: 'Moving in',
    },
    decisions: {
      attribution: 'Allocation',
      attribution_by_rank: 'Allocation by rank',
      attribution_conditional: 'Allocation under a suspensive condition',
      non_attribution: 'Non-allocation',
      inadmissible: 'Inadmissible',
    },
    visitStatuses: {
      scheduled: 'planned',
      done: 'done',
      missed: 'missed',
      cancelled: 'cancelled',
    },
  },
  accessLog: {
    actions: {
      'file.viewed': 'viewed your file',
      'file.listed': 'saw your file in a list',
      'file.exported': 'exported your file (CSV file)',
      'file.validated_despite_criteria': 'validated your file as an exception to its criteria',
      'recovery.proof_viewed': 'viewed the proof of your code recovery request',
      'message.attachment_viewed': 'viewed an attachment of your messages',
      'candidacy.viewed': 'viewed your candidacy',
      'candidacy.listed': 'saw your candidacy in a list',
      'candidacy.history_viewed': 'viewed the history of your candidacies',
      other: 'accessed your data',
    },
    roles: {
      employer: 'Your company',
      operator: 'Action Logement Services',
      landlord: 'A landlord',
      applicant: 'You',
      system: 'The AL’in platform',
    },
  },
  accountDeletion: {
    erased: {
      account: 'Your account (login, contact details) and your sessions: you will be logged out.',
      file: 'Your imported AL’in file, its history, your company and sharing choices, your certificates.',
      candidacies:
        'Your candidacies that were not sent to a landlord (cancelled, not shortlisted, files not validated…) and their history. A candidacy in progress that has not been sent yet is cancelled first: you lose your place and the next applicants move up.',
      messages:
        'Your secure messages and their attachments, your code recovery requests and their proofs.',
    },
    kept: {
      candidacies:
        'Candidacies already sent to a landlord stay with that landlord, with the file it received and your messages, as the law requires (examination by the allocation commission), but with no link to your account. To withdraw such a candidacy, contact the landlord.',
      registration:
        'Your social-housing application stays on the registration site (unique number): it can only be deleted there.',
      audit:
        'The record of who viewed your data (companies, advisers) is kept without your name or e-mail address, for the platform’s security.',
      fraudReports:
        'Your fraud reports stay known to the fraud team, with no link to your account.',
    },
  },
  candidacies: {
    mail: {
      open: 'Follow my candidacy',
      openLandlord: 'See the files',
      reason: 'Reason: {reason}',
      applied: {
        subject: 'Action Logement Services: Your candidacy is recorded',
        intro:
          'This home has been added to your candidacies: {offer}. Your position changes as other candidates apply for the same offer. You can cancel your candidacy until your file is sent to the landlord.',
      },
      cancelled: {
        subject: 'Action Logement Services: Your candidacy is cancelled',
        intro: 'Your candidacy for the home {offer} is cancelled. You can apply for another home.',
      },
      retained: {
        subject: 'Action Logement Services: Your file is among the first 5',
        intro:
          'Applications for the home {offer} are closed and your file is among the first 5 retained. Action Logement checks it before sending it to the landlord: keep your application up to date (latest payslip…).',
      },
      not_retained: {
        subject: 'Action Logement Services: Your candidacy was not retained',
        intro:
          'Applications for the home {offer} are closed and your file is not among the first 5 retained. Your candidacy is archived: you can apply for a new offer suited to your situation right away.',
      },
      recalled: {
        subject: 'Action Logement Services: Your file is retained after all',
        intro:
          'A file ranked before yours for the home {offer} was not retained: your file enters the first 5. Action Logement checks it before sending it to the landlord.',
      },
      validated: {
        subject: 'Action Logement Services: Your file is validated for this home',
        intro:
          'Action Logement validated your file for the home {offer}. It will be sent to the landlord with the other retained files.',
      },
      rejected: {
        subject: 'Action Logement Services: Your file was not validated',
        intro:
          'Action Logement did not validate your file for the home {offer}. You can apply for another home right away.',
      },
      sent: {
        subject: 'Action Logement Services: Your file is sent to the landlord',
        intro:
          'Your file is sent to the landlord of the home {offer}, who will examine it with other files. The landlord may contact you to complete your file or arrange a visit. Wait for the landlord’s agreement before giving notice on your current home.',
      },
      visit: {
        subject: 'Action Logement Services: Visit of the home',
        intro: 'The landlord of the home {offer} recorded a visit with you.',
      },
      attributed: {
        subject: 'Action Logement Services: The home is allocated to you',
        intro:
          'The allocation commission allocates the home {offer} to you. The landlord will contact you for the visit (if not done yet) and the signature of the lease.',
      },
      ranked: {
        subject: "Action Logement Services: The allocation commission's decision",
        intro:
          'The allocation commission ranked you {rank} for the home {offer}: if the candidates ranked before you refuse it, it will be offered to you.',
      },
      conditional: {
        subject: 'Action Logement Services: Allocation under condition',
        intro:
          'The allocation commission allocates the home {offer} to you (rank {rank}) under condition: send the document "{document}" to the landlord before {deadline}.',
      },
      not_attributed: {
        subject: 'Action Logement Services: The home is not allocated to you',
        intro:
          'The allocation commission did not allocate the home {offer} to your candidacy. Your candidacy is archived: you can apply for a new offer.',
      },
      inadmissible: {
        subject: "Action Logement Services: The allocation commission's decision",
        intro:
          'The allocation commission declared your candidacy for the home {offer} inadmissible.',
      },
      condition_failed: {
        subject: 'Action Logement Services: The allocation condition is not met',
        intro:
          'The document requested for the home {offer} was not received in time: the allocation under condition cannot go ahead. You can apply for a new offer.',
      },
      declined: {
        subject: 'Action Logement Services: Your refusal is recorded',
        intro: 'Your refusal of the home {offer} is recorded. You can apply for a new offer.',
      },
      lease_signed: {
        subject: 'Action Logement Services: Lease signature',
        intro:
          'The signature of your lease for the home {offer} is recorded. Next step: moving in.',
      },
      moved_in: {
        subject: 'Action Logement Services: Moving in',
        intro:
          'Your moving into the home {offer} is recorded. Your candidacy journey is over: welcome home!',
      },
      unsuccessful: {
        subject: 'Action Logement Services: Your candidacy is over',
        intro:
          'The home {offer} was allocated to another candidate or could not be allocated. Your candidacy is archived: you can apply for a new offer.',
      },
      message: {
        subject: 'Action Logement Services: New message from the landlord',
        intro:
          'The landlord of the home {offer} wrote to you. Read the message and answer it in your AL’in space.',
      },
      shortlist_received: {
        subject: 'Action Logement Services: Candidacy files sent',
        intro: 'Action Logement sends you {count} validated file(s), ranked, for the home {offer}.',
      },
      applicant_replied: {
        subject: 'Action Logement Services: Reply from a candidate',
        intro: 'A candidate for the home {offer} replied to your message.',
      },
    },
    reviewRejectionReasons: {
      documents_missing: 'Missing supporting documents',
      documents_outdated: 'Supporting documents to update (latest payslip…)',
      situation_changed: 'Situation changed since the candidacy',
      not_eligible: 'Criteria of the home not met',
      application_inactive: 'Social-housing application expired or struck off',
      other: 'Other reason',
    },
    inadmissibilityReasons: {
      income_above_ceiling: 'Income above the ceiling',
      irregular_residence: 'Irregular residence',
    },
  },
  employerCsv: {
    yes: 'yes',
    no: 'no',
    columns: {
      status: 'File status',
      consent: 'Sharing level',
      submittedAt: 'Sent on',
      civility: 'Title',
      lastName: 'Last name',
      firstName: 'First name',
      birthDate: 'Date of birth',
      email: 'E-mail',
      employerName: 'Employer',
      employerSiret: 'Employer SIRET',
      severalEmployers: 'Several employers',
      workplace: 'Workplace',
      currentCommune: 'Current commune',
      wantedCommunes: 'Communes wanted',
      staffNumber: 'Staff number',
      hiredAt: 'Hiring date',
      criteriaMet: 'Criteria met',
      uniqueNumber: 'Unique number',
      platformNumber: 'AL’in number',
      householdMembers: 'Other household members',
      taxIncomeN2: 'Reference tax income N-2',
      monthlyIncome: 'Monthly income (€)',
      currentHousingSituation: 'Current housing',
      typologies: 'Home sizes wanted',
    },
  },
  recoverySubjects: {
    personal: 'Your AL’in personal code',
    company: 'Your company code',
  },
};
