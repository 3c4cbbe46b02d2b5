// The step-by-step guide “Create my account and activate it”, in English.
import type { Guide } from '../types.js';

export const CREER_MON_COMPTE_EN: Guide = {
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
};
