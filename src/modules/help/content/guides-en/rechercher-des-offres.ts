// The step-by-step guide “Search offers: filters, map and alert”, in English.
import type { Guide } from '../types.js';

export const RECHERCHER_DES_OFFRES_EN: Guide = {
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
};
