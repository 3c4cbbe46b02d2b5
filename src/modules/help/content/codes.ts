import type { CodesHelp } from './types.js';

// The codes users confuse (seeds 000 and 001), explained side by side wherever a code is asked,
// with the recovery path in the order people should try it.

/** The explanation of the codes, in French and English. */
export const CODES_HELP: Record<'fr' | 'en', CodesHelp> = {
  fr: {
    codes: [
      {
        kind: 'company_code',
        title: 'Code entreprise',
        what: 'Propre à votre employeur et le même pour tous ses salariés : il rattache votre demande à la bonne entreprise cotisante et à sa politique logement. Il est facultatif si votre entreprise ne vous en a pas donné.',
        whereToFind: [
          'Auprès de votre service RH (munissez-vous du SIRET de votre entreprise).',
          'Parfois sur votre bulletin de salaire.',
        ],
        format: '3 lettres, un tiret et 5 caractères, par exemple BAF-7K2Q9',
      },
      {
        kind: 'personal_code',
        title: "Code personnel AL'in",
        what: "Attribué à votre dossier après l'import de votre demande. Il vous identifie auprès de nos conseillers ; votre employeur ne le connaît pas et il ne remplace pas le code entreprise.",
        whereToFind: [
          "Dans votre espace AL'in, rubrique « Mon dossier ».",
          "Dans l'e-mail de confirmation de l'import de votre demande.",
          'Sur votre attestation AL’in téléchargeable (PDF).',
        ],
        format: '10 caractères, par exemple K7M2Q9XR4T',
      },
      {
        kind: 'personal_access_code',
        title: "Code d'accès personnel",
        what: "Envoyé par e-mail par votre entreprise, à vous seul. Saisi à l'étape « Mon entreprise », il rattache votre dossier à votre entreprise sans autre code à saisir. Il ne sert qu'une fois et expire.",
        whereToFind: [
          "Dans l'e-mail « Votre code d'accès personnel AL'in » reçu de la part de votre entreprise.",
          'Votre service RH peut vous le renvoyer.',
        ],
        format: '12 caractères en 3 groupes, par exemple 7KQ2-M9XR-4TPA',
      },
    ],
    recoveryPaths: [
      {
        step: 1,
        key: 'personal_space',
        title: 'Mon espace',
        text: 'Connectez-vous : votre code personnel figure dans « Mon dossier » et sur votre attestation téléchargeable.',
      },
      {
        step: 2,
        key: 'registration_emails',
        title: 'Mes e-mails',
        text: "Cherchez « Action Logement » ou « AL'in » dans vos e-mails, y compris les courriers indésirables et la corbeille.",
      },
      {
        step: 3,
        key: 'hr',
        title: 'Mon service RH',
        text: "Il vous donne le code entreprise et peut vous renvoyer un code d'accès personnel. Il ne connaît pas votre code personnel AL'in.",
      },
      {
        step: 4,
        key: 'form',
        title: 'Récupérer mon code',
        text: "Remplissez le formulaire avec un justificatif d'emploi (attestation employeur, extrait de bulletin de salaire avec le SIRET ou contrat de travail). Un conseiller vous répond par message sécurisé dans votre espace sous 3 jours ouvrés.",
      },
    ],
    never:
      "Nous n'envoyons jamais de code par SMS, ni à une autre adresse e-mail que celle de votre compte.",
  },
  en: {
    codes: [
      {
        kind: 'company_code',
        title: 'Company code',
        what: 'Belongs to your employer and is the same for all its employees: it links your application to the right contributing company and its housing policy. It is optional if your company gave you none.',
        whereToFind: [
          'From your HR department (have your company’s SIRET at hand).',
          'Sometimes on your payslip.',
        ],
        format: '3 letters, a dash and 5 characters, for instance BAF-7K2Q9',
      },
      {
        kind: 'personal_code',
        title: 'AL’in personal code',
        what: 'Given to your file after your application is imported. It identifies you to our advisers; your employer does not know it and it does not replace the company code.',
        whereToFind: [
          'In your AL’in space, “My file”.',
          'In the confirmation e-mail of the import of your application.',
          'On your downloadable AL’in certificate (PDF).',
        ],
        format: '10 characters, for instance K7M2Q9XR4T',
      },
      {
        kind: 'personal_access_code',
        title: 'Personal access code',
        what: 'E-mailed by your company to you alone. Entered in the “My company” step, it attaches your file to your company with no other code to type. It can be used once and expires.',
        whereToFind: [
          'In the e-mail “Your AL’in personal access code” sent on behalf of your company.',
          'Your HR department can send it again.',
        ],
        format: '12 characters in 3 groups, for instance 7KQ2-M9XR-4TPA',
      },
    ],
    recoveryPaths: [
      {
        step: 1,
        key: 'personal_space',
        title: 'My space',
        text: 'Log in: your personal code is shown in “My file” and on your downloadable certificate.',
      },
      {
        step: 2,
        key: 'registration_emails',
        title: 'My e-mails',
        text: 'Search your e-mails for “Action Logement” or “AL’in”, spam and bin included.',
      },
      {
        step: 3,
        key: 'hr',
        title: 'My HR department',
        text: 'It gives you the company code and can send you a personal access code again. It does not know your AL’in personal code.',
      },
      {
        step: 4,
        key: 'form',
        title: 'Recover my code',
        text: 'Fill in the form with a proof of employment (employer certificate, payslip excerpt showing the SIRET, or work contract). An adviser answers by secure message in your space within 3 working days.',
      },
    ],
    never:
      'We never send a code by text message, nor to any e-mail address other than that of your account.',
  },
};
