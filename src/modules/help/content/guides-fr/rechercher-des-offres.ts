// The step-by-step guide « Rechercher des offres : filtres, carte et alerte », in French.
import type { Guide } from '../types.js';

export const RECHERCHER_DES_OFFRES_FR: Guide = {
  slug: 'rechercher-des-offres',
  title: 'Rechercher des offres : filtres, carte et alerte',
  intro:
    'Connecté, vous voyez uniquement les offres auxquelles vous pouvez postuler : celles qui correspondent à votre revenu fiscal de référence, à la taille de votre foyer et à votre capacité à payer le loyer (environ 3 fois le loyer charges comprises). Affinez-les, voyez-les sur une carte, et soyez prévenu des nouvelles.',
  faq: ['offers/see', 'offers/none'],
  steps: [
    {
      title: 'Ouvrir « Les offres »',
      text: [
        'Dans le menu de votre espace, cliquez sur « Les offres » : la page « Propositions de logements » affiche les offres adaptées à votre situation, avec le nombre de résultats.',
        "Tant que votre dossier n'est pas validé, la page explique pourquoi les offres ne vous sont pas encore ouvertes.",
      ],
      screenshot: {
        shot: 'offers-results',
        alt: 'Les résultats en galerie : le nombre de résultats, le tri, les onglets Galerie, Liste et Carte, et des fiches de logements avec leur loyer charges comprises, leur surface et typologie, leur commune et leur date limite de candidature.',
        caption: 'Les offres adaptées à votre situation.',
      },
    },
    {
      title: 'Affiner la recherche',
      text: [
        "Sous « Affiner la recherche », choisissez le nombre de pièces, le type de logement, la commune (« Où voulez-vous habiter ? ») et, avec PROX, une distance autour d'elle ; vous pouvez aussi demander un logement adapté aux personnes à mobilité réduite, disponible immédiatement, une surface minimum ou un loyer. Cliquez sur « Afficher ».",
        '« Réinitialiser tous les critères » revient à toutes les offres adaptées à votre situation.',
      ],
      screenshot: {
        shot: 'offers-filters',
        alt: 'Le bloc « Affiner la recherche » : le nombre de pièces (T2 coché), le type de logement (Appartement coché), la commune Paris 12e Arrondissement dans « Où voulez-vous habiter ? », la distance PROX de 2 km, et les autres critères.',
        caption: 'Les critères de recherche.',
      },
    },
    {
      title: 'Voir les offres sur la carte',
      text: [
        "Les onglets « Galerie », « Liste » et « Carte » changent l'affichage. Sur la carte, chaque repère situe une offre ; les offres proches sont regroupées. Choisissez un repère puis le lien de l'offre pour l'ouvrir.",
      ],
      screenshot: {
        shot: 'offers-map',
        alt: "L'affichage « Carte » : deux repères sur un fond de carte, et la fenêtre d'une offre ouverte avec son lien, sa surface et sa date limite de candidature.",
        caption: 'Les offres sur la carte.',
      },
    },
    {
      title: "Consulter le détail d'une offre",
      text: [
        'La fiche détaillée vous aide à décider : la date limite de candidature, la date de disponibilité du logement, le loyer charges comprises et le nombre de candidatures déjà déposées, puis la description, les caractéristiques et la situation du logement. Elle vous dit aussi si le logement correspond à votre situation, critère par critère.',
        '« Retour aux résultats » vous ramène à votre recherche.',
      ],
      screenshot: {
        shot: 'offers-offer',
        alt: "La fiche d'un logement « Appartement T2 — Paris 12e Arrondissement » : les indicateurs date limite de candidature, disponible dès le, loyer charges comprises et surface, le nombre de candidatures déposées, et l'encadré « Ce logement correspond à votre situation ».",
        caption: "La fiche détaillée d'un logement.",
      },
    },
    {
      title: 'Créer une alerte',
      text: [
        "Cliquez sur « Créer une alerte » : la recherche affichée est enregistrée. Donnez-lui un nom et choisissez quand être prévenu : « Dès qu'une offre est publiée » ou « Une fois par jour ». Cliquez sur « Enregistrer l'alerte ».",
      ],
      screenshot: {
        shot: 'offers-alert',
        alt: "La fenêtre « Créer une alerte » : les critères enregistrés, le champ « Nom de l'alerte », les deux fréquences et le bouton « Enregistrer l'alerte ».",
        caption: "La création d'une alerte.",
      },
    },
    {
      title: 'Gérer mes alertes',
      text: [
        "La page « Mes alertes » liste vos recherches enregistrées : vous pouvez voir leurs offres, les désactiver, les réactiver ou les supprimer. Chaque e-mail d'alerte contient aussi un lien de désabonnement.",
        "Aucune offre ne correspond à votre situation ? Élargissez votre zone de recherche sur le site d'enregistrement de votre demande, puis cliquez sur « Mettre à jour ».",
      ],
      screenshot: {
        shot: 'offers-alerts',
        alt: 'La page « Mes alertes » : le tableau des alertes avec leur nom, leurs critères, leur fréquence, leur état et les actions.',
        caption: 'Mes alertes.',
      },
    },
  ],
};
