import { useTranslation } from 'react-i18next';
import { ZONED_FINANCINGS, type ZonedFinancing } from '../../api/ceilings';
import { useFormat } from '../file/useFormat';
import { CeilingTable } from './CeilingTable';
import { cellName } from './grid';

/** Operator staff who are not administrators: one year's ceilings, read-only. */
export function CeilingsView({
  year,
  stored,
  sourcesOf,
}: {
  year: number;
  stored: ReadonlyMap<string, number>;
  sourcesOf: (financing: ZonedFinancing) => string[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      {ZONED_FINANCINGS.map((financing) => (
        <CeilingTable
          key={financing}
          financing={financing}
          year={year}
          sources={sourcesOf(financing)}
          renderCell={(cell) => {
            const amount = stored.get(cellName(cell));
            return amount === undefined ? (
              <span className="muted">{t('ceilings.table.notEntered')}</span>
            ) : (
              <span className="nowrap ceiling-amount">{format.euros(amount)}</span>
            );
          }}
        />
      ))}
    </>
  );
}
