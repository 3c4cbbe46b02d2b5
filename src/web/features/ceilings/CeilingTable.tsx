import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CEILING_CATEGORIES,
  CEILING_ZONES,
  type CeilingCategory,
  type ZonedFinancing,
} from '../../api/ceilings';
import { Table, type TableColumn } from '../../ui';
import type { CeilingCell } from './grid';

/**
 * One financing type's ceilings of a year, as in the official tables: a row per household
 * category (the per-person amount last), a column per zone. `renderCell` shows or edits a cell.
 */
export function CeilingTable({
  financing,
  year,
  sources,
  renderCell,
}: {
  financing: ZonedFinancing;
  year: number;
  sources: readonly string[];
  renderCell: (cell: CeilingCell) => ReactNode;
}) {
  const { t } = useTranslation();
  const columns: TableColumn<CeilingCategory>[] = [
    {
      key: 'category',
      header: t('ceilings.table.categoryHeader'),
      isRowHeader: true,
      render: (category) =>
        category === 0 ? t('ceilings.table.perPerson') : t('ceilings.table.category', { category }),
    },
    ...CEILING_ZONES.map((zone) => ({
      key: `zone-${zone}`,
      header: t('ceilings.table.zoneHeader', { zone }),
      render: (category: CeilingCategory) => renderCell({ financing, zone, category }),
    })),
  ];
  return (
    <div className="ceiling-table">
      <Table
        caption={t('ceilings.table.caption', {
          financing: t(`ceilings.financing.${financing}`),
          year,
        })}
        columns={columns}
        rows={CEILING_CATEGORIES}
        rowKey={String}
        emptyText={t('ceilings.table.notEntered')}
      />
      {sources.length > 0 && (
        <p className="ceiling-table__sources">
          {t('ceilings.table.sources', { sources: sources.join(' / ') })}
        </p>
      )}
    </div>
  );
}
