// English server texts: candidacy e-mails and review / inadmissibility reasons.
import type { ServerMessages } from '../fr.js';

export const candidacies: ServerMessages['candidacies'] = {
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
      intro: 'The allocation commission declared your candidacy for the home {offer} inadmissible.',
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
      intro: 'The signature of your lease for the home {offer} is recorded. Next step: moving in.',
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
};
