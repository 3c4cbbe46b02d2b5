// The step-by-step guide « Importer ma demande avec mon numéro unique », in French.
import type { Guide } from '../types.js';

export const IMPORTER_MA_DEMANDE_FR: Guide = {
  slug: 'importer-ma-demande',
  title: 'Importer ma demande avec mon numéro unique',
  intro:
    "Votre numéro unique de demande de logement social (NUR en Île-de-France, NUD ailleurs) permet à AL'in de reprendre toutes les informations de votre demande : vous n'avez rien à ressaisir. Un code envoyé par e-mail confirme que la demande est bien la vôtre.",
  faq: ['import/number', 'import/how', 'import/no-number'],
  steps: [
    {
      title: "Commencer l'import",
      text: [
        'Dans « Ma situation », cliquez sur « Importer ma demande ».',
        "Vous n'avez pas encore de numéro unique ? Cliquez sur « Je n'ai pas encore de numéro unique » : choisissez le département où vous cherchez un logement, AL'in vous indique le site où enregistrer votre demande (demande-logement-social.gouv.fr ou un site départemental).",
      ],
      screenshot: {
        shot: 'account-home',
        alt: "La page « Ma situation » : l'encadré « Importer ma demande de logement social » avec le bouton « Importer ma demande ».",
        caption: "Le point de départ de l'import.",
      },
    },
    {
      title: 'Parcourir le tutoriel, ou le passer',
      text: [
        "Un tutoriel présente l'import en quatre étapes : votre numéro unique, le code par e-mail, les trois étapes de votre dossier et sa validation. Cliquez sur « Suivant » pour le parcourir, ou sur « Passer les étapes » à tout moment.",
      ],
      screenshot: {
        shot: 'import-tutorial',
        alt: 'Le tutoriel, étape 1 sur 4 « Votre numéro unique », avec les boutons « Suivant » et « Passer les étapes ».',
        caption: "Le tutoriel de l'import.",
      },
    },
    {
      title: 'Saisir votre numéro unique',
      text: [
        "Saisissez votre numéro unique (17 ou 18 caractères, par exemple 111 10 23 517879 GDPUB), puis cliquez sur « Valider ». Il figure sur l'attestation d'enregistrement de votre demande ; les espaces et les minuscules sont acceptés.",
      ],
      screenshot: {
        shot: 'import-number',
        alt: 'La page « Numéro unique » : le champ « Numéro unique » rempli et le bouton « Valider ».',
        caption: 'La saisie du numéro unique.',
      },
    },
    {
      title: 'Saisir le code reçu par e-mail',
      text: [
        "Le site d'enregistrement envoie un code de 6 chiffres à l'adresse e-mail de votre demande (en partie masquée à l'écran). Saisissez-le dans « Code reçu par e-mail », puis cliquez sur « Valider ».",
        "Le code est valable 24 heures. Vous ne l'avez pas reçu ? Regardez dans vos courriers indésirables, ou cliquez sur « Renvoyer un code » : le nouveau code remplace le précédent.",
      ],
      screenshot: {
        shot: 'import-code',
        alt: "La page « Saisir le code reçu par e-mail » : l'adresse masquée à laquelle le code a été envoyé, le champ « Code reçu par e-mail » rempli de 6 chiffres, le bouton « Valider » et le bouton « Renvoyer un code ».",
        caption: 'La saisie du code reçu par e-mail.',
      },
    },
    {
      title: 'Vérifier les informations importées',
      text: [
        "Votre demande est importée : la page « Les informations de mon NUR-NUD » reprend ce que vous avez saisi sur le site d'enregistrement.",
        "Pour corriger une information, cliquez sur « Modifier mes informations » (vous êtes dirigé vers le site d'enregistrement), puis revenez cliquer sur « Mettre à jour ». Cliquez ensuite sur « Étape suivante ».",
      ],
      screenshot: {
        shot: 'import-information',
        alt: "La page « Les informations de mon NUR-NUD » : le message « Votre demande est importée dans AL'in », le numéro unique, les boutons « Modifier mes informations » et « Mettre à jour ».",
        caption: 'Les informations de la demande importée.',
      },
    },
  ],
};
