import { useMutation, useQuery } from '@tanstack/react-query';
import type { ParseKeys } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createStaffUser, listCompanies, listLandlords } from '../../api/admin';
import type { Civility, CreateStaffUserRequest, StaffRole } from '../../api/types';
import { useFormFeedback, type CodeToField } from '../../forms/useFormFeedback';
import { Button, Checkbox, ErrorSummary, RadioGroup, SelectField, TextField } from '../../ui';
import { isStaffRole, STAFF_ROLES } from './staffRoles';

const FIELDS = [
  'role',
  'civility',
  'firstName',
  'lastName',
  'email',
  'companyId',
  'landlordId',
  'isAdmin',
] as const;
const CODE_TO_FIELD: CodeToField = { 'account.email_taken': 'email' };

interface StaffUserValues {
  role: StaffRole | '';
  civility: Civility | null;
  firstName: string;
  lastName: string;
  email: string;
  companyId: string;
  landlordId: string;
  isAdmin: boolean;
}

const EMPTY: StaffUserValues = {
  role: '',
  civility: null,
  firstName: '',
  lastName: '',
  email: '',
  companyId: '',
  landlordId: '',
  isAdmin: false,
};

/** Form to invite a staff user (employer, operator or landlord account). */
export function StaffUserForm({ onCreated }: { onCreated: (email: string) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<StaffUserValues>(EMPTY);
  const form = useFormFeedback('staff-user', FIELDS, CODE_TO_FIELD);
  const companies = useQuery({
    queryKey: ['admin', 'companies'],
    queryFn: listCompanies,
    enabled: values.role === 'employer',
  });
  const landlords = useQuery({
    queryKey: ['admin', 'landlords'],
    queryFn: listLandlords,
    enabled: values.role === 'landlord',
  });
  const mutation = useMutation({
    mutationFn: createStaffUser,
    onSuccess: (_result, request) => onCreated(request.email),
    onError: (error) => form.showApiError(error),
  });

  const update = <K extends keyof StaffUserValues>(name: K, value: StaffUserValues[K]) =>
    setValues((previous) => ({ ...previous, [name]: value }));
  const required = (value: string, key: ParseKeys) => (value.trim() === '' ? t(key) : undefined);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { role, civility } = values;
    const isValid = form.checkFields({
      role: role === '' ? t('staffUsers.errors.role') : undefined,
      civility: civility === null ? t('staffUsers.errors.civility') : undefined,
      firstName: required(values.firstName, 'staffUsers.errors.firstName'),
      lastName: required(values.lastName, 'staffUsers.errors.lastName'),
      email: required(values.email, 'staffUsers.errors.email'),
      companyId:
        role === 'employer' ? required(values.companyId, 'staffUsers.errors.company') : undefined,
      landlordId:
        role === 'landlord' ? required(values.landlordId, 'staffUsers.errors.landlord') : undefined,
    });
    if (!isValid || role === '' || civility === null) return;
    const body: CreateStaffUserRequest = {
      role,
      civility,
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      email: values.email.trim(),
      isAdmin: values.isAdmin,
      ...(role === 'employer' ? { companyId: values.companyId } : {}),
      ...(role === 'landlord' ? { landlordId: values.landlordId } : {}),
    };
    mutation.mutate(body);
  }

  const text = (name: 'firstName' | 'lastName' | 'email', autoComplete: string, type = 'text') => (
    <TextField
      id={form.fieldId(name)}
      name={name}
      type={type}
      label={t(`staffUsers.fields.${name}`)}
      autoComplete={autoComplete}
      isRequired
      value={values[name]}
      error={form.fieldErrors[name]}
      onChange={(event) => update(name, event.target.value)}
    />
  );

  return (
    <>
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <p>{t('form.requiredNotice')}</p>
        <SelectField
          id={form.fieldId('role')}
          name="role"
          label={t('staffUsers.fields.role')}
          placeholder={t('staffUsers.fields.rolePlaceholder')}
          options={STAFF_ROLES.map((role) => ({
            value: role,
            label: t(`staffUsers.roleOptions.${role}`),
          }))}
          isRequired
          value={values.role}
          error={form.fieldErrors.role}
          onChange={(event) =>
            update('role', isStaffRole(event.target.value) ? event.target.value : '')
          }
        />
        <RadioGroup<Civility>
          id={form.fieldId('civility')}
          name="staff-civility"
          legend={t('staffUsers.fields.civility')}
          options={[
            { value: 'mme', label: t('civility.mme') },
            { value: 'm', label: t('civility.m') },
          ]}
          value={values.civility}
          error={form.fieldErrors.civility}
          onChange={(civility) => update('civility', civility)}
          isRequired
          isInline
        />
        {text('firstName', 'off')}
        {text('lastName', 'off')}
        {text('email', 'off', 'email')}
        {values.role === 'employer' && (
          <SelectField
            id={form.fieldId('companyId')}
            name="companyId"
            label={t('staffUsers.fields.company')}
            placeholder={companies.isPending ? t('common.loading') : t('staffUsers.fields.choose')}
            options={(companies.data?.companies ?? []).map((company) => ({
              value: company.id,
              label: company.name,
            }))}
            isRequired
            value={values.companyId}
            error={
              form.fieldErrors.companyId ??
              (companies.isError ? t('staffUsers.errors.listUnavailable') : undefined)
            }
            onChange={(event) => update('companyId', event.target.value)}
          />
        )}
        {values.role === 'landlord' && (
          <SelectField
            id={form.fieldId('landlordId')}
            name="landlordId"
            label={t('staffUsers.fields.landlord')}
            placeholder={landlords.isPending ? t('common.loading') : t('staffUsers.fields.choose')}
            options={(landlords.data?.landlords ?? []).map((landlord) => ({
              value: landlord.id,
              label: landlord.name,
            }))}
            isRequired
            value={values.landlordId}
            error={
              form.fieldErrors.landlordId ??
              (landlords.isError ? t('staffUsers.errors.listUnavailable') : undefined)
            }
            onChange={(event) => update('landlordId', event.target.value)}
          />
        )}
        <Checkbox
          id={form.fieldId('isAdmin')}
          name="isAdmin"
          label={t('staffUsers.fields.isAdmin')}
          hint={t('staffUsers.fields.isAdminHint')}
          checked={values.isAdmin}
          error={form.fieldErrors.isAdmin}
          onChange={(event) => update('isAdmin', event.target.checked)}
        />
        <Button type="submit" isBusy={mutation.isPending}>
          {t('staffUsers.submit')}
        </Button>
      </form>
    </>
  );
}
