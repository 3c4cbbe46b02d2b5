import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type {
  AffordabilityRule,
  EligibilityRule,
  FileRule,
  IncomeCeilingRule,
  OfferEligibility,
  RuleStatus,
  TypologyRule,
} from '../../api/offers-types';
import { Alert, Badge, ButtonLink, type BadgeTone } from '../../ui';
import { SITUATION_PATH } from './paths';
import { useOfferFormat, type OfferFormatters } from './useOfferFormat';

const STATUS_TONE: Record<RuleStatus, BadgeTone> = {
  passed: 'success',
  failed: 'error',
  unknown: 'warning',
};

function incomeTexts(rule: IncomeCeilingRule, t: TFunction, f: OfferFormatters): string[] {
  const household = t('offers.eligibility.income.household', {
    category: rule.category,
    reasons: rule.categoryReasons
      .map((reason) => t(`offers.eligibility.category.${reason}`, { count: rule.extraPersons }))
      .join(', '),
  });
  const figures = {
    income: f.euros(rule.taxIncome),
    taxYear: rule.taxYear,
    ceiling: rule.ceiling === null ? '' : f.euros(rule.ceiling),
    financing: rule.financing,
    zone: rule.zone,
    year: rule.year ?? rule.requestedYear,
  };
  const main =
    rule.status === 'unknown' || rule.ceiling === null
      ? t('offers.eligibility.income.unknown', figures)
      : t(`offers.eligibility.income.${rule.status}`, figures);
  return [
    main,
    household,
    ...rule.notes.map((note) => t(`offers.eligibility.notes.${note}`, figures)),
  ];
}

function typologyTexts(rule: TypologyRule, t: TFunction): string[] {
  const values = { offered: rule.offered, allowed: rule.allowed.join(', '), count: rule.persons };
  return [
    t(`offers.eligibility.typology.${rule.status === 'failed' ? 'failed' : 'passed'}`, values),
  ];
}

function affordabilityTexts(rule: AffordabilityRule, t: TFunction, f: OfferFormatters): string[] {
  const values = {
    available: f.cents(rule.monthlyIncomeCents + rule.housingBenefitCents),
    income: f.cents(rule.monthlyIncomeCents),
    benefit: f.cents(rule.housingBenefitCents),
    required: f.cents(rule.requiredCents),
    factor: f.number(rule.factor),
  };
  return [
    t(`offers.eligibility.affordability.${rule.status === 'failed' ? 'failed' : 'passed'}`, values),
    t('offers.eligibility.affordability.detail', values),
  ];
}

function fileTexts(rule: FileRule, t: TFunction): string[] {
  if (rule.status === 'passed') return [t('offers.eligibility.file.passed')];
  return [
    ...(rule.fileValidated ? [] : [t('offers.eligibility.file.notValidated')]),
    ...(rule.applicationActive ? [] : [t('offers.eligibility.file.inactive')]),
  ];
}

function ruleTexts(rule: EligibilityRule, t: TFunction, f: OfferFormatters): string[] {
  switch (rule.rule) {
    case 'income_ceiling':
      return incomeTexts(rule, t, f);
    case 'typology':
      return typologyTexts(rule, t);
    case 'affordability':
      return affordabilityTexts(rule, t, f);
    case 'file':
      return fileTexts(rule, t);
    default: {
      const never: never = rule;
      return never;
    }
  }
}

/** The verdict rule by rule, each with its state in words and its figures in plain language. */
function RuleList({ rules }: { rules: readonly EligibilityRule[] }) {
  const { t } = useTranslation();
  const format = useOfferFormat();
  return (
    <ul className="eligibility-rules">
      {rules.map((rule) => (
        <li key={rule.rule} className="eligibility-rules__item">
          <h3 className="eligibility-rules__title">
            {t(`offers.eligibility.rule.${rule.rule}`)}{' '}
            <Badge tone={STATUS_TONE[rule.status]}>
              {t(`offers.eligibility.status.${rule.status}`)}
            </Badge>
          </h3>
          {ruleTexts(rule, t, format).map((text) => (
            <p key={text}>{text}</p>
          ))}
        </li>
      ))}
    </ul>
  );
}

/**
 * For a logged-in applicant, whether they may apply to this offer and why (or why not), rule by
 * rule: income ceiling with the figures, typology, affordability, state of the file.
 */
export function EligibilityExplanation({ eligibility }: { eligibility: OfferEligibility | null }) {
  const { t } = useTranslation();
  const format = useOfferFormat();
  if (!eligibility) return null;
  if (eligibility.status === 'no_file') {
    return (
      <Alert tone="info" title={t('offers.eligibility.noFileTitle')}>
        <p>{t('offers.eligibility.noFile')}</p>
        <ButtonLink to={SITUATION_PATH} variant="secondary">
          {t('offers.closed.situation')}
        </ButtonLink>
      </Alert>
    );
  }
  const effort =
    eligibility.effortRate === null ? null : (
      <p>{t('offers.eligibility.effortRate', { rate: format.percent(eligibility.effortRate) })}</p>
    );
  if (eligibility.eligible) {
    return (
      <Alert tone="success" title={t('offers.eligibility.eligibleTitle')}>
        <p>{t('offers.eligibility.eligible')}</p>
        {effort}
        <details className="eligibility-details">
          <summary>{t('offers.eligibility.showRules')}</summary>
          <RuleList rules={eligibility.rules} />
        </details>
      </Alert>
    );
  }
  return (
    <Alert tone="warning" title={t('offers.eligibility.notEligibleTitle')}>
      <p>{t('offers.eligibility.notEligible')}</p>
      <RuleList rules={eligibility.rules} />
      {effort}
      <p>{t('offers.eligibility.whatToDo')}</p>
    </Alert>
  );
}
