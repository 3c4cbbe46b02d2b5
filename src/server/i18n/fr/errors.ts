// French server texts: the API error messages, one per error code.
import type { ErrorCode } from '../../errors.js';

export const errors = {
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
} satisfies Record<ErrorCode, string>;
