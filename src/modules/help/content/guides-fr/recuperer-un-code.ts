// The step-by-step guide « Retrouver un code perdu », in French.
import type { Guide } from '../types.js';

export const RECUPERER_UN_CODE_FR: Guide = {
  slug: 'recuperer-un-code',
  title: 'Retrouver un code perdu',
  intro:
    "Code entreprise, code personnel AL'in, code d'accès personnel : trois codes différents. La plupart se retrouvent en quelques minutes sans rien demander à personne. Suivez ces pistes dans l'ordre ; nous n'envoyons jamais de code par SMS, ni à une autre adresse que celle de votre compte.",
  faq: ['codes/lost', 'codes/difference'],
  steps: [
    {
      title: 'Savoir quel code vous cherchez',
      text: [
        "Le code entreprise est propre à votre employeur et le même pour tous ses salariés : votre service RH le connaît. Votre code personnel AL'in est attribué à votre dossier après l'import de votre demande : votre employeur ne le connaît pas. Le code d'accès personnel est envoyé par e-mail par votre entreprise, à vous seul, et ne sert qu'une fois.",
        "La page « Récupérer mon code », accessible depuis le centre d'aide, présente les pistes dans l'ordre.",
      ],
      screenshot: {
        shot: 'code-path',
        alt: "La page « Récupérer mon code » : la liste « Où chercher d'abord » en quatre pistes, mon espace AL'in, mes e-mails, mon service RH, le formulaire.",
        caption: "Les pistes, dans l'ordre.",
      },
    },
    {
      title: 'Regarder dans votre espace',
      text: [
        "Connectez-vous avec l'adresse e-mail de votre inscription : votre code personnel figure dans « Ma situation », rubrique « Mon code personnel ». Le bouton « Télécharger mon attestation (PDF) » vous donne une attestation qui le reprend.",
      ],
      screenshot: {
        shot: 'code-personal',
        alt: "La rubrique « Mon code personnel » de « Ma situation » : le code personnel AL'in de 10 caractères et le bouton « Télécharger mon attestation (PDF) ».",
        caption: 'Le code personnel dans « Ma situation ».',
      },
    },
    {
      title: 'Chercher dans vos e-mails, puis demander à votre service RH',
      text: [
        "Cherchez « Action Logement » ou « AL'in » dans votre messagerie, y compris dans les courriers indésirables et la corbeille : le code personnel figure dans l'e-mail de confirmation de l'import, le code d'accès dans l'e-mail de votre entreprise.",
        "Votre service RH vous donne le code entreprise (munissez-vous du SIRET de votre entreprise) et peut vous renvoyer un code d'accès personnel. Il ne connaît pas votre code personnel AL'in.",
      ],
    },
    {
      title: 'Remplir le formulaire « Récupérer mon code »',
      text: [
        "En dernier recours, indiquez quel code vous cherchez, votre identité, l'adresse e-mail de votre compte AL'in, le nom et le SIRET de votre employeur, et ce que vous avez déjà essayé. Joignez un justificatif d'emploi : attestation d'emploi, extrait de bulletin de salaire avec le SIRET ou contrat de travail. Cliquez sur « Envoyer ma demande ».",
      ],
      screenshot: {
        shot: 'code-form',
        alt: "Le formulaire « Récupérer mon code » rempli : civilité, nom, prénom, date de naissance, adresse e-mail du compte AL'in et nom de l'employeur.",
        caption: 'Le formulaire « Récupérer mon code ».',
      },
    },
    {
      title: 'Lire la réponse dans vos messages',
      text: [
        'Votre demande reçoit une référence. Un conseiller vérifie votre justificatif et vous répond par message sécurisé dans votre espace, en principe sous 3 jours ouvrés ; un e-mail vous prévient, sans jamais contenir de code.',
      ],
      screenshot: {
        shot: 'code-sent',
        alt: 'La page « Demande envoyée » : la référence de la demande, la date de réponse au plus tard, et le lien « Voir mes messages ».',
        caption: 'La demande est envoyée.',
      },
    },
  ],
};
