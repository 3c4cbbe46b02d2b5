import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../ui';
import { Heading, type HeadingLevel } from '../codes/Heading';
import { FRAUD_REPORT_PATH } from './paths';

/**
 * "Attention aux fraudes": every service is free, any request for money is a fraud, with the link
 * to the report form. Mount it on the home page and on the offer pages.
 */
export function FraudWarning({
  headingLevel = 2,
  showReportLink = true,
}: {
  headingLevel?: HeadingLevel;
  showReportLink?: boolean;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="section" aria-labelledby={titleId}>
      <Alert tone="warning">
        <Heading level={headingLevel} id={titleId} className="alert__title">
          {t('support.fraud.warningTitle')}
        </Heading>
        <p>{t('support.fraud.warning')}</p>
        {showReportLink && (
          <p>
            <Link to={FRAUD_REPORT_PATH}>{t('support.fraud.reportLink')}</Link>
          </p>
        )}
      </Alert>
    </section>
  );
}
