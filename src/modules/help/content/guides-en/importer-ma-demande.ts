// The step-by-step guide “Import my application with its unique number”, in English.
import type { Guide } from '../types.js';

export const IMPORTER_MA_DEMANDE_EN: Guide = {
  slug: 'importer-ma-demande',
  title: 'Import my application with its unique number',
  intro:
    "The unique number of your social-housing application (NUR in Île-de-France, NUD elsewhere) lets AL'in retrieve everything in your application: there is nothing to type again. A code sent by e-mail confirms the application is yours.",
  faq: ['import/number', 'import/how', 'import/no-number'],
  steps: [
    {
      title: 'Start the import',
      text: [
        'On “My situation”, click “Import my application”.',
        "No unique number yet? Click “I don't have a unique number yet”: choose the department where you are looking for a home, and AL'in tells you the website to register your application on (demande-logement-social.gouv.fr or a departmental website).",
      ],
      screenshot: {
        shot: 'account-home',
        alt: 'The page “My situation”: the box “Import my social housing application” with the “Import my application” button.',
        caption: 'Where the import starts.',
      },
    },
    {
      title: 'Go through the tutorial, or skip it',
      text: [
        'A tutorial presents the import in four steps: your unique number, the code by e-mail, the three steps of your file and its approval. Click “Next” to go through it, or “Skip the steps” at any time.',
      ],
      screenshot: {
        shot: 'import-tutorial',
        alt: 'The tutorial, step 1 of 4 “Your unique number”, with the “Next” and “Skip the steps” buttons.',
        caption: 'The import tutorial.',
      },
    },
    {
      title: 'Enter your unique number',
      text: [
        'Type your unique number (17 or 18 characters, for example 111 10 23 517879 GDPUB), then click “Confirm”. It is on the registration certificate of your application; spaces and lower-case letters are accepted.',
      ],
      screenshot: {
        shot: 'import-number',
        alt: 'The page “Unique number”: the “Unique number” field filled in and the “Confirm” button.',
        caption: 'Entering the unique number.',
      },
    },
    {
      title: 'Enter the code received by e-mail',
      text: [
        'The registration website sends a 6-digit code to the e-mail address of your application (partly hidden on screen). Type it in “Code received by email”, then click “Confirm”.',
        'The code is valid for 24 hours. Not received? Check your spam folder, or click “Send a new code”: the new code replaces the previous one.',
      ],
      screenshot: {
        shot: 'import-code',
        alt: 'The page “Enter the code received by email”: the hidden address the code was sent to, the “Code received by email” field filled with 6 digits, the “Confirm” button and the “Send a new code” button.',
        caption: 'Entering the code received by e-mail.',
      },
    },
    {
      title: 'Check the imported information',
      text: [
        'Your application is imported: the page “My NUR-NUD information” shows what you entered on the registration website.',
        'To correct something, click “Edit my information” (you are taken to the registration website), then come back and click “Update”. Then click “Next step”.',
      ],
      screenshot: {
        shot: 'import-information',
        alt: "The page “My NUR-NUD information”: the message that the application has been imported into AL'in, the unique number, and the “Edit my information” and “Update” buttons.",
        caption: 'The information of the imported application.',
      },
    },
  ],
};
