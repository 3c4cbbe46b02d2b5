import {
  checkbox,
  choices,
  csrfField,
  e,
  errorSummary,
  input,
  select,
  type FieldErrors,
} from './html.js';
import {
  allValues,
  COMMUNE_FIELDS,
  COMMUNE_ROWS,
  firstValue,
  HOUSEHOLD_ROWS,
  labelFor,
  MEMBER_FIELDS,
  PERSON_FIELDS,
  type FormBody,
} from './form-fields.js';
import { LABELS } from './labels.js';

type Ctx = { values: FormBody; errors: FieldErrors };
const blank = [['', '— Choisir —']] as const;

function text(
  ctx: Ctx,
  name: string,
  label: string,
  extra: Partial<Parameters<typeof input>[0]> = {},
): string {
  return input({
    name,
    label,
    value: firstValue(ctx.values, name),
    error: ctx.errors[name],
    ...extra,
  });
}

function personSection(ctx: Ctx, prefix: 'applicant' | 'coApplicant'): string {
  type Key = keyof typeof PERSON_FIELDS | 'hasDisability' | 'smsConsent';
  const f = (key: Key) => `${prefix}.${key}`;
  const v = (key: Key) => firstValue(ctx.values, f(key));
  const own = prefix === 'applicant';
  return `<fieldset><legend>Identité</legend>
${choices({ kind: 'radio', name: f('civility'), label: PERSON_FIELDS.civility, options: LABELS.civility, values: [v('civility')], error: ctx.errors[f('civility')] })}
<div class="row">${text(ctx, f('birthName'), PERSON_FIELDS.birthName, { autocomplete: own ? 'family-name' : 'off' })}
${text(ctx, f('usageName'), PERSON_FIELDS.usageName, { optional: true, hint: "Par exemple le nom d'épouse" })}</div>
${text(ctx, f('firstName'), PERSON_FIELDS.firstName, { autocomplete: own ? 'given-name' : 'off' })}
${text(ctx, f('birthDate'), PERSON_FIELDS.birthDate, { type: 'date', hint: 'Format JJ/MM/AAAA', autocomplete: own ? 'bday' : 'off' })}
${select({ name: f('nationality'), label: PERSON_FIELDS.nationality, options: [...blank, ...LABELS.nationality], value: v('nationality'), error: ctx.errors[f('nationality')] })}
${text(ctx, f('nir'), PERSON_FIELDS.nir, { optional: true, hint: '15 caractères, sur la carte Vitale', inputmode: 'text' })}
${checkbox({ name: f('hasDisability'), label: 'En situation de handicap', checked: v('hasDisability') === 'oui' })}</fieldset>
<fieldset><legend>Coordonnées</legend>
${text(ctx, f('email'), PERSON_FIELDS.email, { type: 'email', autocomplete: own ? 'email' : 'off', hint: own ? 'Le code de récupération de votre demande y sera envoyé' : undefined })}
${text(ctx, f('mobilePhone'), PERSON_FIELDS.mobilePhone, { type: 'tel', optional: true, autocomplete: own ? 'tel' : 'off', hint: 'Par exemple 06 12 34 56 78' })}
${checkbox({ name: f('smsConsent'), label: 'J’accepte de recevoir des SMS sur ma demande', checked: v('smsConsent') === 'oui' })}</fieldset>
<fieldset><legend>Situation professionnelle</legend>
${select({ name: f('status'), label: PERSON_FIELDS.status, options: [...blank, ...LABELS.professionalStatus], value: v('status'), error: ctx.errors[f('status')] })}
${text(ctx, f('employerSiret'), PERSON_FIELDS.employerSiret, { optional: true, inputmode: 'numeric', hint: "14 chiffres, sur vos bulletins de salaire. C'est ainsi qu'Action Logement retrouve votre demande." })}
${text(ctx, f('employerName'), PERSON_FIELDS.employerName, { optional: true, hint: 'Obligatoire si vous indiquez un SIRET' })}
${select({ name: f('contractType'), label: PERSON_FIELDS.contractType, options: [['', 'Sans objet'], ...LABELS.contractType], value: v('contractType'), optional: true, error: ctx.errors[f('contractType')] })}
${text(ctx, f('hiredAt'), PERSON_FIELDS.hiredAt, { type: 'date', optional: true })}
<div class="row">${text(ctx, f('workplaceName'), PERSON_FIELDS.workplaceName, { optional: true })}
${text(ctx, f('workplaceInsee'), PERSON_FIELDS.workplaceInsee, { optional: true, hint: '5 caractères' })}
${text(ctx, f('workplacePostcode'), PERSON_FIELDS.workplacePostcode, { optional: true, inputmode: 'numeric' })}</div></fieldset>`;
}

function householdRows(ctx: Ctx): string {
  const filled = Object.keys(ctx.values)
    .filter((k) => k.startsWith('household.'))
    .map((k) => Number(k.split('.')[1]));
  const rows = Math.max(HOUSEHOLD_ROWS, ...filled.map((i) => i + 2));
  return Array.from({ length: rows }, (_, i) => {
    const p = `household.${i}`;
    return `<fieldset><legend>Personne ${i + 1}</legend><div class="row">
${select({ name: `${p}.relationship`, label: MEMBER_FIELDS.relationship, options: [...blank, ...LABELS.relationship], value: firstValue(ctx.values, `${p}.relationship`), optional: true, error: ctx.errors[`${p}.relationship`] })}
${text(ctx, `${p}.firstName`, MEMBER_FIELDS.firstName, { optional: true })}
${text(ctx, `${p}.lastName`, MEMBER_FIELDS.lastName, { optional: true })}
${text(ctx, `${p}.birthDate`, MEMBER_FIELDS.birthDate, { type: 'date', optional: true })}</div>
${checkbox({ name: `${p}.isDependant`, label: 'À charge', checked: firstValue(ctx.values, `${p}.isDependant`) === 'oui' })}
${checkbox({ name: `${p}.hasDisability`, label: 'En situation de handicap', checked: firstValue(ctx.values, `${p}.hasDisability`) === 'oui' })}</fieldset>`;
  }).join('\n');
}

function communeRows(ctx: Ctx): string {
  return Array.from({ length: COMMUNE_ROWS }, (_, i) => {
    const p = `commune.${i}`;
    return `<fieldset><legend>Choix n° ${i + 1}${i === 0 ? ' (obligatoire)' : ''}</legend><div class="row">
${text(ctx, `${p}.name`, COMMUNE_FIELDS.name, { optional: i > 0 })}
${text(ctx, `${p}.inseeCode`, COMMUNE_FIELDS.inseeCode, { optional: i > 0, hint: 'Ex. 29019 pour Brest' })}
${text(ctx, `${p}.postcode`, COMMUNE_FIELDS.postcode, { optional: i > 0, inputmode: 'numeric' })}</div></fieldset>`;
  }).join('\n');
}

/** The whole application form (creation and "Modifier"), with its error summary and CSRF field. */
export function renderApplicationForm(input: {
  action: string;
  csrf: string;
  values: FormBody;
  errors: FieldErrors;
  submitLabel: string;
  today: string;
}): string {
  const ctx: Ctx = { values: input.values, errors: input.errors };
  const labels = Object.fromEntries(Object.keys(input.errors).map((k) => [k, labelFor(k)]));
  const year = Number(input.today.slice(0, 4));
  const yearHint = `Sur l'avis d'imposition ${year - 1} (revenus ${year - 2})`;
  return `${errorSummary(input.errors, labels)}
<p>Les rubriques reprennent celles du formulaire CERFA n° 14069. Sauf mention « facultatif », les champs sont obligatoires.</p>
<form method="post" action="${e(input.action)}" novalidate>${csrfField(input.csrf)}
<h2 id="demandeur">1. Vous (demandeur)</h2>${personSection(ctx, 'applicant')}
<h2 id="co-demandeur">2. Co-demandeur</h2>
${choices({
  kind: 'radio',
  name: 'hasCoApplicant',
  label: 'Faites-vous la demande avec votre conjoint, concubin ou partenaire de PACS ?',
  options: [
    ['non', 'Non, seul(e)'],
    ['oui', 'Oui, à deux'],
  ],
  values: [firstValue(ctx.values, 'hasCoApplicant') || 'non'],
  error: ctx.errors['hasCoApplicant'],
})}
<p class="hint">Ne remplissez la suite que si vous avez répondu « Oui, à deux ».</p>
${personSection(ctx, 'coApplicant')}
<h2 id="menage">3. Les autres personnes du logement</h2><p class="hint">Enfants et autres personnes qui vivront avec vous. Laissez vides les lignes inutiles.</p>
${householdRows(ctx)}
<h2 id="ressources">4. Ressources du ménage</h2><fieldset><legend>Revenus</legend>
${text(ctx, 'taxIncomeN2', 'Revenu fiscal de référence N-2 (euros)', { inputmode: 'numeric', hint: yearHint })}
${text(ctx, 'taxYearN2', 'Année des revenus N-2', { inputmode: 'numeric', value: firstValue(ctx.values, 'taxYearN2') || String(year - 2) })}
${text(ctx, 'taxIncomeN1', 'Revenu fiscal de référence N-1 (euros)', { optional: true, inputmode: 'numeric' })}
${text(ctx, 'monthlyIncome', 'Ressources mensuelles du ménage (euros)', { inputmode: 'decimal', hint: 'Salaires nets et autres revenus, par mois' })}
${text(ctx, 'housingBenefit', 'Aide au logement mensuelle (APL ou AL, euros)', { optional: true, inputmode: 'decimal' })}</fieldset>
<h2 id="logement-actuel">5. Logement actuel</h2><fieldset><legend>Votre situation</legend>
${select({ name: 'housingSituation', label: 'Logement actuel', options: [...blank, ...LABELS.housingSituation], value: firstValue(ctx.values, 'housingSituation'), error: ctx.errors['housingSituation'] })}
${text(ctx, 'monthlyRent', 'Loyer mensuel actuel, charges comprises (euros)', { optional: true, inputmode: 'decimal' })}
<div class="row">${text(ctx, 'currentCommune.name', 'Commune où vous habitez', { optional: true })}
${text(ctx, 'currentCommune.inseeCode', 'Code INSEE', { optional: true, hint: '5 caractères' })}
${text(ctx, 'currentCommune.postcode', 'Code postal', { optional: true, inputmode: 'numeric' })}</div></fieldset>
<h2 id="motifs">6. Motifs de la demande</h2>
${choices({ kind: 'checkbox', name: 'reasons', label: 'Pourquoi demandez-vous un logement social ?', options: LABELS.reason, values: allValues(ctx.values, 'reasons'), error: ctx.errors['reasons'] })}
<h2 id="souhaits">7. Logement recherché</h2>
${choices({ kind: 'checkbox', name: 'typologies', label: 'Types de logement recherchés', options: LABELS.typology, values: allValues(ctx.values, 'typologies'), error: ctx.errors['typologies'] })}
${choices({ kind: 'radio', name: 'housingType', label: 'Maison ou appartement', options: LABELS.housingType, values: [firstValue(ctx.values, 'housingType') || 'any'], error: ctx.errors['housingType'] })}
<p>Communes souhaitées, par ordre de préférence (8 au plus). La première décide du département de la demande.</p>
${communeRows(ctx)}
${checkbox({ name: 'mayWiden', label: "J'accepte un logement dans les communes voisines", checked: firstValue(ctx.values, 'mayWiden') === 'oui' })}
<p><button type="submit">${e(input.submitLabel)}</button></p></form>`;
}
