// The step-by-step guide « Créer mon compte et l'activer », in French.
import type { Guide } from '../types.js';

export const CREER_MON_COMPTE_FR: Guide = {
  slug: 'creer-mon-compte',
  title: "Créer mon compte et l'activer",
  intro:
    "Votre compte AL'in vous ouvre un espace personnel : vous y importez votre demande de logement social et vous postulez aux offres qui correspondent à votre situation. Il suffit d'une adresse e-mail et de quelques minutes.",
  faq: ['account/create'],
  steps: [
    {
      title: 'Ouvrir la page de connexion',
      text: [
        "En haut à droite de la page d'accueil, cliquez sur « Se connecter » : la page « Bienvenue sur votre espace Salarié » s'affiche.",
        "Si vous n'avez pas encore de compte, cliquez sur « Créer mon compte ».",
      ],
      screenshot: {
        shot: 'account-login',
        alt: 'La page « Bienvenue sur votre espace Salarié » : le formulaire « Se connecter » avec les champs Email et Mot de passe, le bouton « JE ME CONNECTE », et les liens « Créer mon compte » et « Mot de passe oublié ? ».',
        caption: 'La page de connexion.',
      },
    },
    {
      title: 'Remplir le formulaire « Création de compte »',
      text: [
        'Indiquez votre civilité, votre nom de naissance, votre prénom, votre téléphone portable (un numéro en 06 ou 07) et votre adresse e-mail : elle sera votre identifiant de connexion.',
        "Cochez la case « J'ai compris et j'accepte l'utilisation de mes données personnelles. », puis cliquez sur « Créer mon compte ».",
      ],
      screenshot: {
        shot: 'account-sign-up',
        alt: 'Le formulaire « Création de compte » rempli : civilité Madame, nom de naissance Lambert, prénom Élodie, un téléphone portable en 06 et une adresse e-mail.',
        caption: 'Le formulaire « Création de compte ».',
      },
    },
    {
      title: "Ouvrir l'e-mail de confirmation",
      text: [
        "La page « Validation du compte » rappelle l'adresse à laquelle le lien de confirmation vient d'être envoyé.",
        "Ouvrez l'e-mail « Action Logement Services : Demande d'accès » et cliquez sur « Cliquez ici ». Le lien est valable 2 jours. Rien reçu ? Regardez dans vos courriers indésirables, ou cliquez sur « Je n'ai rien reçu : renvoyer le lien ».",
      ],
      screenshot: {
        shot: 'account-sent',
        alt: "La page « Validation du compte » : le lien de confirmation a été envoyé à l'adresse indiquée, il est valable 2 jours, avec le bouton « Je n'ai rien reçu : renvoyer le lien ».",
        caption: 'Le lien de confirmation est envoyé.',
      },
    },
    {
      title: 'Valider votre adresse e-mail',
      text: [
        'Le lien ouvre la page « Dernière étape avant la validation de votre compte ». Cliquez sur « Cliquez ici ».',
      ],
      screenshot: {
        shot: 'account-confirm',
        alt: 'La page « Dernière étape avant la validation de votre compte » avec le bouton « Cliquez ici ».',
        caption: 'La dernière étape avant la validation du compte.',
      },
    },
    {
      title: 'Choisir votre mot de passe',
      text: [
        'Sur la page « Mise à jour du mot de passe », saisissez votre mot de passe dans les deux champs. Il doit contenir au moins 8 caractères, dont 1 chiffre, 1 lettre en majuscule et 1 lettre en minuscule, et être différent de votre adresse e-mail : la liste sous le champ indique les règles respectées.',
        'Cliquez sur « VALIDER ».',
      ],
      screenshot: {
        shot: 'account-password',
        alt: 'La page « Mise à jour du mot de passe » : les champs « Nouveau mot de passe » et « Confirmation du mot de passe » remplis, la liste des règles toutes respectées, et le bouton « VALIDER ».',
        caption: 'Le choix du mot de passe.',
      },
    },
    {
      title: 'Vous connecter',
      text: [
        "« Votre compte a été créé. » Cliquez sur « Revenir à l'application », puis connectez-vous : saisissez votre adresse e-mail et votre mot de passe, et cliquez sur « JE ME CONNECTE ».",
      ],
      screenshot: {
        shot: 'account-created',
        alt: "La page « Votre compte a été créé. » avec le lien « Revenir à l'application ».",
        caption: 'Le compte est créé.',
      },
    },
    {
      title: 'Découvrir « Ma situation »',
      text: [
        "Vous arrivez dans votre espace, sur « Ma situation » : elle indique les prochaines étapes. La première est d'importer votre demande de logement social avec votre numéro unique.",
      ],
      screenshot: {
        shot: 'account-home',
        alt: "La page « Ma situation » d'un nouveau compte : « Bonjour Élodie », l'encadré « Importer ma demande de logement social » avec le bouton « Importer ma demande », et le lien « Je n'ai pas encore de numéro unique ».",
        caption: "La page « Ma situation » d'un nouveau compte.",
      },
    },
  ],
};
