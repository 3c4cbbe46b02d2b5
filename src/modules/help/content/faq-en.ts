import type { FaqSection } from './types.js';

/** Frequently asked questions, in English (same sections and ids as the French). */
export const FAQ_EN: FaqSection[] = [
  {
    id: 'account',
    title: 'My account',
    entries: [
      {
        id: 'who',
        question: 'Who can use AL’in?',
        answer: [
          'Employees of private non-agricultural companies with 10 employees or more, and of agricultural companies with 50 or more, as well as people in a priority situation followed by Action Logement Services.',
          'Some companies set their own rules for using the platform: ask your HR department.',
        ],
      },
      {
        id: 'create',
        question: 'How do I create my account?',
        answer: [
          'Click “Log in” then “Create my account”. Give your title, birth name, first name, mobile phone and e-mail address, then accept the use of your personal data.',
          'You receive an e-mail “Action Logement Services: Access request” with a link valid 2 days to choose your password (at least 8 characters, with 1 digit, 1 capital and 1 lower-case letter, different from your e-mail address).',
        ],
      },
      {
        id: 'one-account',
        question: 'Can I have several accounts?',
        answer: ['No: one AL’in account per social-housing application unique number.'],
      },
      {
        id: 'delete',
        question: 'How do I delete my account?',
        answer: [
          'From “My account”, “My personal data”. Your account, your AL’in file and your messages are erased. Candidacies already sent to a landlord stay with that landlord, as the law requires. Your social-housing application stays on the registration site.',
        ],
      },
    ],
  },
  {
    id: 'import',
    title: 'Importing my social-housing application',
    entries: [
      {
        id: 'number',
        question: 'What is the unique number (NUR or NUD)?',
        answer: [
          'It is the number of your social-housing application, issued by the registration site (demande-logement-social.gouv.fr or a departmental site). Without it you cannot apply for a home.',
          'Your application must show your company’s SIRET number (and your partner’s if employed in the private sector): this is how Action Logement finds your file.',
        ],
      },
      {
        id: 'how',
        question: 'How do I import my application?',
        answer: [
          'Enter your unique number in your space. The registration site e-mails a code to the address of your application. Enter this code on AL’in: it is valid for 24 hours.',
          'Your information is then copied into AL’in. To change it, use the registration site (“Modifier mes informations”), then click “Mettre à jour” (Update) in AL’in.',
        ],
      },
      {
        id: 'no-number',
        question: 'I have no unique number',
        answer: [
          'Give the department where you are looking for a home: AL’in tells you which site to file your application on (the national site or, in some departments, a departmental site).',
        ],
      },
    ],
  },
  {
    id: 'codes',
    title: 'Company code and personal code',
    entries: [
      {
        id: 'difference',
        question: 'What is the difference between the company code and my personal code?',
        answer: [
          'The company code belongs to your employer: your HR department gives it to you, it is the same for every employee and links your application to the right contributing company.',
          'Your AL’in personal code is given to your file after your application is imported: it is shown in “My file”, in the import confirmation e-mail and on your downloadable certificate. Your employer does not know it.',
          'Your company may also e-mail you a personal access code: entered in the “My company” step, it attaches your file to the company with no other code. It can be used only once.',
        ],
      },
      {
        id: 'lost',
        question: 'I lost my code: what should I do?',
        answer: [
          'In this order: 1) look in your AL’in space, “My file”, or download your certificate; 2) search your e-mails for “Action Logement” or “AL’in”, spam included; 3) ask your HR department for the company code or a new access code; 4) fill in the form “Recover my code” with a proof of employment (employer certificate, payslip excerpt showing the SIRET, or work contract).',
          'An adviser answers by secure message in your space, usually within 3 working days. We never send a code by text message, nor to any address other than that of your account.',
        ],
      },
    ],
  },
  {
    id: 'documents',
    title: 'My supporting documents',
    entries: [
      {
        id: 'where',
        question: 'Where do I upload my supporting documents?',
        answer: [
          'On the registration site of your application (“Déposer mes pièces”), not on AL’in. In AL’in, you then confirm each document by ticking its box, and click “Validate”.',
        ],
      },
      {
        id: 'which',
        question: 'Which documents are asked for?',
        answer: [
          'They are grouped under three headings for you and your co-applicant: documents to obtain the unique number, to view suitable offers, and to apply (for instance identity document, tax notice, last payslips or employer certificate).',
        ],
      },
    ],
  },
  {
    id: 'offers',
    title: 'Housing offers',
    entries: [
      {
        id: 'see',
        question: 'Which offers can I see?',
        answer: [
          'Without logging in, you see part of the offers in the showcase. Logged in, you see the offers you are eligible for, once your file is validated by your company (if it asks to) and by Action Logement.',
          'The main rules: reference tax income under the home’s ceiling, a home size suited to the household, and an income of about 3 times the rent including charges (housing benefit included).',
        ],
      },
      {
        id: 'none',
        question: 'No offer matches my situation',
        answer: [
          'Widen your search area on the registration site of your application, then click “Mettre à jour” (Update) in AL’in.',
        ],
      },
    ],
  },
  {
    id: 'candidacies',
    title: 'My candidacies',
    entries: [
      {
        id: 'one',
        question: 'How many candidacies can I make?',
        answer: [
          'One at a time. You can cancel it until it is sent to the landlord, then apply for another home.',
        ],
      },
      {
        id: 'steps',
        question: 'What happens next?',
        answer: [
          'When applications close, the first 5 files are retained and checked by Action Logement, then sent to the landlord. The landlord may contact you for a visit; the allocation commission (CALEOL) alone decides.',
          'If your candidacy is not retained, you can apply for another offer at once.',
        ],
      },
      {
        id: 'free',
        question: 'Do I have to pay anything?',
        answer: [
          'No. Every service of Action Logement and of the AL’in platform is free, and Action Logement issues no visit voucher. Any request for money is a fraud: pay nothing and report it.',
        ],
      },
    ],
  },
];
