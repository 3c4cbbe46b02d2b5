import { useTranslation } from 'react-i18next';
import { Button, TextField } from '../../ui';

/** Props of the list of establishment SIRETs. */
export interface SiretListFieldsProps {
  fieldId: (name: string) => string;
  sirets: readonly string[];
  errors: Partial<Record<string, string>>;
  onChange: (sirets: string[]) => void;
}

/** One SIRET field per establishment (`sirets.0`, `sirets.1`...), with add and remove buttons. */
export function SiretListFields({ fieldId, sirets, errors, onChange }: SiretListFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="group-box">
      <legend>{t('support.companies.fields.sirets')}</legend>
      <p className="field__hint">{t('support.companies.fields.siretsHint')}</p>
      {sirets.map((siret, index) => {
        const name = `sirets.${index}`;
        const label = t('support.companies.fields.siret', { number: index + 1 });
        return (
          <div key={name}>
            <TextField
              id={fieldId(name)}
              name={name}
              label={label}
              inputMode="numeric"
              autoComplete="off"
              isRequired
              className="field--medium"
              value={siret}
              error={errors[name]}
              onChange={(event) =>
                onChange(sirets.map((value, i) => (i === index ? event.target.value : value)))
              }
            />
            {sirets.length > 1 && (
              <Button
                variant="tertiary"
                onClick={() => onChange(sirets.filter((_, i) => i !== index))}
              >
                {t('support.companies.fields.removeSiret', { label })}
              </Button>
            )}
          </div>
        );
      })}
      <Button variant="secondary" onClick={() => onChange([...sirets, ''])}>
        {t('support.companies.fields.addSiret')}
      </Button>
    </fieldset>
  );
}

/** Client-side problems of the SIRETs: present, valid, and of the SIREN. */
export function siretProblems(
  sirets: readonly string[],
  siren: string,
  isValidSiret: (siret: string) => boolean,
  texts: { required: string; invalid: string; otherSiren: string },
): Record<string, string | undefined> {
  const problems: Record<string, string | undefined> = {};
  const sirenDigits = siren.replace(/\s/g, '');
  sirets.forEach((raw, index) => {
    const siret = raw.replace(/\s/g, '');
    problems[`sirets.${index}`] =
      siret === ''
        ? texts.required
        : !isValidSiret(siret)
          ? texts.invalid
          : sirenDigits.length === 9 && !siret.startsWith(sirenDigits)
            ? texts.otherSiren
            : undefined;
  });
  return problems;
}
