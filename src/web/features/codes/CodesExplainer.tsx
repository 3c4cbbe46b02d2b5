import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import '../help-centre/support.css';
import { Heading, type HeadingLevel } from './Heading';
import { RECOVER_CODE_PATH } from './paths';

/** The three codes users confuse (seeds 000 and 001), in the order they are explained. */
const CODE_KINDS = ['companyCode', 'personalCode', 'accessCode'] as const;

/** Where to find each code, in the order to look (seed 001: the personal space first). */
const WHERE = {
  companyCode: ['support.codes.companyCode.where1', 'support.codes.companyCode.where2'],
  personalCode: [
    'support.codes.personalCode.where1',
    'support.codes.personalCode.where2',
    'support.codes.personalCode.where3',
  ],
  accessCode: ['support.codes.accessCode.where1', 'support.codes.accessCode.where2'],
} as const;

/** Props of the codes explained side by side. */
export interface CodesExplainerProps {
  /** Level of the block's heading (the codes' own headings are one level below). */
  headingLevel?: HeadingLevel;
  /** The applicant's own personal code, shown in its card when known. */
  personalCode?: string | null;
  /** Show the "lost code" link to the recovery form (default: yes). */
  showRecoveryLink?: boolean;
  /** Id of the heading when in-page links point at it (e.g. "codes" for /centre-aide#codes). */
  anchorId?: string;
}

/**
 * The company code, the personal code and the personal access code side by side: what each is
 * for, what it looks like and where to find it. Mount it wherever one of them is asked.
 */
export function CodesExplainer({
  headingLevel = 2,
  personalCode = null,
  showRecoveryLink = true,
  anchorId,
}: CodesExplainerProps) {
  const { t } = useTranslation();
  const generatedId = useId();
  const titleId = anchorId ?? generatedId;
  const itemLevel = (headingLevel + 1) as HeadingLevel | 5;
  return (
    <section className="section" aria-labelledby={titleId}>
      <Heading level={headingLevel} id={titleId} isFocusTarget={anchorId !== undefined}>
        {t('support.codes.title')}
      </Heading>
      <p>{t('support.codes.intro')}</p>
      <div className="support-grid">
        {CODE_KINDS.map((kind) => (
          <div key={kind} className="card">
            <Heading level={itemLevel}>{t(`support.codes.${kind}.title`)}</Heading>
            <p>{t(`support.codes.${kind}.what`)}</p>
            <p>
              <strong>{t('support.codes.formatLabel')}</strong> {t(`support.codes.${kind}.format`)}
            </p>
            <p>
              <strong>{t('support.codes.whereLabel')}</strong>
            </p>
            <ul className="bullets">
              {WHERE[kind].map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
            {kind === 'personalCode' && personalCode && (
              <p>
                {t('support.codes.yourPersonalCode')}{' '}
                <span className="code-value">{personalCode}</span>
              </p>
            )}
          </div>
        ))}
      </div>
      <p>{t('support.codes.never')}</p>
      {showRecoveryLink && (
        <p>
          <Link to={RECOVER_CODE_PATH}>{t('support.codes.lostLink')}</Link>
        </p>
      )}
    </section>
  );
}
