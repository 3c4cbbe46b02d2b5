import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecoveryRequest } from '../../api/codes';
import { SummaryList } from '../../ui';
import { useFormat } from '../file/useFormat';
import { backofficeThreadPath } from '../messages/paths';

/** How a handled lost-code request was closed, and the link to its message thread. */
export function RecoveryHandled({ request }: { request: RecoveryRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="section" aria-labelledby="recovery-handled-title">
      <h2 id="recovery-handled-title">{t('support.recoveryRequest.handledTitle')}</h2>
      <SummaryList
        items={[
          {
            label: t('support.recoveryRequest.fields.handledAt'),
            value: request.handledAt ? format.dateTime(request.handledAt) : '—',
          },
          {
            label: t('support.recoveryRequest.fields.handlingNote'),
            value: request.handlingNote ?? t('support.common.notGiven'),
          },
        ]}
      />
      {request.threadId && (
        <p>
          <Link to={backofficeThreadPath(request.threadId)}>
            {t('support.recoveryRequest.openThread')}
          </Link>
        </p>
      )}
    </section>
  );
}
