import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import '../help-centre/support.css';
import { CertificateDownload } from './CertificateDownload';
import { Heading, type HeadingLevel } from './Heading';
import { RECOVER_CODE_PATH } from './paths';

/** Props of the personal-code panel of "Ma situation". */
export interface PersonalCodePanelProps {
  personalCode: string;
  headingLevel?: HeadingLevel;
}

/**
 * The applicant's personal code, what it is (and is not: the company code), and the certificate
 * that carries it: the first place of the recovery path (seed 001).
 */
export function PersonalCodePanel({ personalCode, headingLevel = 2 }: PersonalCodePanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="section card" aria-labelledby={titleId}>
      <Heading level={headingLevel} id={titleId}>
        {t('support.personalCode.title')}
      </Heading>
      <p>
        {t('support.personalCode.label')}{' '}
        <span className="code-value code-box">{personalCode}</span>
      </p>
      <p>{t('support.personalCode.what')}</p>
      <p>{t('support.personalCode.keep')}</p>
      <CertificateDownload />
      <ul className="bullets">
        <li>
          <Link to="/centre-aide#codes">{t('support.personalCode.whichCode')}</Link>
        </li>
        <li>
          <Link to={RECOVER_CODE_PATH}>{t('support.personalCode.lost')}</Link>
        </li>
      </ul>
    </section>
  );
}
