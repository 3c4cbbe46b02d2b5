// English server texts: certificate, data export, access log, account deletion, employer CSV.
import type { ServerMessages } from '../fr.js';

export const certificate: ServerMessages['certificate'] = {
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
};

export const dataExport: ServerMessages['dataExport'] = {
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
};

export const accessLog: ServerMessages['accessLog'] = {
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
};

export const accountDeletion: ServerMessages['accountDeletion'] = {
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
    fraudReports: 'Your fraud reports stay known to the fraud team, with no link to your account.',
  },
};

export const employerCsv: ServerMessages['employerCsv'] = {
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
};

export const recoverySubjects: ServerMessages['recoverySubjects'] = {
  personal: 'Your AL’in personal code',
  company: 'Your company code',
};
