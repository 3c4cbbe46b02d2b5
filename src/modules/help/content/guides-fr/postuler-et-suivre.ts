// The step-by-step guide « Postuler et suivre ma candidature », in French.
import type { Guide } from '../types.js';

export const POSTULER_ET_SUIVRE_FR: Guide = {
  slug: 'postuler-et-suivre',
  title: 'Postuler et suivre ma candidature',
  intro:
    "Vous pouvez postuler sur un logement à la fois. Votre position évolue au fur et à mesure que d'autres candidats se positionnent ; à la clôture, les 5 premiers dossiers sont retenus, vérifiés par Action Logement puis transmis au bailleur. La Commission d'Attribution (CALEOL) décide seule de l'attribution.",
  faq: ['candidacies/one', 'candidacies/steps', 'candidacies/free'],
  steps: [
    {
      title: 'Postuler sur un logement',
      text: [
        "Un logement vous intéresse ? Vérifiez que vos pièces justificatives sont à jour sur le site d'enregistrement de votre demande (dernière fiche de paie…), puis cliquez sur « Je postule » sur la fiche du logement. La fiche indique la position que vous auriez si vous postuliez maintenant.",
      ],
      screenshot: {
        shot: 'apply-button',
        alt: "La fiche d'un logement : « Ce logement correspond à votre situation », la position que vous auriez, et le bouton « Je postule ».",
        caption: 'Le bouton « Je postule ».',
      },
    },
    {
      title: 'Retrouver votre candidature',
      text: [
        '« Ce logement a bien été ajouté à vos candidatures. » Cliquez sur « Mes candidatures » pour la suivre.',
      ],
      screenshot: {
        shot: 'apply-done',
        alt: 'Le message « Candidature enregistrée : ce logement a bien été ajouté à vos candidatures » avec le lien « Mes candidatures ».',
        caption: 'La candidature est enregistrée.',
      },
    },
    {
      title: 'Suivre votre position et les étapes',
      text: [
        "La page « Mes candidatures » montre votre position, le nombre de candidatures déposées sur l'offre, et les étapes : Je postule, Validations, Envoi bailleur, Visite, Commission logement, Entrée dans les lieux. Votre position se met à jour sur la page, sans la recharger.",
        "L'historique de vos candidatures s'affiche aussi sur cette page.",
      ],
      screenshot: {
        shot: 'apply-tracker',
        alt: 'Le suivi de la candidature en cours : les étapes Je postule (en cours), Validations, Envoi bailleur, Visite, Commission logement et Entrée dans les lieux, puis « Ma position » avec la position et le nombre de candidatures déposées.',
        caption: 'Le suivi de la candidature.',
      },
    },
    {
      title: 'Annuler si besoin',
      text: [
        "Tant que votre dossier n'est pas transmis au bailleur, vous pouvez cliquer sur « Annuler cette candidature » pour postuler sur un autre logement. Une confirmation vous est demandée.",
      ],
      screenshot: {
        shot: 'apply-cancel',
        alt: 'La fenêtre « Annuler cette candidature ? » avec les boutons de confirmation et « Non, garder ma candidature ».',
        caption: "La confirmation de l'annulation.",
      },
    },
    {
      title: 'Après la clôture des candidatures',
      text: [
        "Si votre dossier fait partie des 5 premiers, Action Logement le vérifie puis le transmet au bailleur, qui l'instruit avec les autres dossiers présentés sur le même logement. Le bailleur peut vous écrire pour compléter votre dossier ou organiser la visite : ses messages s'affichent dans le suivi de votre candidature.",
        "La Commission d'Attribution se réunit et décide ; le bailleur vous transmet le résultat, visible aussi dans le suivi. Si le logement vous est attribué, il organise avec vous la signature du bail. Attendez son accord et la date de disponibilité avant de donner congé de votre logement actuel.",
        "Si votre candidature n'est pas retenue, vous pouvez aussitôt vous positionner sur une autre offre. Tout est gratuit : toute demande d'argent est une fraude.",
      ],
      screenshot: {
        shot: 'apply-sent',
        alt: "Le suivi de la candidature : les étapes Je postule et Validations terminées, l'étape Envoi bailleur en cours, puis « Ma position » : rang 1 sur 1 au classement arrêté à la clôture, parmi les 5 premiers dossiers.",
        caption: 'Le dossier est transmis au bailleur.',
      },
    },
  ],
};
