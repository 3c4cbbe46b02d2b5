// English server texts: the e-mails (account, file, offer alerts, access codes, messages).
import type { ServerMessages } from '../fr.js';

export const mail: ServerMessages['mail'] = {
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
      intro: 'A new offer matching your alert “{name}” and your situation has just been published.',
    },
    digest: {
      subject: 'Action Logement Services: New offers for your alert “{name}”',
      intro: '{count} new offer(s) matching your alert “{name}” and your situation were published.',
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
};
