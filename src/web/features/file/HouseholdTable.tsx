import { useTranslation } from 'react-i18next';
import type { HouseholdMember } from '../../api/file-types';
import { Table, type TableColumn } from '../../ui';
import { useFormat } from './useFormat';

/** The other members of the household: relationship, birth date, dependant, disability. */
export function HouseholdTable({ members }: { members: readonly HouseholdMember[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const columns: TableColumn<HouseholdMember>[] = [
    {
      key: 'name',
      header: t('applicantFile.file.details.fields.member'),
      isRowHeader: true,
      render: (member) => `${member.firstName} ${member.lastName}`,
    },
    {
      key: 'relationship',
      header: t('applicantFile.file.details.fields.relationship'),
      render: (member) => t(`applicantFile.file.cerfa.relationship.${member.relationship}`),
    },
    {
      key: 'birthDate',
      header: t('applicantFile.file.details.fields.birthDate'),
      render: (member) => format.day(member.birthDate),
    },
    {
      key: 'dependant',
      header: t('applicantFile.file.details.fields.isDependant'),
      render: (member) => yesNo(member.isDependant),
    },
    {
      key: 'disability',
      header: t('applicantFile.file.details.fields.hasDisability'),
      render: (member) => yesNo(member.hasDisability),
    },
  ];
  return (
    <Table
      caption={t('applicantFile.file.details.householdCaption', { count: members.length })}
      columns={columns}
      rows={members}
      rowKey={(member) => `${member.firstName}-${member.lastName}-${member.birthDate}`}
      emptyText={t('applicantFile.file.details.householdEmpty')}
    />
  );
}
