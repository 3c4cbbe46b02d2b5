// French server texts: candidacy e-mails and review / inadmissibility reasons.

export const candidacies = {
  mail: {
    open: 'Suivre ma candidature',
    openLandlord: 'Voir les dossiers',
    reason: 'Motif : {reason}',
    applied: {
      subject: 'Action Logement Services : Votre candidature est enregistrée',
      intro:
        'Ce logement a bien été ajouté à vos candidatures : {offer}. Votre position évolue au fur et à mesure que d’autres candidats se positionnent sur la même offre. Vous pouvez annuler votre candidature tant que votre dossier n’a pas été transmis au bailleur.',
    },
    cancelled: {
      subject: 'Action Logement Services : Votre candidature est annulée',
      intro:
        'Votre candidature sur le logement {offer} est annulée. Vous pouvez vous positionner sur un autre logement.',
    },
    retained: {
      subject: 'Action Logement Services : Votre dossier fait partie des 5 premiers',
      intro:
        'Les candidatures sur le logement {offer} sont closes et votre dossier fait partie des 5 premiers retenus. Action Logement le vérifie avant de le transmettre au bailleur : tenez bien à jour votre demande (dernière fiche de paie…).',
    },
    not_retained: {
      subject: 'Action Logement Services : Votre candidature n’a pas été retenue',
      intro:
        'Les candidatures sur le logement {offer} sont closes et votre dossier ne fait pas partie des 5 premiers retenus. Votre candidature est archivée : vous pouvez dès maintenant vous positionner sur une nouvelle offre adaptée à votre situation.',
    },
    recalled: {
      subject: 'Action Logement Services : Votre dossier est finalement retenu',
      intro:
        'Un dossier mieux classé que le vôtre sur le logement {offer} n’a pas été retenu : votre dossier entre dans les 5 premiers. Action Logement le vérifie avant de le transmettre au bailleur.',
    },
    validated: {
      subject: 'Action Logement Services : Votre dossier est validé pour ce logement',
      intro:
        'Action Logement a validé votre dossier pour le logement {offer}. Il sera transmis au bailleur avec les autres dossiers retenus.',
    },
    rejected: {
      subject: 'Action Logement Services : Votre dossier n’a pas été validé',
      intro:
        'Action Logement n’a pas validé votre dossier pour le logement {offer}. Vous pouvez dès maintenant vous positionner sur un autre logement.',
    },
    sent: {
      subject: 'Action Logement Services : Votre dossier est transmis au bailleur',
      intro:
        'Votre dossier est transmis au bailleur du logement {offer}, qui va l’instruire avec d’autres dossiers. Il peut vous contacter pour compléter votre dossier ou organiser la visite. Attendez l’accord du bailleur avant de donner congé de votre logement actuel.',
    },
    visit: {
      subject: 'Action Logement Services : Visite du logement',
      intro: 'Le bailleur du logement {offer} a enregistré une visite avec vous.',
    },
    attributed: {
      subject: 'Action Logement Services : Le logement vous est attribué',
      intro:
        'La Commission d’Attribution vous attribue le logement {offer}. Le bailleur va vous contacter pour la visite (si elle n’a pas eu lieu) et la signature du bail.',
    },
    ranked: {
      subject: 'Action Logement Services : Décision de la Commission d’Attribution',
      intro:
        'La Commission d’Attribution vous a classé(e) au rang {rank} pour le logement {offer} : si les candidats classés avant vous le refusent, il vous sera proposé.',
    },
    conditional: {
      subject: 'Action Logement Services : Attribution sous condition',
      intro:
        'La Commission d’Attribution vous attribue le logement {offer} (rang {rank}) sous condition : transmettez au bailleur le document « {document} » avant le {deadline}.',
    },
    not_attributed: {
      subject: 'Action Logement Services : Le logement ne vous est pas attribué',
      intro:
        'La Commission d’Attribution n’a pas attribué le logement {offer} à votre candidature. Votre candidature est archivée : vous pouvez vous positionner sur une nouvelle offre.',
    },
    inadmissible: {
      subject: 'Action Logement Services : Décision de la Commission d’Attribution',
      intro:
        'La Commission d’Attribution a déclaré votre candidature sur le logement {offer} non admissible.',
    },
    condition_failed: {
      subject: 'Action Logement Services : La condition d’attribution n’est pas remplie',
      intro:
        'Le document demandé pour le logement {offer} n’a pas été reçu à temps : l’attribution sous condition ne peut pas aboutir. Vous pouvez vous positionner sur une nouvelle offre.',
    },
    declined: {
      subject: 'Action Logement Services : Votre refus est enregistré',
      intro:
        'Votre refus du logement {offer} est enregistré. Vous pouvez vous positionner sur une nouvelle offre.',
    },
    lease_signed: {
      subject: 'Action Logement Services : Signature du bail',
      intro:
        'La signature de votre bail pour le logement {offer} est enregistrée. Prochaine étape : l’entrée dans les lieux.',
    },
    moved_in: {
      subject: 'Action Logement Services : Entrée dans les lieux',
      intro:
        'Votre entrée dans le logement {offer} est enregistrée. Votre parcours de candidature est terminé : bienvenue chez vous !',
    },
    unsuccessful: {
      subject: 'Action Logement Services : Votre candidature est terminée',
      intro:
        'Le logement {offer} a été attribué à un autre candidat ou n’a pas pu être attribué. Votre candidature est archivée : vous pouvez vous positionner sur une nouvelle offre.',
    },
    message: {
      subject: 'Action Logement Services : Nouveau message du bailleur',
      intro:
        'Le bailleur du logement {offer} vous a écrit. Lisez son message et répondez-lui dans votre espace AL’in.',
    },
    shortlist_received: {
      subject: 'Action Logement Services : Dossiers de candidature transmis',
      intro:
        'Action Logement vous transmet {count} dossier(s) validé(s), classés par rang, pour le logement {offer}.',
    },
    applicant_replied: {
      subject: 'Action Logement Services : Réponse d’un candidat',
      intro: 'Un candidat au logement {offer} a répondu à votre message.',
    },
  },
  reviewRejectionReasons: {
    documents_missing: 'Pièces justificatives manquantes',
    documents_outdated: 'Pièces justificatives à mettre à jour (dernière fiche de paie…)',
    situation_changed: 'Situation modifiée depuis la candidature',
    not_eligible: 'Critères du logement non remplis',
    application_inactive: 'Demande de logement social expirée ou radiée',
    other: 'Autre motif',
  },
  inadmissibilityReasons: {
    income_above_ceiling: 'Ressources supérieures au plafond',
    irregular_residence: 'Séjour irrégulier sur le territoire',
  },
};
