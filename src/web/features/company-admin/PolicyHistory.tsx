import { useTranslation } from 'react-i18next';
import type { HousingPolicy, PolicyVersion } from '../../api/companies';
import { Table, type TableColumn } from '../../ui';
import { useFormat } from '../file/useFormat';

const POLICY_FIELDS = [
  'validationRequired',
  'requiresStaffNumber',
  'requiresHiringDate',
  'allowedConsents',
  'minSeniorityMonths',
  'contractTypes',
  'workplaces',
  'priorityPoints',
  'employeeNote',
] as const satisfies readonly (keyof HousingPolicy)[];

/** The fields that differ between a version and the one before it. */
function changedFields(version: PolicyVersion, previous: PolicyVersion | undefined) {
  if (!previous) return null;
  return POLICY_FIELDS.filter(
    (field) => JSON.stringify(version[field]) !== JSON.stringify(previous[field]),
  );
}

/** Every version of the housing policy, newest first, with its date, author and changes. */
export function PolicyHistory({ versions }: { versions: readonly PolicyVersion[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: TableColumn<PolicyVersion>[] = [
    {
      key: 'version',
      header: t('support.policy.history.version'),
      isRowHeader: true,
      render: (version) => t('support.policy.history.versionNumber', { version: version.version }),
    },
    {
      key: 'date',
      header: t('support.policy.history.date'),
      render: (version) => (
        <time dateTime={version.changedAt}>{format.dateTime(version.changedAt)}</time>
      ),
    },
    {
      key: 'author',
      header: t('support.policy.history.author'),
      render: (version) =>
        version.author
          ? `${version.author.firstName} ${version.author.lastName}`
          : t('support.policy.history.platform'),
    },
    {
      key: 'changes',
      header: t('support.policy.history.changes'),
      render: (version) => {
        const index = versions.indexOf(version);
        const changed = changedFields(version, versions[index + 1]);
        if (changed === null) return t('support.policy.history.initial');
        if (changed.length === 0) return t('support.policy.history.noChange');
        return changed.map((field) => t(`support.policy.fieldNames.${field}`)).join(', ');
      },
    },
  ];
  return (
    <Table
      caption={t('support.policy.history.caption', { count: versions.length })}
      columns={columns}
      rows={versions}
      rowKey={(version) => String(version.version)}
      emptyText={t('support.policy.history.empty')}
    />
  );
}
