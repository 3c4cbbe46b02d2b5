// The step-by-step guide “Complete the three steps of my file”, in English.
import type { Guide } from '../types.js';

export const COMPLETER_MON_DOSSIER_EN: Guide = {
  slug: 'completer-mon-dossier',
  title: 'Complete the three steps of my file',
  intro:
    "Once your application is imported, your AL'in file has three steps: your NUR-NUD information, the information to complete for AL'in (your company and what you share with it), and your supporting documents. You can view and apply for offers once your file has been approved by your company (if it asks to) and by Action Logement.",
  faq: ['codes/difference', 'documents/where', 'documents/which'],
  steps: [
    {
      title: 'Name your company with the company code',
      text: [
        "At the step “The information to complete for AL'in”, under “My company”: the employer's SIRET number comes from your application. If it is missing, add it on the registration website, then click “Update”.",
        "Type the employer's name (required) and, if your company has one, its company code: your HR department gives it to you. Some companies also ask for your staff number and the date you joined. Click “I confirm the company”.",
      ],
      screenshot: {
        shot: 'steps-company',
        alt: "The section “My company”, under “I have no personal access code”: the employer's SIRET number taken from the application, the employer's name and the field “Company code (this field is optional)” filled with BAF-7K2Q9, then the start of the explanation of the three codes.",
        caption: 'The company, with the company code.',
      },
    },
    {
      title: 'Or use the personal access code your company sent',
      text: [
        'Your company e-mailed you a personal access code? Type it under “I received a personal access code”, then click “Check the code”: your file is attached to the company with no SIRET or company code. The code works only once.',
        "Do not confuse it with the company code (the same for every employee) or with your AL'in personal code (given to your file after the import).",
      ],
      screenshot: {
        shot: 'steps-access-code',
        alt: 'The box “I received a personal access code”: the “Personal access code” field and the “Check the code” button.',
        caption: 'The personal access code.',
      },
    },
    {
      title: 'Choose what your company can see',
      text: [
        'Under “My wishes about my personal data”, choose: remain anonymous (nothing is sent to your company and its housing policy does not apply), limited sharing (your company sees what it needs to approve and follow your application) or full sharing (it sees your whole application and the history of your applications, and can support you).',
        "The choices offered depend on your company's housing policy. Click “Save my choice”, then “Next step”.",
      ],
      screenshot: {
        shot: 'steps-consent',
        alt: 'The section “My wishes about my personal data”: three choices, remain anonymous, limited sharing (selected) and full sharing, and the “Save my choice” button.',
        caption: 'Choosing what is shared.',
      },
    },
    {
      title: 'Confirm your supporting documents',
      text: [
        "The documents are uploaded on the registration website of your application, not on AL'in: click “Upload my documents” if you have not done so. They are listed in three groups, for you and your co-applicant: documents to obtain a NUD NUR, to view the offers suited to your situation, and to apply.",
        'Tick the box of each document uploaded, then click “Confirm my data”.',
      ],
      screenshot: {
        shot: 'steps-documents',
        alt: "The page “My NUR-NUD supporting documents”: the applicant's documents, each with its box ticked.",
        caption: 'The supporting documents confirmed.',
      },
    },
    {
      title: 'Follow the approval of your file',
      text: [
        'Your file is sent to your company for approval if it asks to, otherwise straight to Action Logement. You receive an e-mail at each step, and “My situation” shows the state of your file.',
      ],
      screenshot: {
        shot: 'steps-sent',
        alt: 'The message “Your file has been sent to your company for approval” and the “Back to My situation” button.',
        caption: 'The file is sent for approval.',
      },
    },
    {
      title: 'View the offers',
      text: [
        "Once Action Logement has approved your file, “My situation” says so and offers “View the offers”. It also shows your numbers and your AL'in personal code.",
        'If your situation changes, edit your application on the registration website, then click “Update”: the offers shown take it into account.',
      ],
      screenshot: {
        shot: 'steps-validated',
        alt: 'The page “My situation”: the state of the file “Approved”, the section on what to do next and the “View the offers” button.',
        caption: 'The file is approved.',
      },
    },
  ],
};
