// The step-by-step guide “Apply and follow my application”, in English.
import type { Guide } from '../types.js';

export const POSTULER_ET_SUIVRE_EN: Guide = {
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
};
