import { z } from 'zod';
import { isValidNir, normalizeNir } from '../../domain/identifiers/nir.js';
import { isValidSiret, normalizeSiret } from '../../domain/identifiers/siret.js';
import type { RegistrationApplication, RegistrationPerson } from '../contract.js';
import type { ApplicationDraft } from '../use-cases/applications.js';
import type { FieldErrors } from './html.js';
import { allValues, COMMUNE_ROWS, firstValue, type FormBody } from './form-fields.js';
import { LABELS } from './labels.js';

const MAX_ROWS = 20;
const NAME = /^\p{L}[\p{L}\p{M}\s'’.-]*$/u;
const email = z.email();

/** Reads one form's fields while collecting a French message per wrong field. */
class FormReader {
  readonly errors: FieldErrors = {};
  constructor(
    readonly body: FormBody,
    readonly today: string,
  ) {}

  fail(name: string, message: string): null {
    this.errors[name] ??= message;
    return null;
  }

  has(name: string): boolean {
    return firstValue(this.body, name) !== '';
  }

  text(name: string, required: boolean, max = 80, pattern?: RegExp): string | null {
    const value = firstValue(this.body, name).replace(/\s+/g, ' ');
    if (value === '') return required ? this.fail(name, 'ce champ est obligatoire') : null;
    if (value.length > max) return this.fail(name, `${max} caractères au plus`);
    if (pattern && !pattern.test(value))
      return this.fail(name, 'seuls les lettres, espaces, tirets et apostrophes sont acceptés');
    return value;
  }

  date(name: string, required: boolean, when: 'past' | 'any' = 'past'): string | null {
    const raw = firstValue(this.body, name);
    if (raw === '') return required ? this.fail(name, 'ce champ est obligatoire') : null;
    const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
    const iso = fr ? `${fr[3]}-${fr[2]?.padStart(2, '0')}-${fr[1]?.padStart(2, '0')}` : raw;
    const parsed = z.iso.date().safeParse(iso);
    if (!parsed.success || new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) !== iso) {
      return this.fail(name, 'date attendue au format JJ/MM/AAAA');
    }
    if (iso < '1900-01-01' || (when === 'past' && iso > this.today))
      return this.fail(name, 'cette date n’est pas possible');
    return iso;
  }

  choice<T extends string>(
    name: string,
    options: readonly (readonly [T, string])[],
    required: boolean,
  ): T | null {
    const raw = firstValue(this.body, name);
    if (raw === '') return required ? this.fail(name, 'choisissez une réponse') : null;
    const match = options.find(([value]) => value === raw);
    return match ? match[0] : this.fail(name, 'choix inconnu');
  }

  many<T extends string>(
    name: string,
    options: readonly (readonly [T, string])[],
    min: number,
  ): T[] {
    const picked = options
      .map(([value]) => value)
      .filter((value) => allValues(this.body, name).includes(value));
    if (picked.length < min) this.fail(name, 'cochez au moins une case');
    return picked;
  }

  flag(name: string): boolean {
    return firstValue(this.body, name) === 'oui';
  }

  /** Euros typed the French way (`2 150,50`) → cents. */
  cents(name: string, required: boolean): number | null {
    const raw = firstValue(this.body, name)
      .replace(/[\s\u00a0\u202f€]/gu, '')
      .replace(',', '.');
    if (raw === '')
      return required ? this.fail(name, 'ce champ est obligatoire (0 si aucun)') : null;
    if (!/^\d{1,7}(\.\d{1,2})?$/.test(raw))
      return this.fail(name, 'montant en euros attendu, par exemple 1 250,50');
    return Math.round(Number(raw) * 100);
  }

  integer(name: string, required: boolean, min: number, max: number): number | null {
    const raw = firstValue(this.body, name).replace(/[\s\u00a0\u202f€]/gu, '');
    if (raw === '') return required ? this.fail(name, 'ce champ est obligatoire') : null;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max)
      return this.fail(name, `nombre entier attendu, entre ${min} et ${max}`);
    return value;
  }
}

function readPhone(r: FormReader, name: string): string | null {
  const raw = firstValue(r.body, name).replace(/[\s.()-]/g, '');
  if (raw === '') return null;
  const national = raw.replace(/^(\+33|0033)/, '0');
  if (!/^0[67]\d{8}$/.test(national))
    return r.fail(name, 'numéro de portable français attendu (06 ou 07)');
  return `+33${national.slice(1)}`;
}

type Commune = NonNullable<RegistrationPerson['professional']['workplace']>;

/** A commune typed as three fields (name, INSEE code, postcode): all or none. */
function readCommune(
  r: FormReader,
  [nameField, inseeField, postcodeField]: [string, string, string],
): Commune | null {
  if (![nameField, inseeField, postcodeField].some((f) => r.has(f))) return null;
  const name = r.text(nameField, true, 80);
  const inseeCode = r.text(inseeField, true, 5, /^(\d{5}|2[AB]\d{3})$/i);
  const postcode = r.text(postcodeField, true, 5, /^\d{5}$/);
  return name && inseeCode && postcode
    ? { name, inseeCode: inseeCode.toUpperCase(), postcode }
    : null;
}

function readProfessional(
  r: FormReader,
  prefix: string,
): RegistrationPerson['professional'] | null {
  const status = r.choice(`${prefix}.status`, LABELS.professionalStatus, true);
  const rawSiret = normalizeSiret(firstValue(r.body, `${prefix}.employerSiret`));
  let employerSiret: string | null = null;
  if (rawSiret !== '') {
    if (!/^\d{14}$/.test(rawSiret))
      r.fail(`${prefix}.employerSiret`, 'le SIRET compte 14 chiffres');
    else if (!isValidSiret(rawSiret))
      r.fail(
        `${prefix}.employerSiret`,
        'ce SIRET n’existe pas (clé de contrôle incorrecte) : vérifiez-le sur un bulletin de salaire',
      );
    else employerSiret = rawSiret;
  }
  const employerName = r.text(`${prefix}.employerName`, employerSiret !== null, 120);
  const contractType = r.choice(`${prefix}.contractType`, LABELS.contractType, false);
  const hiredAt = r.date(`${prefix}.hiredAt`, false);
  const workplace = readCommune(r, [
    `${prefix}.workplaceName`,
    `${prefix}.workplaceInsee`,
    `${prefix}.workplacePostcode`,
  ]);
  return status ? { status, employerSiret, employerName, contractType, hiredAt, workplace } : null;
}

function readPerson(r: FormReader, prefix: string): RegistrationPerson | null {
  const civility = r.choice(`${prefix}.civility`, LABELS.civility, true);
  const birthName = r.text(`${prefix}.birthName`, true, 80, NAME);
  const usageName = r.text(`${prefix}.usageName`, false, 80, NAME);
  const firstName = r.text(`${prefix}.firstName`, true, 80, NAME);
  const birthDate = r.date(`${prefix}.birthDate`, true);
  const nationality = r.choice(`${prefix}.nationality`, LABELS.nationality, true);
  const rawNir = normalizeNir(firstValue(r.body, `${prefix}.nir`));
  const nir =
    rawNir === ''
      ? null
      : isValidNir(rawNir)
        ? rawNir
        : r.fail(`${prefix}.nir`, '15 caractères attendus, avec une clé correcte');
  const mail = firstValue(r.body, `${prefix}.email`);
  if (mail === '') r.fail(`${prefix}.email`, 'ce champ est obligatoire');
  else if (!email.safeParse(mail).success || mail.length > 254)
    r.fail(`${prefix}.email`, 'adresse de la forme nom@exemple.fr attendue');
  const mobilePhone = readPhone(r, `${prefix}.mobilePhone`);
  const professional = readProfessional(r, prefix);
  if (!civility || !birthName || !firstName || !birthDate || !nationality || !professional)
    return null;
  return {
    civility,
    birthName: birthName.toUpperCase(),
    usageName: usageName?.toUpperCase() ?? null,
    firstName,
    birthDate,
    nationality,
    nir,
    email: mail,
    mobilePhone,
    smsConsent: r.flag(`${prefix}.smsConsent`) && mobilePhone !== null,
    hasDisability: r.flag(`${prefix}.hasDisability`),
    professional,
  };
}

function readHousehold(r: FormReader): RegistrationApplication['household'] {
  const members: RegistrationApplication['household'] = [];
  for (let i = 0; i < MAX_ROWS; i += 1) {
    const p = `household.${i}`;
    if (
      ![`${p}.relationship`, `${p}.firstName`, `${p}.lastName`, `${p}.birthDate`].some((f) =>
        r.has(f),
      )
    )
      continue;
    const relationship = r.choice(`${p}.relationship`, LABELS.relationship, true);
    const firstName = r.text(`${p}.firstName`, true, 80, NAME);
    const lastName = r.text(`${p}.lastName`, true, 80, NAME);
    const birthDate = r.date(`${p}.birthDate`, true);
    if (relationship && firstName && lastName && birthDate) {
      members.push({
        relationship,
        firstName,
        lastName: lastName.toUpperCase(),
        birthDate,
        isDependant: r.flag(`${p}.isDependant`),
        hasDisability: r.flag(`${p}.hasDisability`),
      });
    }
  }
  return members;
}

function readCommunes(r: FormReader): RegistrationApplication['wanted']['communes'] {
  const communes: RegistrationApplication['wanted']['communes'] = [];
  for (let i = 0; i < COMMUNE_ROWS; i += 1) {
    const p = `commune.${i}`;
    if (![`${p}.name`, `${p}.inseeCode`, `${p}.postcode`].some((f) => r.has(f))) continue;
    const found = readCommune(r, [`${p}.name`, `${p}.inseeCode`, `${p}.postcode`]);
    if (found) communes.push(found);
  }
  if (communes.length === 0 && Object.keys(r.errors).every((k) => !k.startsWith('commune.')))
    r.fail('commune.0.name', 'indiquez au moins une commune');
  return communes;
}

/** Reads the application form (every CERFA group): the draft, or a French message per wrong field. */
export function readApplicationForm(
  body: FormBody,
  today: string,
): { ok: true; draft: ApplicationDraft } | { ok: false; errors: FieldErrors } {
  const r = new FormReader(body, today);
  const applicant = readPerson(r, 'applicant');
  const withCoApplicant =
    r.choice(
      'hasCoApplicant',
      [
        ['oui', 'Oui'],
        ['non', 'Non'],
      ] as const,
      true,
    ) === 'oui';
  const coApplicant = withCoApplicant ? readPerson(r, 'coApplicant') : null;
  const household = readHousehold(r);
  const taxIncomeN2 = r.integer('taxIncomeN2', true, 0, 9_999_999);
  const currentYear = Number(today.slice(0, 4));
  const taxYearN2 = r.integer('taxYearN2', true, currentYear - 4, currentYear - 1);
  const taxIncomeN1 = r.integer('taxIncomeN1', false, 0, 9_999_999);
  const monthlyIncomeCents = r.cents('monthlyIncome', true);
  const housingBenefitCents = r.cents('housingBenefit', false) ?? 0;
  const situation = r.choice('housingSituation', LABELS.housingSituation, true);
  const monthlyRentCents = r.cents('monthlyRent', false);
  const currentCommune = readCommune(r, [
    'currentCommune.name',
    'currentCommune.inseeCode',
    'currentCommune.postcode',
  ]);
  const reasons = r.many('reasons', LABELS.reason, 1);
  const typologies = r.many('typologies', LABELS.typology, 1);
  const housingType = r.choice('housingType', LABELS.housingType, true);
  const communes = readCommunes(r);
  if (Object.keys(r.errors).length > 0 || !applicant || (withCoApplicant && !coApplicant))
    return { ok: false, errors: r.errors };
  if (
    taxIncomeN2 === null ||
    taxYearN2 === null ||
    monthlyIncomeCents === null ||
    !situation ||
    !housingType
  )
    return { ok: false, errors: r.errors };
  return {
    ok: true,
    draft: {
      applicant,
      coApplicant,
      household,
      resources: { taxIncomeN2, taxYearN2, taxIncomeN1, monthlyIncomeCents, housingBenefitCents },
      currentHousing: { situation, monthlyRentCents, commune: currentCommune },
      reasons,
      wanted: { typologies, housingType, communes, mayWiden: r.flag('mayWiden') },
    },
  };
}
