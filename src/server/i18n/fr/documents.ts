// French server texts: certificate, data export, access log, account deletion, employer CSV.

export const certificate = {
  title: "Attestation d'inscription sur AL'in",
  intro:
    "Action Logement Services atteste que la personne ci-dessous dispose d'un dossier sur la plateforme AL'in.",
  holder: 'Titulaire',
  uniqueNumber: 'Numéro unique de demande de logement social',
  platformNumber: "Numéro AL'in",
  personalCode: "Code personnel AL'in",
  company: 'Entreprise',
  noCompany: 'Aucune entreprise rattachée',
  issuedOn: 'Délivrée le',
  reference: 'Référence de vérification',
  verify: 'Toute personne peut vérifier cette attestation sur {url} avec sa référence.',
  codesNote:
    'Le code personnel est propre à votre dossier. Il ne remplace pas le code entreprise, que seul votre service RH peut vous donner. Conservez cette attestation : elle vous permet de retrouver votre code.',
};

export const dataExport = {
  title: "Mes données personnelles sur AL'in",
  generatedOn: 'Document établi le {date}',
  account: 'Mon compte',
  file: 'Mon dossier',
  company: 'Mon entreprise et le partage de mes données',
  history: 'Historique de mon dossier',
  accessLog: 'Qui a consulté mes données',
  messages: 'Mes messages',
  requests: 'Mes demandes (récupération de code, signalements)',
  certificates: 'Attestations délivrées',
  none: 'Aucun élément.',
  fields: {
    email: 'Adresse e-mail',
    name: 'Nom et prénom',
    phone: 'Téléphone portable',
    birthDate: 'Date de naissance',
    createdAt: 'Compte créé le',
    status: 'État du dossier',
    consent: 'Niveau de partage avec mon entreprise',
    employer: 'Employeur',
    staffNumber: 'Matricule',
    hiredAt: "Date d'entrée",
  },
  candidacies: 'Mes candidatures',
  candidacy: {
    offer: '{typology} à {commune} (réf. {reference}), {landlord}',
    rent: 'Loyer : {rent} € + {charges} € de charges par mois',
    appliedAt: 'Candidature déposée le',
    endedAt: 'Terminée le',
    status: 'État',
    stage: 'Étape atteinte',
    position: 'Position',
    positionOf: '{position} sur {total}',
    closingRank: 'Rang au classement figé à la clôture',
    score: 'Score',
    scoreOf: '{score} points (règle de classement version {version})',
    review: 'Vérification par Action Logement',
    sentToLandlord: 'Dossier transmis au bailleur',
    dossierOf:
      'n° unique {number}, {persons} personne(s) au foyer ; son contenu complet figure dans l’export JSON',
    commission: 'Décision de la commission',
    lease: 'Bail signé le',
    history: 'Historique',
    visits: 'Visites',
    messages: 'Échanges avec le bailleur',
    landlordSide: 'Le bailleur',
    applicantSide: 'Vous',
  },
  candidacyStatuses: {
    applied: 'Candidature déposée',
    retained: 'Dossier retenu, en cours de vérification',
    validated: 'Dossier validé par Action Logement',
    sent: 'Dossier transmis au bailleur',
    visited: 'Visite enregistrée',
    attributed: 'Logement attribué',
    ranked: 'Attribution par rang',
    conditional: 'Attribution sous condition',
    lease_signed: 'Bail signé',
    moved_in: 'Entrée dans les lieux',
    cancelled: 'Candidature annulée',
    not_retained: 'Non retenue (archivée)',
    rejected: 'Dossier non validé',
    declined: 'Logement refusé',
    not_attributed: 'Logement non attribué',
    inadmissible: 'Candidature non admissible',
    condition_failed: 'Condition non remplie',
    unsuccessful: 'Terminée sans attribution',
  },
  stages: {
    applied: 'Je postule',
    validations: 'Validations',
    sent_to_landlord: 'Envoi bailleur',
    visit: 'Visite',
    commission: 'Commission logement',
    move_in: 'Entrée dans les lieux',
  },
  decisions: {
    attribution: 'Attribution',
    attribution_by_rank: 'Attribution par rang',
    attribution_conditional: 'Attribution sous condition suspensive',
    non_attribution: 'Non-attribution',
    inadmissible: 'Non admissible',
  },
  visitStatuses: {
    scheduled: 'prévue',
    done: 'effectuée',
    missed: 'manquée',
    cancelled: 'annulée',
  },
};

export const accessLog = {
  actions: {
    'file.viewed': 'a consulté votre dossier',
    'file.listed': 'a vu votre dossier dans une liste',
    'file.exported': 'a exporté votre dossier (fichier CSV)',
    'file.validated_despite_criteria': 'a validé votre dossier par exception à ses critères',
    'recovery.proof_viewed': 'a consulté le justificatif de votre demande de récupération de code',
    'message.attachment_viewed': 'a consulté une pièce jointe de vos messages',
    'candidacy.viewed': 'a consulté votre candidature',
    'candidacy.listed': 'a vu votre candidature dans une liste',
    'candidacy.history_viewed': "a consulté l'historique de vos candidatures",
    other: 'a accédé à vos données',
  },
  roles: {
    employer: 'Votre entreprise',
    operator: 'Action Logement Services',
    landlord: 'Un bailleur',
    applicant: 'Vous',
    system: 'La plateforme AL’in',
  },
};

export const accountDeletion = {
  erased: {
    account: 'Votre compte (identifiants, coordonnées) et vos sessions : vous serez déconnecté(e).',
    file: "Votre dossier AL'in importé, son historique, vos choix d'entreprise et de partage, vos attestations.",
    candidacies:
      'Vos candidatures qui n’ont pas été transmises à un bailleur (annulées, non retenues, dossiers non validés…) et leur historique. Une candidature en cours qui n’a pas encore été transmise est d’abord annulée : vous perdez votre place et les candidats suivants avancent.',
    messages:
      'Vos messages sécurisés et leurs pièces jointes, vos demandes de récupération de code et leurs justificatifs.',
  },
  kept: {
    candidacies:
      'Les candidatures déjà transmises à un bailleur restent chez ce bailleur, avec le dossier qu’il a reçu et vos échanges, comme la loi l’exige (examen par la commission d’attribution), mais sans lien avec votre compte. Pour retirer une telle candidature, adressez-vous au bailleur.',
    registration:
      "Votre demande de logement social reste enregistrée sur le site d'enregistrement (numéro unique) : la supprimer ne se fait que là-bas.",
    audit:
      'La trace des consultations de vos données par les entreprises et les conseillers est gardée sans vos nom ni adresse e-mail, pour la sécurité de la plateforme.',
    fraudReports:
      'Vos signalements de fraude restent connus de l’équipe antifraude, sans lien avec votre compte.',
  },
};

export const employerCsv = {
  yes: 'oui',
  no: 'non',
  columns: {
    status: 'État du dossier',
    consent: 'Niveau de partage',
    submittedAt: 'Transmis le',
    civility: 'Civilité',
    lastName: 'Nom',
    firstName: 'Prénom',
    birthDate: 'Date de naissance',
    email: 'E-mail',
    employerName: 'Employeur',
    employerSiret: 'SIRET employeur',
    severalEmployers: 'Plusieurs employeurs',
    workplace: 'Lieu de travail',
    currentCommune: 'Commune actuelle',
    wantedCommunes: 'Communes souhaitées',
    staffNumber: 'Matricule',
    hiredAt: "Date d'entrée",
    criteriaMet: 'Critères remplis',
    uniqueNumber: 'Numéro unique',
    platformNumber: "Numéro AL'in",
    householdMembers: 'Autres personnes du foyer',
    taxIncomeN2: 'Revenu fiscal de référence N-2',
    monthlyIncome: 'Revenus mensuels (€)',
    currentHousingSituation: 'Logement actuel',
    typologies: 'Typologies souhaitées',
  },
};

export const recoverySubjects = {
  personal: "Votre code personnel AL'in",
  company: 'Votre code entreprise',
};
