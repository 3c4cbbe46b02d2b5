// The step-by-step guide « Compléter les trois étapes de mon dossier », in French.
import type { Guide } from '../types.js';

export const COMPLETER_MON_DOSSIER_FR: Guide = {
  slug: 'completer-mon-dossier',
  title: 'Compléter les trois étapes de mon dossier',
  intro:
    "Une fois votre demande importée, votre dossier AL'in compte trois étapes : les informations de votre NUR-NUD, les informations à compléter pour AL'in (votre entreprise et le partage de vos données), et vos pièces justificatives. Vous pourrez consulter et postuler aux offres lorsque votre dossier aura été validé par votre entreprise (si elle le demande) et par Action Logement.",
  faq: ['codes/difference', 'documents/where', 'documents/which'],
  steps: [
    {
      title: 'Indiquer votre entreprise avec le code entreprise',
      text: [
        "À l'étape « Les informations à compléter pour AL'in », rubrique « Mon entreprise » : le N° SIRET de l'employeur vient de votre demande. S'il manque, ajoutez-le sur le site d'enregistrement puis cliquez sur « Mettre à jour ».",
        "Saisissez le nom de l'employeur (obligatoire) et, si votre entreprise en a un, son code entreprise : votre service RH vous le donne. Certaines entreprises demandent aussi le matricule et la date d'entrée dans l'entreprise. Cliquez sur « Je valide l'entreprise ».",
      ],
      screenshot: {
        shot: 'steps-company',
        alt: "La rubrique « Mon entreprise », sous « Je n'ai pas de code d'accès personnel » : le N° SIRET de l'employeur repris de la demande, le nom de l'employeur et le champ « Code entreprise (ce champ est facultatif) » rempli avec BAF-7K2Q9, puis le début de l'explication des trois codes.",
        caption: "L'entreprise, avec le code entreprise.",
      },
    },
    {
      title: "Ou utiliser le code d'accès personnel envoyé par votre entreprise",
      text: [
        "Votre entreprise vous a envoyé par e-mail un code d'accès personnel ? Saisissez-le sous « J'ai reçu un code d'accès personnel », puis cliquez sur « Vérifier le code » : votre dossier est rattaché à l'entreprise sans SIRET ni code entreprise. Ce code ne sert qu'une fois.",
        "Ne le confondez pas avec le code entreprise (le même pour tous les salariés) ni avec votre code personnel AL'in (attribué à votre dossier après l'import).",
      ],
      screenshot: {
        shot: 'steps-access-code',
        alt: "L'encadré « J'ai reçu un code d'accès personnel » : le champ « Code d'accès personnel » et le bouton « Vérifier le code ».",
        caption: "Le code d'accès personnel.",
      },
    },
    {
      title: 'Choisir ce que votre entreprise peut consulter',
      text: [
        "Sous « Mes souhaits concernant mes données personnelles », choisissez : rester anonyme (rien n'est transmis à votre entreprise et sa politique logement ne s'applique pas), le partage limité (votre entreprise voit les informations nécessaires à la validation et au suivi de votre demande) ou le partage complet (elle voit toute votre demande et l'historique de vos candidatures, et peut vous accompagner).",
        'Les choix proposés dépendent de la politique logement de votre entreprise. Cliquez sur « Enregistrer mon choix », puis sur « Étape suivante ».',
      ],
      screenshot: {
        shot: 'steps-consent',
        alt: 'La rubrique « Mes souhaits concernant mes données personnelles » : trois choix, rester anonyme, partage limité (coché) et partage complet, et le bouton « Enregistrer mon choix ».',
        caption: 'Le choix du partage des données.',
      },
    },
    {
      title: 'Confirmer vos pièces justificatives',
      text: [
        "Les pièces sont à déposer sur le site d'enregistrement de votre demande, pas sur AL'in : cliquez sur « Déposer mes pièces » si ce n'est pas fait. Elles sont classées en trois rubriques, pour vous et votre co-demandeur : les pièces pour obtenir un NUD NUR, pour consulter l'offre adaptée à votre situation, et pour postuler.",
        'Cochez la case de chaque pièce déposée, puis cliquez sur « Valider mes données ».',
      ],
      screenshot: {
        shot: 'steps-documents',
        alt: 'La page « Les pièces justificatives de mon NUR-NUD » : la liste des pièces du demandeur, chacune avec sa case cochée.',
        caption: 'Les pièces justificatives confirmées.',
      },
    },
    {
      title: 'Suivre la validation de votre dossier',
      text: [
        "Votre dossier est transmis à votre entreprise pour validation si elle le demande, sinon directement à Action Logement. Vous recevez un e-mail à chaque étape, et « Ma situation » indique l'état de votre dossier.",
      ],
      screenshot: {
        shot: 'steps-sent',
        alt: 'Le message « Votre dossier est transmis à votre entreprise pour validation » et le bouton « Retour à Ma situation ».',
        caption: 'Le dossier est transmis pour validation.',
      },
    },
    {
      title: 'Consulter les offres',
      text: [
        "Une fois votre dossier validé par Action Logement, « Ma situation » l'indique et vous propose « Consulter les offres ». Vous y trouvez aussi vos numéros et votre code personnel AL'in.",
        "Si votre situation change, modifiez votre demande sur le site d'enregistrement, puis cliquez sur « Mettre à jour » : les offres proposées en tiennent compte.",
      ],
      screenshot: {
        shot: 'steps-validated',
        alt: "La page « Ma situation » : l'état du dossier « Validé », la rubrique « Ce que je dois faire » et le bouton « Consulter les offres ».",
        caption: 'Le dossier est validé.',
      },
    },
  ],
};
