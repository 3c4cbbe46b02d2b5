// French server texts: form field messages and operator refusal reasons.
import type { OperatorRefusalReason } from '../../../domain/applicant-file/refusal-reasons.js';
import type { FieldCode } from '../../errors.js';

export const fields = {
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
  'offer.rent_implausible': 'Le loyer hors charges doit être compris entre 50 et 3 000 € par mois.',
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
} satisfies Record<FieldCode, string>;

export const refusalReasons = {
  documents_missing: 'Pièces justificatives manquantes',
  documents_inconsistent: 'Pièces justificatives illisibles ou incohérentes',
  not_private_employee: "Vous n'êtes pas salarié(e) d'une entreprise du secteur privé cotisante",
  company_not_eligible: "L'entreprise n'est pas éligible (effectif ou secteur)",
  income_inconsistent: 'Ressources incohérentes avec les pièces fournies',
  identity_inconsistent: 'Identité incohérente avec la demande',
  other: 'Autre motif',
} satisfies Record<OperatorRefusalReason, string>;
