// French server texts: the e-mails (account, file, offer alerts, access codes, messages).

export const mail = {
  signature: 'Bien cordialement,\n\nAction Logement Services',
  greeting: 'Madame, Monsieur,',
  ignore: "Si vous n'êtes pas à l'origine de cette demande, merci d'ignorer ce message.",
  clickHere: 'Cliquez ici',
  activation: {
    subject: "Action Logement Services : Demande d'accès",
    intro:
      "Suite à votre demande d'accès, veuillez cliquer sur le lien ci-dessous et suivre les instructions.",
    expiry: 'Ce lien expire dans 2 jour(s).',
  },
  accountExists: {
    subject: "Action Logement Services : Demande d'accès",
    intro:
      "Une demande de création de compte AL'in a été faite avec cette adresse, qui a déjà un compte. Connectez-vous avec votre adresse e-mail et votre mot de passe ; si vous l'avez oublié, utilisez « Mot de passe oublié ? ».",
    login: 'Me connecter',
  },
  passwordReset: {
    subject: 'Action Logement Services : Réinitialisation de votre mot de passe',
    intro:
      'Vous avez demandé à réinitialiser le mot de passe de votre compte AL’in. Cliquez sur le lien ci-dessous pour en choisir un nouveau.',
    expiry: 'Ce lien expire dans 1 heure et ne peut servir qu’une fois.',
  },
  passwordChanged: {
    subject: 'Action Logement Services : Votre mot de passe a été modifié',
    intro:
      "Le mot de passe de votre compte AL'in vient d'être modifié et vos autres sessions ont été fermées. Si vous n'êtes pas à l'origine de ce changement, réinitialisez votre mot de passe immédiatement et contactez-nous au 0970 800 800.",
  },
  invitation: {
    subject: "Action Logement Services : Votre accès à AL'in",
    intro:
      "Un compte vous a été ouvert sur AL'in ({portal}). Cliquez sur le lien ci-dessous pour choisir votre mot de passe.",
    expiry: 'Ce lien expire dans 7 jour(s).',
  },
  file: {
    open: 'Voir mon dossier',
    personalCode:
      'Votre code personnel AL’in : {code}. Conservez-le : il vous sera demandé par votre entreprise ou par nos conseillers.',
    reason: 'Motif : {reason}',
    imported: {
      subject: "Action Logement Services : Votre demande est importée dans AL'in",
      intro:
        'Votre demande de logement social a bien été importée. Votre numéro AL’in est {platformNumber}. Complétez maintenant les informations sur votre entreprise et confirmez vos pièces justificatives.',
    },
    submitted: {
      subject: 'Action Logement Services : Votre dossier est transmis pour validation',
      intro:
        'Votre dossier {platformNumber} est transmis pour validation. Vous recevrez un e-mail à chaque étape.',
    },
    company_validated: {
      subject: 'Action Logement Services : Votre entreprise a validé votre dossier',
      intro:
        'Votre entreprise a validé votre dossier {platformNumber}. Il est maintenant vérifié par Action Logement.',
    },
    company_refused: {
      subject: "Action Logement Services : Votre entreprise n'a pas validé votre dossier",
      intro:
        "Votre entreprise n'a pas validé votre dossier {platformNumber}. Vous pouvez le corriger puis le transmettre à nouveau.",
    },
    operator_validated: {
      subject: 'Action Logement Services : Votre dossier est validé',
      intro:
        'Votre dossier {platformNumber} est validé par Action Logement. Vous pouvez consulter les offres qui correspondent à votre situation.',
    },
    operator_refused: {
      subject: "Action Logement Services : Votre dossier n'est pas validé",
      intro:
        "Action Logement n'a pas validé votre dossier {platformNumber}. Vous pouvez le corriger puis le transmettre à nouveau.",
    },
    back_for_validation: {
      subject: 'Action Logement Services : Votre dossier doit être validé à nouveau',
      intro:
        'Votre situation a changé sur le site d’enregistrement (foyer, ressources ou employeur) : votre dossier {platformNumber} est de nouveau soumis à validation.',
    },
  },
  offerAlert: {
    immediate: {
      subject: 'Action Logement Services : Nouvelle offre pour votre alerte « {name} »',
      intro:
        'Une nouvelle offre correspondant à votre alerte « {name} » et à votre situation vient d’être publiée.',
    },
    digest: {
      subject: 'Action Logement Services : Nouvelles offres pour votre alerte « {name} »',
      intro:
        '{count} nouvelle(s) offre(s) correspondant à votre alerte « {name} » et à votre situation ont été publiées.',
    },
    line: '{typology} · {kind} · {surface} m² · {commune} ({postcode}) · {total} charges comprises · date limite de candidature : {deadline}',
    kinds: { flat: 'appartement', house: 'maison' },
    open: 'Voir l’offre {reference}',
    more: 'Et {count} autre(s) offre(s) : retrouvez-les dans votre espace.',
    manage: 'Gérer mes alertes',
    unsubscribeIntro: 'Vous recevez cet e-mail parce que vous avez créé cette alerte sur AL’in.',
    unsubscribe: 'Ne plus recevoir cette alerte',
  },
  portals: {
    applicant: 'espace salarié',
    employer: 'portail entreprise',
    operator: 'back-office Action Logement',
    landlord: 'portail bailleur',
  },
  accessCode: {
    subject: "Action Logement Services : Votre code d'accès personnel AL'in",
    intro:
      "Votre entreprise {companyName} vous adresse votre code d'accès personnel à la plateforme AL'in : {code}",
    howTo:
      "Pour l'utiliser : créez votre compte sur AL'in, importez votre demande de logement social avec votre numéro unique, puis, à l'étape « Mon entreprise », saisissez ce code dans le champ « Code d'accès personnel ». Votre demande sera rattachée à votre entreprise sans autre code à saisir.",
    expiry: "Ce code est valable jusqu'au {expiresOn} et ne sert qu'une seule fois.",
    notCompanyCode:
      "Ne le confondez pas avec le code entreprise (commun à tous les salariés) ni avec votre code personnel AL'in (attribué à votre dossier après l'import). Aucun service n'est payant : ne communiquez jamais ce code contre de l'argent.",
    open: 'Créer mon compte AL’in',
  },
  newMessage: {
    subject: "Action Logement Services : Nouveau message dans votre espace AL'in",
    intro:
      "Un conseiller Action Logement vous a écrit : « {subject} ». Pour lire sa réponse, connectez-vous à votre espace AL'in, rubrique « Mes messages ». Par sécurité, le contenu du message n'est pas reproduit dans cet e-mail.",
    open: 'Lire mon message',
  },
  recoveryReceived: {
    subject: 'Action Logement Services : Votre demande de récupération de code',
    intro:
      "Une demande de récupération de code (référence {reference}) a été déposée pour votre compte AL'in. Un conseiller vérifiera le justificatif et vous répondra par message sécurisé dans votre espace au plus tard le {dueOn}.",
    security:
      "Nous n'envoyons jamais de code par SMS, ni à une autre adresse que celle de votre compte. Si vous n'êtes pas à l'origine de cette demande, appelez-nous au 0970 800 800.",
  },
};
