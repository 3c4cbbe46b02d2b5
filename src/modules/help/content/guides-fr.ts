import type { Guide } from './types.js';

// Step-by-step guides written from the seeds (the applicant handbook #2–#6 and the leaflet
// "Mon parcours locatif", the notes on lost codes) and our own screens, whose labels they quote.
// The screenshots are taken from those screens by `npm run help:screenshots`.

/** The step-by-step guides, in French. */
export const GUIDES_FR: Guide[] = [
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
  {
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
  },
];
