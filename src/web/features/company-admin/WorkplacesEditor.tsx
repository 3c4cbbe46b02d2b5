import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  listDepartments,
  searchCommunes,
  type CommuneHit,
  type WorkplaceRule,
} from '../../api/companies';
import { describeError } from '../../forms/describeError';
import { Button, SelectField, TextField } from '../../ui';
import { classNames } from '../../ui/classNames';
import { FieldError } from '../../ui/FieldError';
import { useWorkplaceLabel } from './PolicySummary';

function sameRule(a: WorkplaceRule, b: WorkplaceRule): boolean {
  return a.kind === 'commune' && b.kind === 'commune'
    ? a.inseeCode === b.inseeCode
    : a.kind === 'department' && b.kind === 'department' && a.code === b.code;
}

/** Props of the workplaces criterion. */
export interface WorkplacesEditorProps {
  id: string;
  rules: readonly WorkplaceRule[];
  errors: Partial<Record<string, string>>;
  onChange: (rules: WorkplaceRule[]) => void;
}

/**
 * The workplaces the company accepts (empty: anywhere): communes found by name, postcode or INSEE
 * code, and whole departments, each removable.
 */
export function WorkplacesEditor({ id, rules, errors, onChange }: WorkplacesEditorProps) {
  const { t } = useTranslation();
  const label = useWorkplaceLabel();
  const [text, setText] = useState('');
  const [department, setDepartment] = useState('');
  const departments = useQuery({
    queryKey: ['territory', 'departments'],
    queryFn: listDepartments,
    staleTime: Infinity,
  });
  const search = useMutation({ mutationFn: (q: string) => searchCommunes(q) });
  const error = errors.workplaces;

  function add(rule: WorkplaceRule) {
    if (!rules.some((existing) => sameRule(existing, rule))) onChange([...rules, rule]);
  }

  function addCommune(hit: CommuneHit) {
    add({ kind: 'commune', inseeCode: hit.inseeCode, name: hit.name });
  }

  return (
    <fieldset
      className={classNames('group-box', error && 'field--error')}
      aria-describedby={`${id}-hint`}
    >
      <legend>{t('support.policy.workplaces')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('support.policy.workplacesHint')}
      </p>
      {error && <FieldError id={`${id}-error`} message={error} />}
      <p id={id} tabIndex={-1} className="field__label">
        {t('support.policy.workplacesChosen', { count: rules.length })}
      </p>
      {rules.length === 0 ? (
        <p>{t('support.policy.anyWorkplace')}</p>
      ) : (
        <ul className="bullets">
          {rules.map((rule, index) => (
            <li key={rule.kind === 'commune' ? `c${rule.inseeCode}` : `d${rule.code}`}>
              {label(rule)}
              {errors[`workplaces.${index}`] && (
                <FieldError
                  id={`${id}-${index}-error`}
                  message={errors[`workplaces.${index}`] ?? ''}
                />
              )}{' '}
              <Button
                variant="tertiary"
                onClick={() => onChange(rules.filter((_, i) => i !== index))}
              >
                {t('support.policy.removeWorkplace', { name: label(rule) })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="search-form">
        <TextField
          id={`${id}-commune`}
          name="commune"
          type="search"
          label={t('support.policy.communeSearch')}
          hint={t('support.policy.communeSearchHint')}
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              if (text.trim()) search.mutate(text.trim());
            }
          }}
        />
        <Button
          variant="secondary"
          isBusy={search.isPending}
          onClick={() => text.trim() && search.mutate(text.trim())}
        >
          {t('support.common.search')}
        </Button>
      </div>
      <div aria-live="polite">
        {search.isError && <p>{describeError(search.error, t)}</p>}
        {search.data && (
          <>
            <p>{t('support.policy.communeResults', { count: search.data.communes.length })}</p>
            <ul className="bullets">
              {search.data.communes.map((hit) => (
                <li key={hit.inseeCode}>
                  <Button variant="tertiary" onClick={() => addCommune(hit)}>
                    {t('support.policy.addCommune', {
                      name: hit.name,
                      postcode: hit.postcodes[0] ?? hit.departmentCode,
                      code: hit.inseeCode,
                    })}
                  </Button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="search-form">
        <SelectField
          id={`${id}-department`}
          name="department"
          label={t('support.policy.departmentChoice')}
          placeholder={
            departments.isPending
              ? t('support.common.loading')
              : t('support.companies.fields.choose')
          }
          options={(departments.data?.departments ?? []).map((item) => ({
            value: item.code,
            label: `${item.code} — ${item.name}`,
          }))}
          value={department}
          onChange={(event) => setDepartment(event.target.value)}
        />
        <Button
          variant="secondary"
          onClick={() => {
            if (department) add({ kind: 'department', code: department });
          }}
        >
          {t('support.policy.addDepartment')}
        </Button>
      </div>
    </fieldset>
  );
}
