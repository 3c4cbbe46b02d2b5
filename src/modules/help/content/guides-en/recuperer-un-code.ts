// The step-by-step guide “Recover a lost code”, in English.
import type { Guide } from '../types.js';

export const RECUPERER_UN_CODE_EN: Guide = {
  slug: 'recuperer-un-code',
  title: 'Recover a lost code',
  intro:
    "Company code, AL'in personal code, personal access code: three different codes. Most of them can be found in a few minutes without asking anyone. Follow these leads in order; we never send a code by text message, nor to any address other than that of your account.",
  faq: ['codes/lost', 'codes/difference'],
  steps: [
    {
      title: 'Know which code you are looking for',
      text: [
        "The company code belongs to your employer and is the same for all its employees: your HR department knows it. Your AL'in personal code is given to your file after you import your application: your employer does not know it. The personal access code is e-mailed by your company to you alone, and works only once.",
        'The page “Recover my code” (linked from the help centre) lists the leads in order.',
      ],
      screenshot: {
        shot: 'code-path',
        alt: "The page “Recover my code”: the list “Where to look first” with four leads, my AL'in space, my e-mails, my HR department, the form.",
        caption: 'The leads, in order.',
      },
    },
    {
      title: 'Look in your space',
      text: [
        'Log in with the e-mail address you registered with: your personal code is on “My situation”, under “My personal code”. The “Download my certificate (PDF)” button gives you a certificate that shows it.',
      ],
      screenshot: {
        shot: 'code-personal',
        alt: "The section “My personal code” of “My situation”: the 10-character AL'in personal code and the “Download my certificate (PDF)” button.",
        caption: 'The personal code on “My situation”.',
      },
    },
    {
      title: 'Search your e-mails, then ask your HR department',
      text: [
        "Search for “Action Logement” or “AL'in” in your mailbox, spam and bin included: the personal code is in the e-mail confirming the import, the access code in your company's e-mail.",
        "Your HR department gives you the company code (have your company's SIRET at hand) and can send you a personal access code again. It does not know your AL'in personal code.",
      ],
    },
    {
      title: 'Fill in the “Recover my code” form',
      text: [
        "As a last resort, say which code you are looking for, who you are, the e-mail address of your AL'in account, your employer's name and SIRET, and what you have already tried. Attach a proof of employment: employment certificate, payslip excerpt showing the SIRET or employment contract. Click “Send my request”.",
      ],
      screenshot: {
        shot: 'code-form',
        alt: "The “Recover my code” form filled in: title, last name, first name, date of birth, e-mail address of the AL'in account and employer's name.",
        caption: 'The “Recover my code” form.',
      },
    },
    {
      title: 'Read the answer in your messages',
      text: [
        'Your request gets a reference. An adviser checks your proof and answers by secure message in your space, normally within 3 working days; an e-mail tells you, never with a code in it.',
      ],
      screenshot: {
        shot: 'code-sent',
        alt: 'The page “Request sent”: the reference of the request, the latest answer date, and the “See my messages” link.',
        caption: 'The request is sent.',
      },
    },
  ],
};
