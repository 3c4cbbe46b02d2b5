import type { OperatorRefusalReason } from '../../domain/applicant-file/refusal-reasons.js';
import type { ErrorCode, FieldCode } from '../errors.js';

/** Server-side French texts: error messages, field messages and e-mails. */
export const fr = {
  errors: {
    'validation.failed':
      'Certaines informations sont manquantes ou incorrectes. Corrigez les champs signalés.',
    'csrf.invalid': 'Votre session de navigation a expiré. Rechargez la page puis recommencez.',
    'auth.required': 'Vous devez vous connecter pour accéder à cette page.',
    'auth.forbidden': "Vous n'avez pas accès à cette ressource.",
    'auth.invalid_credentials': 'Adresse e-mail ou mot de passe incorrect.',
    'auth.password_change_required': 'Vous devez d’abord changer votre mot de passe.',
    'auth.invalid_current_password': 'Le mot de passe actuel est incorrect.',
    'auth.too_many_attempts':
      'Trop de tentatives. Par sécurité, réessayez dans {seconds} seconde(s) ou utilisez « Mot de passe oublié ? ».',
    'rate.too_many_requests':
      'Trop de demandes en peu de temps. Réessayez dans {seconds} seconde(s).',
    'token.invalid':
      "Ce lien n'est pas valide. Vérifiez que vous avez copié l'adresse complète, ou demandez un nouveau lien.",
    'token.expired': 'Ce lien a expiré. Demandez un nouveau lien.',
    'token.used': 'Ce lien a déjà été utilisé. Connectez-vous, ou demandez un nouveau lien.',
    'password.too_weak': 'Le mot de passe ne respecte pas les règles indiquées.',
    'password.too_common':
      'Ce mot de passe est trop courant et facile à deviner. Choisissez-en un autre.',
    'password.mismatch': 'Les deux mots de passe saisis ne sont pas identiques.',
    'account.email_taken': 'Un compte existe déjà avec cette adresse e-mail.',
    'registration.unavailable':
      "Le site d'enregistrement de la demande de logement social ne répond pas pour le moment. Réessayez dans quelques minutes.",
    'import.invalid_number':
      "Ce numéro unique n'est pas valide. Vérifiez-le sur votre attestation d'enregistrement.",
    'import.application_not_found':
      "Aucune demande de logement social ne correspond à ce numéro unique. Vérifiez-le sur votre attestation d'enregistrement.",
    'import.no_pending_request':
      "Demandez d'abord l'envoi d'un code en saisissant votre numéro unique.",
    'import.code_invalid': 'Ce code est incorrect. Il vous reste {remaining} essai(s).',
    'import.code_expired': 'Ce code a expiré (il est valable 24 heures). Demandez un nouveau code.',
    'import.code_locked':
      'Trop d’essais incorrects : ce code ne peut plus servir. Demandez un nouveau code.',
    'import.access_revoked':
      "Le site d'enregistrement ne reconnaît plus l'accès à votre demande. Supprimez l'import puis importez à nouveau votre demande.",
    'file.not_found': "Vous n'avez pas encore importé de demande de logement social.",
    'file.already_imported': 'Une demande est déjà importée sur ce compte.',
    'file.number_taken':
      "Ce numéro unique est déjà associé à un autre compte AL'in. Un seul compte est possible par numéro unique : connectez-vous avec ce compte ou contactez-nous.",
    'file.identity_mismatch':
      'Les nom, prénom ou date de naissance de votre compte ne correspondent pas à ceux de la demande importée.',
    'file.not_editable':
      'Votre dossier est en cours de validation : il ne peut pas être modifié pour le moment.',
    'file.steps_incomplete':
      'Toutes les étapes du dossier doivent être terminées avant de le valider.',
    'file.state_changed':
      'Le dossier a changé entre-temps. Rechargez la page pour voir son état actuel.',
    'file.application_inactive':
      "Votre demande de logement social n'est plus active (expirée ou radiée). Renouvelez-la sur le site d'enregistrement puis cliquez sur « Mettre à jour ».",
    'company.siret_missing':
      "Le numéro SIRET de l'employeur est absent de votre demande. Ajoutez-le sur le site d'enregistrement (rubrique situation professionnelle) puis cliquez sur « Mettre à jour ».",
    'company.not_found': "Ce dossier n'existe pas ou n'est pas accessible.",
    'consent.not_allowed': "Ce niveau de partage n'est pas proposé par votre entreprise.",
    'documents.incomplete': 'Confirmez chacune des pièces justificatives attendues.',
    'resource.not_found': "L'élément demandé n'existe pas ou n'est pas accessible.",
    'route.not_found': "Cette adresse n'existe pas.",
    'request.too_large': 'Les données envoyées sont trop volumineuses.',
    'request.unsupported_media_type': "Ce format de données n'est pas accepté.",
    'request.malformed': 'La requête est mal formée. Rechargez la page puis recommencez.',
    'internal.error': 'Une erreur inattendue est survenue. Réessayez dans quelques instants.',
    'offer.transition_not_allowed':
      "Cette action n'est pas possible dans l'état actuel de l'offre. Rechargez la page pour voir son état.",
    'offer.not_editable':
      'Cette offre est clôturée : elle ne peut plus être modifiée. Dupliquez-la pour en publier une nouvelle.',
    'offer.eligibility_locked':
      "Des candidatures ont déjà été déposées sur cette offre : la commune, la typologie, le loyer, les charges et le financement ne peuvent plus être modifiés. Retirez l'offre puis publiez-la à nouveau avec les bonnes valeurs.",
    'offer.photo_limit':
      'Une offre compte 10 photos au plus. Supprimez une photo avant d’en ajouter une autre.',
    'offer.import_invalid':
      "Le fichier contient des erreurs : aucune offre n'a été importée. Corrigez les lignes signalées puis importez à nouveau le fichier complet.",
    'offer.file_not_validated':
      'Les offres adaptées à votre situation sont visibles une fois votre dossier validé par votre entreprise (si elle le demande) et par Action Logement.',
    'photo.missing': 'Choisissez une photo à envoyer.',
    'photo.too_large': 'Cette photo est trop volumineuse. Envoyez une photo plus légère.',
    'photo.unsupported_type': "Ce fichier n'est pas une photo au format JPEG, PNG ou WebP.",
    'alert.limit_reached':
      'Vous avez atteint le nombre maximal d’alertes. Supprimez une alerte avant d’en créer une autre.',
    'company.not_eligible':
      "Cette entreprise ne peut pas rejoindre AL'in : la plateforme est ouverte aux entreprises du secteur privé non agricole de 10 salariés et plus, et du secteur agricole de 50 salariés et plus.",
    'company.siren_taken': 'Une entreprise avec ce numéro SIREN est déjà inscrite sur AL’in.',
    'policy.invalid':
      'La politique logement ne peut pas être enregistrée : corrigez les champs signalés.',
    'policy.no_company':
      "Votre dossier n'est rattaché à aucune entreprise partenaire : saisissez le code entreprise ou votre code d'accès personnel à l'étape « Mon entreprise ».",
    'employer.criteria_not_met':
      "Ce dossier ne remplit pas tous les critères de votre politique logement. Refusez-le avec un motif, ou validez-le en confirmant l'exception.",
    'access_code.not_found': "Ce code d'accès n'existe pas ou n'est pas accessible.",
    'access_code.not_active':
      "Ce code d'accès a déjà été utilisé, révoqué ou a expiré : émettez-en un nouveau.",
    'upload.too_large':
      'Ce fichier est trop volumineux (5 Mo au plus). Envoyez un fichier plus léger.',
    'upload.unsupported_type':
      "Ce fichier n'est pas un PDF, un JPEG ou un PNG. Envoyez un document dans l'un de ces formats.",
    'upload.too_many_files': 'Vous pouvez joindre 3 fichiers au plus.',
    'csv.invalid':
      'Le fichier n’a pas pu être lu : il doit être au format CSV (séparateur ; ou ,) avec les colonnes nom, prénom et e-mail, et 1 000 lignes au plus.',
    'recovery.not_found': "Cette demande n'existe pas ou n'est pas accessible.",
    'recovery.already_handled': 'Cette demande a déjà été traitée.',
    'recovery.no_account':
      'Aucun compte AL’in ne correspond à l’adresse indiquée : la réponse ne peut pas être envoyée par message sécurisé. Clôturez la demande avec une note.',
    'message.not_found': "Cette conversation n'existe pas ou n'est pas accessible.",
    'message.thread_closed':
      'Cette conversation est close. Écrivez-nous depuis le formulaire de contact.',
    'fraud.not_found': "Ce signalement n'existe pas ou n'est pas accessible.",
    'candidacy.file_not_validated':
      'Votre dossier doit être validé par Action Logement avant de postuler.',
    'candidacy.application_inactive':
      "Votre demande de logement social n'est plus active (expirée ou radiée). Renouvelez-la sur le site d'enregistrement puis cliquez sur « Mettre à jour ».",
    'candidacy.offer_not_found': "Cette offre n'existe pas ou n'est plus en ligne.",
    'candidacy.offer_closed': 'Les candidatures sur ce logement sont closes.',
    'candidacy.not_eligible':
      'Votre situation ne correspond pas aux critères de ce logement : vous ne pouvez pas y postuler.',
    'candidacy.already_active':
      'Vous pouvez postuler sur un logement à la fois. Annulez votre candidature en cours pour vous positionner sur ce logement.',
    'candidacy.not_found': "Cette candidature n'existe pas ou n'est pas accessible.",
    'candidacy.not_cancellable':
      'Votre dossier a été transmis au bailleur : la candidature ne peut plus être annulée.',
    'candidacy.transition_invalid':
      "Cette action n'est pas possible à cette étape de la candidature.",
    'candidacy.state_changed':
      'La candidature a changé entre-temps. Rechargez la page pour voir son état actuel.',
    'candidacy.consent_required':
      "Le salarié n'a pas choisi le partage complet de ses données : l'historique de ses candidatures n'est pas visible.",
    'round.not_found': "Aucune candidature n'a encore été déposée sur cette offre.",
    'round.transition_invalid': "Cette action n'est pas possible à cette étape de l'offre.",
    'round.state_changed':
      "L'offre a changé entre-temps. Rechargez la page pour voir son état actuel.",
    'shortlist.incomplete':
      'Tous les dossiers retenus doivent être validés ou refusés avant la transmission au bailleur.',
    'commission.already_recorded':
      'La décision de la commission est déjà enregistrée pour ce logement.',
    'commission.no_decision': 'Indiquez la décision de la commission pour au moins un candidat.',
    'commission.candidate_unknown':
      "Un des candidats n'a pas de dossier transmis pour ce logement, ou figure deux fois.",
    'commission.ranks_invalid':
      "Les rangs d'attribution doivent se suivre à partir de 1 (1, 2, 3…), sans doublon.",
    'commission.justification_required':
      'La commission doit examiner au moins 3 candidats par logement : justifiez pourquoi moins de 3 ont été examinés.',
    'commission.condition_deadline_invalid':
      'La date limite de la condition suspensive doit suivre la date de la commission.',
    'ranking.rule_conflict':
      'La règle de classement a été modifiée entre-temps. Rechargez la page puis recommencez.',
    'ranking.snapshot_not_found':
      "Le classement de cette offre n'est pas encore figé (les candidatures ne sont pas closes).",
  } satisfies Record<ErrorCode, string>,
  fields: {
    'field.required': 'Ce champ est obligatoire.',
    'field.invalid': "Cette valeur n'est pas valide.",
    'field.too_short': 'Cette valeur est trop courte (au moins {min} caractères).',
    'field.too_long': 'Cette valeur est trop longue ({max} caractères au plus).',
    'field.invalid_email': 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
    'field.invalid_choice': 'Choisissez une des valeurs proposées.',
    'field.must_accept':
      'Vous devez accepter l’utilisation de vos données personnelles pour créer un compte.',
    'phone.empty': 'Saisissez votre numéro de téléphone portable.',
    'phone.invalid_format': 'Saisissez un numéro de portable français, par exemple 06 12 34 56 78.',
    'phone.not_mobile': 'Ce numéro n’est pas un portable : il doit commencer par 06 ou 07.',
    'password.min_length': 'Le mot de passe doit contenir au moins 8 caractères.',
    'password.max_length': 'Le mot de passe doit contenir 128 caractères au plus.',
    'password.digit': 'Le mot de passe doit contenir au moins 1 chiffre.',
    'password.uppercase': 'Le mot de passe doit contenir au moins 1 lettre en majuscule.',
    'password.lowercase': 'Le mot de passe doit contenir au moins 1 lettre en minuscule.',
    'password.not_username': "Le mot de passe ne doit pas être identique au nom d'utilisateur.",
    'password.too_common': 'Ce mot de passe est trop courant et facile à deviner.',
    'password.mismatch': 'La confirmation ne correspond pas au mot de passe.',
    'unique_number.empty': 'Saisissez votre numéro unique.',
    'unique_number.characters':
      'Le numéro unique ne contient que des chiffres et des lettres (les espaces sont acceptés).',
    'unique_number.length':
      'Le numéro unique compte 17 ou 18 caractères, par exemple 111 10 23 517879 GDPUB.',
    'unique_number.territory':
      'Le numéro unique doit commencer par le code du département (par exemple 029) ou 111 en Île-de-France.',
    'unique_number.month':
      'Les caractères 4 à 7 doivent être le mois et l’année du dépôt (par exemple 1023 pour octobre 2023).',
    'unique_number.sequence': 'Le numéro d’ordre du numéro unique doit être composé de chiffres.',
    'unique_number.office':
      'Le numéro unique doit se terminer par le code du guichet (5 caractères, par exemple GDPUB).',
    'unique_number.not_found': 'Aucune demande ne correspond à ce numéro.',
    'import_code.invalid': 'Code incorrect.',
    'company.siret_invalid':
      "Le numéro SIRET de l'employeur n'est pas valide : corrigez-le sur le site d'enregistrement.",
    'company.code_unknown':
      'Ce code entreprise ne correspond à aucune entreprise partenaire. Vérifiez-le auprès de votre service RH.',
    'company.co_applicant_missing': "Votre demande n'a pas de co-demandeur.",
    'consent.not_allowed': "Ce choix n'est pas proposé par votre entreprise.",
    'documents.not_confirmed': 'Cochez la case pour confirmer cette pièce.',
    'offer.deadline_not_after_publication':
      'La date limite de candidature doit être postérieure à la date de publication (aujourd’hui).',
    'offer.availability_not_after_deadline':
      'La date de disponibilité doit être postérieure à la date limite de candidature.',
    'offer.surface_implausible': 'La surface doit être comprise entre 9 et 300 m².',
    'offer.rent_implausible':
      'Le loyer hors charges doit être compris entre 50 et 3 000 € par mois.',
    'offer.charges_implausible':
      'Les charges doivent être comprises entre 0 et 1 000 € par mois, et ne pas dépasser le loyer.',
    'offer.commune_unknown': 'Aucune commune ne correspond à ce code INSEE.',
    'offer.postcode_mismatch': "Ce code postal n'est pas celui de la commune choisie.",
    'offer.position_unknown':
      "La position de cette commune n'est pas connue : saisissez la latitude et la longitude du logement.",
    'offer.reference_taken': 'Une autre de vos offres porte déjà cette référence.',
    'offer.locked_field': 'Ce champ ne peut plus être modifié : des candidatures ont été déposées.',
    'offer.column_missing': 'Cette colonne manque dans la ligne d’en-tête du fichier.',
    'siren.invalid': "Ce numéro SIREN n'est pas valide (9 chiffres, clé de contrôle).",
    'siret.invalid': "Ce numéro SIRET n'est pas valide (14 chiffres, clé de contrôle).",
    'siret.other_siren':
      'Ce SIRET appartient à une autre entreprise : ses 9 premiers chiffres doivent être le SIREN.',
    'company.sector_not_eligible':
      "Les employeurs de ce secteur ne cotisent pas à Action Logement : seules les entreprises du secteur privé peuvent rejoindre AL'in.",
    'company.size_not_eligible':
      "L'effectif est insuffisant : 10 salariés au moins dans le secteur privé non agricole, 50 dans le secteur agricole.",
    'company.code_is_personal_code':
      "Ceci est votre code personnel AL'in, pas le code entreprise. Le code entreprise vous est donné par votre service RH ; laissez ce champ vide si vous ne l'avez pas.",
    'company.code_is_access_code':
      "Ceci est un code d'accès personnel envoyé par votre entreprise : saisissez-le dans le champ « Code d'accès personnel ».",
    'access_code.unknown':
      "Ce code d'accès personnel est inconnu. Vérifiez-le dans l'e-mail de votre entreprise.",
    'access_code.expired':
      "Ce code d'accès personnel a expiré. Demandez à votre service RH de vous en renvoyer un.",
    'access_code.used':
      "Ce code d'accès personnel a déjà servi. Il ne peut être utilisé qu'une fois.",
    'access_code.revoked':
      "Ce code d'accès personnel a été annulé par votre entreprise. Demandez-lui un nouveau code.",
    'access_code.other_company':
      "Ce code d'accès personnel a été émis par une autre entreprise que celle du code entreprise saisi.",
    'access_code.already_active':
      "Un code d'accès valide a déjà été envoyé à cette adresse : renvoyez-le plutôt que d'en émettre un nouveau.",
    'policy.no_consent_level': 'Proposez au moins un niveau de partage des données.',
    'policy.hiring_date_needed':
      "Une ancienneté minimale ne peut être vérifiée que si la date d'entrée est obligatoire.",
    'policy.points_out_of_range':
      'Le nombre de points doit être compris entre 0 et le maximum fixé par la règle de classement.',
    'policy.workplace_invalid':
      'Ce lieu de travail n’est pas un code INSEE de commune ou un numéro de département valide.',
    'upload.too_large': 'Ce fichier est trop volumineux (5 Mo au plus).',
    'upload.unsupported_type': 'Ce fichier doit être un PDF, un JPEG ou un PNG.',
    'upload.empty': 'Ce fichier est vide.',
    'csv.duplicate_row': 'Cette adresse e-mail figure déjà plus haut dans le fichier.',
  } satisfies Record<FieldCode, string>,
  refusalReasons: {
    documents_missing: 'Pièces justificatives manquantes',
    documents_inconsistent: 'Pièces justificatives illisibles ou incohérentes',
    not_private_employee: "Vous n'êtes pas salarié(e) d'une entreprise du secteur privé cotisante",
    company_not_eligible: "L'entreprise n'est pas éligible (effectif ou secteur)",
    income_inconsistent: 'Ressources incohérentes avec les pièces fournies',
    identity_inconsistent: 'Identité incohérente avec la demande',
    other: 'Autre motif',
  } satisfies Record<OperatorRefusalReason, string>,
  mail: {
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
  },
  certificate: {
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
  },
  dataExport: {
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
  },
  accessLog: {
    actions: {
      'file.viewed': 'a consulté votre dossier',
      'file.listed': 'a vu votre dossier dans une liste',
      'file.exported': 'a exporté votre dossier (fichier CSV)',
      'file.validated_despite_criteria': 'a validé votre dossier par exception à ses critères',
      'recovery.proof_viewed':
        'a consulté le justificatif de votre demande de récupération de code',
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
  },
  accountDeletion: {
    erased: {
      account:
        'Votre compte (identifiants, coordonnées) et vos sessions : vous serez déconnecté(e).',
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
  },
  candidacies: {
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
  },
  employerCsv: {
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
  },
  recoverySubjects: {
    personal: "Votre code personnel AL'in",
    company: 'Votre code entreprise',
  },
};

/** The shape every server-side locale must have. */
export type ServerMessages = typeof fr;
