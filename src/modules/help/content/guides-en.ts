import type { Guide } from './types.js';

/** The step-by-step guides, in English (same slugs, steps and screenshots as the French). */
export const GUIDES_EN: Guide[] = [
  {
    slug: 'creer-mon-compte',
    title: 'Create my account and activate it',
    intro:
      "Your AL'in account gives you a personal space: there you import your social-housing application and apply for the offers that match your situation. All it takes is an e-mail address and a few minutes.",
    faq: ['account/create'],
    steps: [
      {
        title: 'Open the login page',
        text: [
          'At the top right of the home page, click “Log in”: the page “Welcome to your Employee space” opens.',
          'If you do not have an account yet, click “Create my account”.',
        ],
        screenshot: {
          shot: 'account-login',
          alt: 'The page “Welcome to your Employee space”: the “Log in” form with the Email and Password fields, the “LOG IN” button, and the links “Create my account” and “Forgot your password?”.',
          caption: 'The login page.',
        },
      },
      {
        title: 'Fill in the “Create an account” form',
        text: [
          'Give your title, birth name, first name, mobile phone (a French number starting with 06 or 07) and e-mail address: it will be your login.',
          'Tick “I understand and agree to the processing of my personal data.”, then click “Create my account”.',
        ],
        screenshot: {
          shot: 'account-sign-up',
          alt: 'The “Create an account” form filled in: title Madame, birth name Lambert, first name Élodie, a mobile number starting with 06 and an e-mail address.',
          caption: 'The “Create an account” form.',
        },
      },
      {
        title: 'Open the confirmation e-mail',
        text: [
          'The page “Account validation” shows the address the confirmation link has just been sent to.',
          'Open the e-mail “Action Logement Services: Access request” and click “Click here”. The link is valid for 2 days. Nothing received? Check your spam folder, or click “I received nothing: resend the link”.',
        ],
        screenshot: {
          shot: 'account-sent',
          alt: 'The page “Account validation”: the confirmation link has been sent to the address given and is valid for 2 days, with the button “I received nothing: resend the link”.',
          caption: 'The confirmation link is sent.',
        },
      },
      {
        title: 'Confirm your e-mail address',
        text: [
          'The link opens the page “Last step before your account is validated”. Click “Click here”.',
        ],
        screenshot: {
          shot: 'account-confirm',
          alt: 'The page “Last step before your account is validated” with the “Click here” button.',
          caption: 'The last step before the account is validated.',
        },
      },
      {
        title: 'Choose your password',
        text: [
          'On the page “Password update”, type your password in both fields. It must have at least 8 characters, with 1 digit, 1 capital and 1 lower-case letter, and differ from your e-mail address: the list under the field shows the rules that are met.',
          'Click “CONFIRM”.',
        ],
        screenshot: {
          shot: 'account-password',
          alt: 'The page “Password update”: the “New password” and “Confirm password” fields filled in, every rule of the list met, and the “CONFIRM” button.',
          caption: 'Choosing the password.',
        },
      },
      {
        title: 'Log in',
        text: [
          '“Your account has been created.” Click “Back to the application”, then log in: type your e-mail address and password, and click “LOG IN”.',
        ],
        screenshot: {
          shot: 'account-created',
          alt: 'The page “Your account has been created.” with the link “Back to the application”.',
          caption: 'The account is created.',
        },
      },
      {
        title: 'Discover “My situation”',
        text: [
          'You arrive in your space, on “My situation”: it shows the next steps. The first one is to import your social-housing application with its unique number.',
        ],
        screenshot: {
          shot: 'account-home',
          alt: "The page “My situation” of a new account: “Hello Élodie”, the box “Import my social housing application” with the “Import my application” button, and the link “I don't have a unique number yet”.",
          caption: 'The page “My situation” of a new account.',
        },
      },
    ],
  },
  {
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
  },
  {
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
  },
  {
    slug: 'rechercher-des-offres',
    title: 'Search offers: filters, map and alert',
    intro:
      'Once logged in, you only see the offers you can apply for: those that match your reference tax income, the size of your household and your ability to pay the rent (about 3 times the rent, charges included). Narrow them down, see them on a map, and be told about new ones.',
    faq: ['offers/see', 'offers/none'],
    steps: [
      {
        title: 'Open “Offers”',
        text: [
          'In the menu of your space, click “Offers”: the page “Housing proposals” lists the offers suited to your situation, with the number of results.',
          'Until your file is approved, the page explains why the offers are not open to you yet.',
        ],
        screenshot: {
          shot: 'offers-results',
          alt: 'The results as a gallery: the number of results, the sort order, the Gallery, List and Map tabs, and homes with their rent charges included, surface and typology, town and application deadline.',
          caption: 'The offers suited to your situation.',
        },
      },
      {
        title: 'Refine the search',
        text: [
          'Under “Refine the search”, choose the number of rooms, the type of home, the town (“Where would you like to live?”) and, with PROX, a distance around it; you can also ask for a home adapted for people with reduced mobility, available now, a minimum surface or a rent. Click “Show”.',
          '“Reset all criteria” goes back to every offer suited to your situation.',
        ],
        screenshot: {
          shot: 'offers-filters',
          alt: 'The “Refine the search” block: the number of rooms (T2 ticked), the type of home (Flat ticked), the town Paris 12e Arrondissement in “Where would you like to live?”, the PROX distance of 2 km, and the other criteria.',
          caption: 'The search criteria.',
        },
      },
      {
        title: 'See the offers on the map',
        text: [
          "The “Gallery”, “List” and “Map” tabs change the view. On the map, each marker places an offer; nearby offers are grouped. Choose a marker, then the offer's link to open it.",
        ],
        screenshot: {
          shot: 'offers-map',
          alt: 'The “Map” view: two markers on a map background, and the window of one offer open with its link, surface and application deadline.',
          caption: 'The offers on the map.',
        },
      },
      {
        title: 'Read an offer in detail',
        text: [
          'The offer page helps you decide: the application deadline, the date the home is available, the rent charges included and the number of applications already made, then the description, features and location of the home. It also tells you whether the home matches your situation, rule by rule.',
          '“Back to the results” takes you back to your search.',
        ],
        screenshot: {
          shot: 'offers-offer',
          alt: 'The page of a home “Flat T2 — Paris 12e Arrondissement”: the application deadline, available from, rent charges included and surface indicators, the number of applications made, and the box “This home matches your situation”.',
          caption: 'The detailed page of a home.',
        },
      },
      {
        title: 'Create an alert',
        text: [
          'Click “Create an alert”: the search shown is saved. Give it a name and choose when to be told: “As soon as an offer is published” or “Once a day”. Click “Save the alert”.',
        ],
        screenshot: {
          shot: 'offers-alert',
          alt: 'The “Create an alert” window: the saved criteria, the “Name of the alert” field, the two frequencies and the “Save the alert” button.',
          caption: 'Creating an alert.',
        },
      },
      {
        title: 'Manage my alerts',
        text: [
          'The page “My alerts” lists your saved searches: you can see their offers, turn them off, turn them on again or delete them. Each alert e-mail also has an unsubscribe link.',
          'No offer matches your situation? Widen your search area on the registration website of your application, then click “Update”.',
        ],
        screenshot: {
          shot: 'offers-alerts',
          alt: 'The page “My alerts”: the table of alerts with their name, criteria, frequency, state and actions.',
          caption: 'My alerts.',
        },
      },
    ],
  },
  {
    slug: 'postuler-et-suivre',
    title: 'Apply and follow my application',
    intro:
      'You can apply for one home at a time. Your position changes as other applicants apply; when applications close, the first 5 files are retained, checked by Action Logement, then sent to the landlord. The allocation committee (CALEOL) alone decides who gets the home.',
    faq: ['candidacies/one', 'candidacies/steps', 'candidacies/free'],
    steps: [
      {
        title: 'Apply for a home',
        text: [
          'A home interests you? Check that your supporting documents are up to date on the registration website of your application (latest payslip…), then click “I apply” on the offer page. The page shows the position you would have if you applied now.',
        ],
        screenshot: {
          shot: 'apply-button',
          alt: 'An offer page: “This home matches your situation”, the position you would have, and the “I apply” button.',
          caption: 'The “I apply” button.',
        },
      },
      {
        title: 'Find your application',
        text: [
          '“This home has been added to your applications.” Click “My applications” to follow it.',
        ],
        screenshot: {
          shot: 'apply-done',
          alt: 'The message “Application recorded: this home has been added to your applications” with the “My applications” link.',
          caption: 'The application is recorded.',
        },
      },
      {
        title: 'Follow your position and the stages',
        text: [
          'The page “My applications” shows your position, the number of applications made for the offer, and the stages: I apply, Checks, Sent to landlord, Visit, Allocation committee, Moving in. Your position updates on the page without reloading it.',
          'The history of your applications is on this page too.',
        ],
        screenshot: {
          shot: 'apply-tracker',
          alt: 'The tracker of the current application: the stages I apply (in progress), Checks, Sent to landlord, Visit, Allocation committee and Moving in, then “My position” with the position and the number of applications made.',
          caption: 'Following the application.',
        },
      },
      {
        title: 'Cancel if needed',
        text: [
          'Until your file is sent to the landlord, you can click “Cancel this application” to apply for another home. You are asked to confirm.',
        ],
        screenshot: {
          shot: 'apply-cancel',
          alt: 'The window “Cancel this application?” with the confirmation button and “No, keep my application”.',
          caption: 'Confirming the cancellation.',
        },
      },
      {
        title: 'After applications close',
        text: [
          'If your file is among the first 5, Action Logement checks it, then sends it to the landlord, who examines it with the other files for the same home. The landlord may write to you to complete your file or arrange a visit: the messages appear in the tracker of your application.',
          "The allocation committee meets and decides; the landlord sends you the result, also shown in the tracker. If the home is allocated to you, the landlord arranges the signing of the lease with you. Wait for the landlord's agreement and the availability date before giving notice on your current home.",
          'If your application is not retained, you can apply for another offer at once. Everything is free: any request for money is a fraud.',
        ],
        screenshot: {
          shot: 'apply-sent',
          alt: 'The tracker of the application: the stages I apply and Checks done, the stage Sent to landlord in progress, then “My position”: rank 1 of 1 in the ranking fixed at closing, among the first 5 files.',
          caption: 'The file is sent to the landlord.',
        },
      },
    ],
  },
  {
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
  },
];
