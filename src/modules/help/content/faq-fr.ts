import type { FaqSection } from './types.js';

// FAQ written from the seeds: the applicant handbook (#0–#6), the leaflet, and the notes on the
// company code and the personal code (seeds 000 and 001). Plain text, one paragraph a string.

/** Frequently asked questions, in French. */
export const FAQ_FR: FaqSection[] = [
  {
    id: 'account',
    title: 'Mon compte',
    entries: [
      {
        id: 'who',
        question: "Qui peut utiliser AL'in ?",
        answer: [
          'Les salariés des entreprises du secteur privé non agricole de 10 salariés et plus, et des entreprises du secteur agricole de 50 salariés et plus, ainsi que les personnes en situation prioritaire suivies par Action Logement Services.',
          "Certaines entreprises fixent leurs propres règles d'utilisation de la plateforme : renseignez-vous auprès de votre service RH.",
        ],
      },
      {
        id: 'create',
        question: 'Comment créer mon compte ?',
        answer: [
          "Cliquez sur « Se connecter » puis « Créer mon compte ». Indiquez votre civilité, votre nom de naissance, votre prénom, votre téléphone portable et votre adresse e-mail, puis acceptez l'utilisation de vos données personnelles.",
          "Vous recevez un e-mail « Action Logement Services : Demande d'accès » avec un lien valable 2 jours pour choisir votre mot de passe (au moins 8 caractères, dont 1 chiffre, 1 majuscule et 1 minuscule, différent de votre adresse e-mail).",
        ],
      },
      {
        id: 'one-account',
        question: 'Puis-je avoir plusieurs comptes ?',
        answer: [
          "Non : un seul compte AL'in est possible par numéro unique de demande de logement social.",
        ],
      },
      {
        id: 'delete',
        question: 'Comment supprimer mon compte ?',
        answer: [
          "Depuis « Mon compte », rubrique « Mes données personnelles ». Votre compte, votre dossier AL'in et vos messages sont effacés. Les candidatures déjà transmises à un bailleur restent chez ce bailleur, comme la loi l'exige. Votre demande de logement social reste sur le site d'enregistrement.",
        ],
      },
    ],
  },
  {
    id: 'import',
    title: 'Importer ma demande de logement social',
    entries: [
      {
        id: 'number',
        question: "Qu'est-ce que le numéro unique (NUR ou NUD) ?",
        answer: [
          "C'est le numéro de votre demande de logement social, délivré par le site d'enregistrement (demande-logement-social.gouv.fr ou un site départemental). Sans lui, il n'est pas possible d'être candidat à un logement.",
          "Votre demande doit comporter le numéro SIRET de votre entreprise (et celui de votre conjoint s'il est salarié du privé) : c'est ainsi qu'Action Logement retrouve votre dossier.",
        ],
      },
      {
        id: 'how',
        question: 'Comment importer ma demande ?',
        answer: [
          "Saisissez votre numéro unique dans votre espace. Le site d'enregistrement vous envoie un code par e-mail, à l'adresse de votre demande. Saisissez ce code sur AL'in : il est valable 24 heures.",
          "Vos informations sont alors reprises dans AL'in. Pour les modifier, passez par le site d'enregistrement (« Modifier mes informations »), puis cliquez sur « Mettre à jour » dans AL'in.",
        ],
      },
      {
        id: 'no-number',
        question: "Je n'ai pas de numéro unique",
        answer: [
          "Indiquez le département où vous cherchez un logement : AL'in vous donne l'adresse du site où enregistrer votre demande (le site national ou, dans certains départements, un site départemental).",
        ],
      },
    ],
  },
  {
    id: 'codes',
    title: 'Code entreprise et code personnel',
    entries: [
      {
        id: 'difference',
        question: 'Quelle différence entre le code entreprise et mon code personnel ?',
        answer: [
          'Le code entreprise est propre à votre employeur : votre service RH vous le donne, il est le même pour tous les salariés et sert à rattacher votre demande à la bonne entreprise cotisante.',
          "Votre code personnel AL'in est attribué à votre dossier après l'import de votre demande : il figure dans « Mon dossier », dans l'e-mail de confirmation de l'import et sur votre attestation téléchargeable. Votre employeur ne le connaît pas.",
          "Votre entreprise peut aussi vous envoyer par e-mail un code d'accès personnel : saisi à l'étape « Mon entreprise », il rattache votre dossier à l'entreprise sans autre code. Il ne sert qu'une fois.",
        ],
      },
      {
        id: 'lost',
        question: "J'ai perdu mon code : que faire ?",
        answer: [
          "Dans l'ordre : 1) regardez dans votre espace AL'in, « Mon dossier », ou téléchargez votre attestation ; 2) cherchez « Action Logement » ou « AL'in » dans vos e-mails, y compris les indésirables ; 3) demandez le code entreprise ou un nouveau code d'accès à votre service RH ; 4) remplissez le formulaire « Récupérer mon code » avec un justificatif d'emploi (attestation employeur, extrait de bulletin de salaire avec le SIRET ou contrat de travail).",
          "Un conseiller vous répond par message sécurisé dans votre espace, en principe sous 3 jours ouvrés. Nous n'envoyons jamais de code par SMS, ni à une autre adresse que celle de votre compte.",
        ],
      },
    ],
  },
  {
    id: 'documents',
    title: 'Mes pièces justificatives',
    entries: [
      {
        id: 'where',
        question: 'Où déposer mes pièces justificatives ?',
        answer: [
          "Sur le site d'enregistrement de votre demande (bouton « Déposer mes pièces »), pas sur AL'in. Dans AL'in, vous confirmez ensuite le dépôt de chaque pièce en cochant la case prévue, puis vous cliquez sur « Valider ».",
        ],
      },
      {
        id: 'which',
        question: 'Quelles pièces sont demandées ?',
        answer: [
          "Elles sont classées en trois rubriques pour vous et votre co-demandeur : les pièces pour obtenir le numéro unique, celles pour consulter les offres adaptées, et celles pour postuler (par exemple pièce d'identité, avis d'imposition, derniers bulletins de salaire ou attestation de l'employeur).",
        ],
      },
    ],
  },
  {
    id: 'offers',
    title: 'Les offres de logement',
    entries: [
      {
        id: 'see',
        question: 'Quelles offres puis-je voir ?',
        answer: [
          'Sans vous connecter, vous voyez une partie des offres en vitrine. Connecté, vous voyez les offres auxquelles vous êtes éligible, une fois votre dossier validé par votre entreprise (si elle le demande) et par Action Logement.',
          "Les règles principales : revenu fiscal de référence sous le plafond du logement, typologie adaptée à la taille du foyer, et revenus d'environ 3 fois le loyer charges comprises (aides au logement incluses).",
        ],
      },
      {
        id: 'none',
        question: 'Aucune offre ne correspond à ma situation',
        answer: [
          "Élargissez votre zone de recherche sur le site d'enregistrement de votre demande, puis cliquez sur « Mettre à jour » dans AL'in.",
        ],
      },
    ],
  },
  {
    id: 'candidacies',
    title: 'Mes candidatures',
    entries: [
      {
        id: 'one',
        question: 'Combien de candidatures puis-je déposer ?',
        answer: [
          "Une à la fois. Vous pouvez l'annuler tant qu'elle n'est pas transmise au bailleur, puis postuler à un autre logement.",
        ],
      },
      {
        id: 'steps',
        question: 'Comment se passe la suite ?',
        answer: [
          "À la clôture des candidatures, les 5 premiers dossiers sont retenus et vérifiés par Action Logement, puis transmis au bailleur. Le bailleur peut vous contacter pour une visite ; la commission d'attribution (CALEOL) décide seule de l'attribution.",
          "Si votre candidature n'est pas retenue, vous pouvez aussitôt postuler à une autre offre.",
        ],
      },
      {
        id: 'free',
        question: 'Dois-je payer quelque chose ?',
        answer: [
          "Non. Tous les services d'Action Logement et de la plateforme AL'in sont gratuits, et Action Logement n'établit aucun bon de visite. Toute demande d'argent est une fraude : ne payez rien et signalez-la.",
        ],
      },
    ],
  },
];
