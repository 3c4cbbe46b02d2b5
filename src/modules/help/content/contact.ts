// The customer service's contact details (leaflet, seed 002) and the subjects of the contact form.

/** Subjects of the contact form. */
export const CONTACT_CATEGORIES = [
  'account',
  'import',
  'codes',
  'documents',
  'offers',
  'candidacies',
  'personal_data',
  'other',
] as const;
/** A subject of the contact form. */
export type ContactCategory = (typeof CONTACT_CATEGORIES)[number];

/** Labels of the contact subjects. */
export const CONTACT_CATEGORY_LABELS: Record<'fr' | 'en', Record<ContactCategory, string>> = {
  fr: {
    account: 'Mon compte et la connexion',
    import: "L'import de ma demande (numéro unique)",
    codes: 'Code entreprise ou code personnel',
    documents: 'Mes pièces justificatives',
    offers: 'Les offres de logement',
    candidacies: 'Mes candidatures',
    personal_data: 'Mes données personnelles',
    other: 'Autre question',
  },
  en: {
    account: 'My account and logging in',
    import: 'Importing my application (unique number)',
    codes: 'Company code or personal code',
    documents: 'My supporting documents',
    offers: 'Housing offers',
    candidacies: 'My candidacies',
    personal_data: 'My personal data',
    other: 'Another question',
  },
};

/** Texts of the customer-service block and of the fraud warning. */
export const CONTACT_TEXTS: Record<
  'fr' | 'en',
  { hours: string; phoneNote: string; fraudWarning: string; answerDelay: string }
> = {
  fr: {
    hours: '9h–18h du lundi au vendredi (heure de métropole), sauf jours fériés',
    phoneNote: 'Numéro non surtaxé',
    fraudWarning:
      "L'accès aux offres, aux services d'accompagnement, à la plateforme AL'in et l'attribution des logements sont strictement gratuits. Action Logement n'établit aucun bon de visite. Si de l'argent vous est demandé, il s'agit d'une fraude : ne payez rien et signalez-la.",
    answerDelay:
      'Nos conseillers vous répondent par message sécurisé dans votre espace, en principe sous 3 jours ouvrés.',
  },
  en: {
    hours: '9 am–6 pm Monday to Friday (metropolitan French time), except public holidays',
    phoneNote: 'Standard-rate number',
    fraudWarning:
      'Access to the offers, to the support services and to the AL’in platform, and the allocation of homes, are strictly free. Action Logement issues no visit voucher. If you are asked for money, it is a fraud: pay nothing and report it.',
    answerDelay:
      'Our advisers answer by secure message in your space, usually within 3 working days.',
  },
};

/** Phone numbers and addresses of the customer service and the fraud team. */
export const CONTACT_POINTS = {
  phone: '0970 800 800',
  phoneInternational: '+33 970 800 800',
  phoneHref: 'tel:+33970800800',
  fraudEmail: 'fraude.als@actionlogement.fr',
} as const;
