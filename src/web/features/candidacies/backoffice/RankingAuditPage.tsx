import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  fetchRankingAudit,
  replayRanking,
  type RankedEntry,
  type RankingAudit,
} from '../../../api/candidacies';
import { describeError } from '../../../forms/describeError';
import { LoadingStatus } from '../../../session/guards';
import { Alert, Badge, Button, PageTitle, SummaryList, Table } from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { offerName } from '../shared/labels';
import { RuleParamsList } from '../shared/RuleParamsList';
import { useReasonText } from '../shared/ScoreReasons';
import { backofficeShortlistPath } from '../paths';

function Identical({ value }: { value: boolean }) {
  const { t } = useTranslation();
  return value ? (
    <Badge tone="success">{t('candidacies.audit.identical')}</Badge>
  ) : (
    <Badge tone="error">{t('candidacies.audit.different')}</Badge>
  );
}

function Digest({ value }: { value: string }) {
  return (
    <span className="code-value" style={{ overflowWrap: 'anywhere' }}>
      {value}
    </span>
  );
}

/** The stored inputs of one line, in words. */
function InputsText({ entry }: { entry: RankedEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { prioritySituations, filedAt, companyPolicy } = entry.inputs;
  return (
    <>
      <span className="table__detail">
        {t('candidacies.audit.inputSituations', {
          list:
            prioritySituations.length > 0
              ? prioritySituations.map((s) => t(`candidacies.prioritySituations.${s}`)).join(', ')
              : t('candidacies.audit.noneInput'),
        })}
      </span>
      <span className="table__detail">
        {t('candidacies.audit.inputFiledAt', { date: format.day(filedAt) })}
      </span>
      <span className="table__detail">
        {companyPolicy
          ? t('candidacies.audit.inputPolicy', {
              points: companyPolicy.points,
              version: companyPolicy.policyVersion,
            })
          : t('candidacies.audit.inputNoPolicy')}
      </span>
    </>
  );
}

function AuditView({ offerId, audit }: { offerId: string; audit: RankingAudit }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonText = useReasonText();
  const replay = useMutation({ mutationFn: () => replayRanking(offerId) });
  const { snapshot } = audit;
  return (
    <>
      <section className="section card" aria-labelledby="audit-seal">
        <h2 id="audit-seal">{t('candidacies.audit.sealTitle')}</h2>
        <SummaryList
          items={[
            { label: t('candidacies.audit.ruleVersion'), value: snapshot.ruleVersion },
            {
              label: t('candidacies.audit.referenceDate'),
              value: format.day(snapshot.referenceDate),
            },
            { label: t('candidacies.audit.frozenAt'), value: format.dateTime(snapshot.createdAt) },
            { label: t('candidacies.audit.digest'), value: <Digest value={snapshot.digest} /> },
          ]}
        />
      </section>
      <section className="section" aria-labelledby="audit-replay">
        <h2 id="audit-replay">{t('candidacies.audit.replayTitle')}</h2>
        <p>{t('candidacies.audit.replayText')}</p>
        <Button variant="secondary" isBusy={replay.isPending} onClick={() => replay.mutate()}>
          {t('candidacies.audit.replayAgain')}
        </Button>
        {replay.isError && (
          <Alert tone="error" isLive>
            <p>{describeError(replay.error, t)}</p>
          </Alert>
        )}
        {replay.data && (
          <Alert
            tone={replay.data.identical && replay.data.identicalFromSources ? 'success' : 'error'}
            isLive
            title={
              replay.data.identical && replay.data.identicalFromSources
                ? t('candidacies.audit.replayIdentical')
                : t('candidacies.audit.replayDifferent')
            }
          >
            <SummaryList
              items={[
                {
                  label: t('candidacies.audit.replayDigest'),
                  value: <Digest value={replay.data.replayedDigest} />,
                },
                {
                  label: t('candidacies.audit.identicalToSnapshot'),
                  value: <Identical value={replay.data.identical} />,
                },
                {
                  label: t('candidacies.audit.identicalFromSources'),
                  value: <Identical value={replay.data.identicalFromSources} />,
                },
              ]}
            />
          </Alert>
        )}
      </section>
      <section className="section" aria-labelledby="audit-rule">
        <h2 id="audit-rule">
          {t('candidacies.audit.ruleTitle', { version: snapshot.ruleVersion })}
        </h2>
        <RuleParamsList params={snapshot.ruleParams} />
      </section>
      <section className="section" aria-labelledby="audit-entries">
        <h2 id="audit-entries">{t('candidacies.audit.entriesTitle')}</h2>
        <Table
          caption={t('candidacies.audit.entriesCaption', { count: snapshot.entries.length })}
          rows={snapshot.entries}
          rowKey={(entry) => entry.candidacyId}
          emptyText={t('candidacies.audit.entriesEmpty')}
          columns={[
            {
              key: 'rank',
              header: t('candidacies.review.rank'),
              isRowHeader: true,
              render: (entry) => entry.rank,
            },
            {
              key: 'candidacy',
              header: t('candidacies.audit.candidacy'),
              render: (entry) => (
                <span className="code-value">{entry.candidacyId.slice(0, 8)}</span>
              ),
            },
            {
              key: 'score',
              header: t('candidacies.review.score'),
              render: (entry) => (
                <>
                  {entry.score.total}
                  {entry.score.reasons.map((reason, index) => (
                    <span key={index} className="table__detail">
                      {reasonText(reason)}
                    </span>
                  ))}
                </>
              ),
            },
            {
              key: 'inputs',
              header: t('candidacies.audit.inputs'),
              render: (entry) => <InputsText entry={entry} />,
            },
            {
              key: 'applied',
              header: t('candidacies.audit.appliedAt'),
              render: (entry) => (
                <>
                  {format.dateTime(entry.appliedAt)}
                  <span className="table__detail">
                    {t('candidacies.audit.sequence', { sequence: entry.sequence })}
                  </span>
                </>
              ),
            },
          ]}
        />
      </section>
    </>
  );
}

/** Back office: the ranking frozen at closing, its inputs, rule version, seal and replay. */
export function RankingAuditPage() {
  const { t } = useTranslation();
  const { offerId = '' } = useParams();
  const audit = useQuery({
    queryKey: ['candidacies', 'backoffice', 'audit', offerId],
    queryFn: () => fetchRankingAudit(offerId),
  });
  const title = audit.data
    ? t('candidacies.audit.title', { offer: offerName(audit.data.round.offer, t) })
    : t('candidacies.audit.titleLoading');
  return (
    <>
      <p>
        <Link to={backofficeShortlistPath(offerId)}>{t('candidacies.audit.back')}</Link>
      </p>
      <PageTitle title={title} />
      <p className="lead">{t('candidacies.audit.lead')}</p>
      {audit.isPending && <LoadingStatus />}
      {audit.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(audit.error, t)}</p>
        </Alert>
      )}
      {audit.data && <AuditView offerId={offerId} audit={audit.data} />}
    </>
  );
}
