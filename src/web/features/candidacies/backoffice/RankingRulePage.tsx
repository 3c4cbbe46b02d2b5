import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PRIORITY_SITUATIONS,
  type PrioritySituation,
} from '../../../../domain/candidacies/priority';
import {
  changeRankingRule,
  fetchRankingRules,
  type RankingRuleParams,
  type RankingRuleVersion,
} from '../../../api/candidacies';
import { describeError } from '../../../forms/describeError';
import { useFormFeedback, type FieldErrors } from '../../../forms/useFormFeedback';
import { LoadingStatus } from '../../../session/guards';
import {
  Alert,
  Button,
  ErrorSummary,
  PageTitle,
  Table,
  TextAreaField,
  TextField,
} from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { RuleParamsList } from '../shared/RuleParamsList';

type NumberField =
  | `priorityPoints.${PrioritySituation}`
  | 'maxPriorityPoints'
  | 'seniority.pointsPerMonth'
  | 'seniority.maxMonths'
  | 'companyPolicy.maxPoints'
  | 'companyPolicy.weight';

const NUMBER_FIELDS: readonly NumberField[] = [
  ...PRIORITY_SITUATIONS.map((s) => `priorityPoints.${s}` as const),
  'maxPriorityPoints',
  'seniority.pointsPerMonth',
  'seniority.maxMonths',
  'companyPolicy.maxPoints',
  'companyPolicy.weight',
];
const FIELDS = [...NUMBER_FIELDS, 'comment'] as const;
const MAX: Record<NumberField, number> = Object.fromEntries(
  NUMBER_FIELDS.map((f) => [
    f,
    f === 'seniority.pointsPerMonth'
      ? 100
      : f === 'seniority.maxMonths'
        ? 600
        : f.startsWith('companyPolicy')
          ? 1000
          : 5000,
  ]),
) as Record<NumberField, number>;

type Draft = Record<NumberField, string>;

function draftOf(params: RankingRuleParams): Draft {
  const draft = {} as Draft;
  for (const s of PRIORITY_SITUATIONS)
    draft[`priorityPoints.${s}`] = String(params.priorityPoints[s]);
  draft.maxPriorityPoints =
    params.maxPriorityPoints === null ? '' : String(params.maxPriorityPoints);
  draft['seniority.pointsPerMonth'] = String(params.seniority.pointsPerMonth);
  draft['seniority.maxMonths'] = String(params.seniority.maxMonths);
  draft['companyPolicy.maxPoints'] = String(params.companyPolicy.maxPoints);
  draft['companyPolicy.weight'] = String(params.companyPolicy.weight);
  return draft;
}

function toNumber(text: string): number | null {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
}

function RuleEditor({ current }: { current: RankingRuleVersion }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(current.params));
  const [comment, setComment] = useState('');
  const [saved, setSaved] = useState(false);
  const form = useFormFeedback('ranking-rule', FIELDS);
  const save = useMutation({
    mutationFn: changeRankingRule,
    onSuccess: () => {
      setSaved(true);
      setComment('');
      form.clear();
      void queryClient.invalidateQueries({ queryKey: ['candidacies', 'backoffice', 'rules'] });
    },
    onError: (error) => form.showApiError(error),
  });

  const label = (field: NumberField): string => {
    if (field.startsWith('priorityPoints.')) {
      const situation = field.slice('priorityPoints.'.length) as PrioritySituation;
      return t('candidacies.rule.pointsFor', {
        situation: t(`candidacies.prioritySituations.${situation}`),
      });
    }
    return t(
      `candidacies.rule.fields.${field as Exclude<NumberField, `priorityPoints.${string}`>}`,
    );
  };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const errors: FieldErrors = {};
    for (const field of NUMBER_FIELDS) {
      const value = toNumber(draft[field]);
      if (field === 'maxPriorityPoints' && draft[field].trim() === '') continue;
      if (value === null || value > MAX[field]) {
        errors[field] = t('candidacies.rule.numberInvalid', { max: MAX[field] });
      }
    }
    if (comment.trim().length < 3) errors.comment = t('candidacies.rule.commentRequired');
    if (!form.checkFields(errors)) return;
    const n = (field: NumberField) => toNumber(draft[field]) ?? 0;
    const params: RankingRuleParams = {
      priorityPoints: Object.fromEntries(
        PRIORITY_SITUATIONS.map((s) => [s, n(`priorityPoints.${s}`)]),
      ) as Record<PrioritySituation, number>,
      maxPriorityPoints: draft.maxPriorityPoints.trim() === '' ? null : n('maxPriorityPoints'),
      seniority: {
        pointsPerMonth: n('seniority.pointsPerMonth'),
        maxMonths: n('seniority.maxMonths'),
      },
      companyPolicy: { maxPoints: n('companyPolicy.maxPoints'), weight: n('companyPolicy.weight') },
    };
    save.mutate({ expectedVersion: current.version, params, comment: comment.trim() });
  }

  return (
    <section className="section" aria-labelledby="rule-editor">
      <h2 id="rule-editor">{t('candidacies.rule.editTitle')}</h2>
      <p>{t('candidacies.rule.editText', { version: current.version })}</p>
      {saved && (
        <Alert tone="success" isLive shouldFocus>
          <p>{t('candidacies.rule.saved')}</p>
        </Alert>
      )}
      <ErrorSummary feedback={form.feedback} />
      <form noValidate onSubmit={handleSubmit}>
        <fieldset className="fieldset">
          <legend className="field__label">{t('candidacies.rule.priorityLegend')}</legend>
          {NUMBER_FIELDS.filter((f) => f.startsWith('priorityPoints.')).map((field) => (
            <TextField
              key={field}
              id={form.fieldId(field)}
              name={field}
              label={label(field)}
              inputMode="numeric"
              className="field--short"
              isRequired
              value={draft[field]}
              error={form.fieldErrors[field]}
              onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
            />
          ))}
        </fieldset>
        {NUMBER_FIELDS.filter((f) => !f.startsWith('priorityPoints.')).map((field) => (
          <TextField
            key={field}
            id={form.fieldId(field)}
            name={field}
            label={label(field)}
            hint={field === 'maxPriorityPoints' ? t('candidacies.rule.noCapHint') : undefined}
            inputMode="numeric"
            className="field--short"
            isRequired={field !== 'maxPriorityPoints'}
            value={draft[field]}
            error={form.fieldErrors[field]}
            onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
          />
        ))}
        <TextAreaField
          id={form.fieldId('comment')}
          name="comment"
          label={t('candidacies.rule.comment')}
          hint={t('candidacies.rule.commentHint')}
          isRequired
          maxLength={1000}
          value={comment}
          error={form.fieldErrors.comment}
          onChange={(event) => setComment(event.target.value)}
        />
        <Button type="submit" isBusy={save.isPending}>
          {t('candidacies.rule.save')}
        </Button>
      </form>
    </section>
  );
}

/** Back office (administrators): the ranking rule in force, a form for a new version, the history. */
export function RankingRulePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery({
    queryKey: ['candidacies', 'backoffice', 'rules'],
    queryFn: fetchRankingRules,
  });
  const current = query.data?.rules[0] ?? null;
  return (
    <>
      <PageTitle title={t('candidacies.rule.title')} />
      <p className="lead">{t('candidacies.rule.lead')}</p>
      {query.isPending && <LoadingStatus />}
      {query.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(query.error, t)}</p>
        </Alert>
      )}
      {query.data && current && (
        <>
          <section className="section card" aria-labelledby="rule-current">
            <h2 id="rule-current">
              {t('candidacies.rule.currentTitle', { version: current.version })}
            </h2>
            <RuleParamsList params={current.params} />
          </section>
          <RuleEditor key={current.version} current={current} />
          <section className="section" aria-labelledby="rule-history">
            <h2 id="rule-history">{t('candidacies.rule.historyTitle')}</h2>
            <Table
              caption={t('candidacies.rule.historyCaption')}
              rows={query.data.rules}
              rowKey={(rule) => String(rule.version)}
              emptyText={t('candidacies.rule.historyEmpty')}
              columns={[
                {
                  key: 'version',
                  header: t('candidacies.rule.version'),
                  isRowHeader: true,
                  render: (rule) => rule.version,
                },
                {
                  key: 'date',
                  header: t('candidacies.rule.date'),
                  render: (rule) => format.dateTime(rule.createdAt),
                },
                {
                  key: 'author',
                  header: t('candidacies.rule.author'),
                  render: (rule) =>
                    rule.authorName
                      ? `${rule.authorFirstName ?? ''} ${rule.authorName}`.trim()
                      : t('candidacies.rule.system'),
                },
                {
                  key: 'comment',
                  header: t('candidacies.rule.comment'),
                  render: (rule) => rule.comment,
                },
                {
                  key: 'params',
                  header: t('candidacies.rule.summary'),
                  render: (rule) =>
                    t('candidacies.rule.summaryValue', {
                      seniority: rule.params.seniority.pointsPerMonth,
                      weight: rule.params.companyPolicy.weight,
                      cap: rule.params.maxPriorityPoints ?? '—',
                    }),
                },
              ]}
            />
          </section>
        </>
      )}
    </>
  );
}
