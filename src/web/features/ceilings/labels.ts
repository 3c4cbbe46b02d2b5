import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CeilingKey } from '../../api/ceilings';
import { cellOfField, type CeilingCell, type CellProblem } from './grid';

/** Texts naming a cell of the ceilings grid and what is wrong with it. */
export interface CeilingLabels {
  /** "Plafond PLUS, zone 2, catégorie 3": the accessible name of a cell's input. */
  cellLabel: (cell: CeilingCell) => string;
  /** "PLUS, zone 2, catégorie 3": a ceiling in the history. */
  ceilingName: (key: Omit<CeilingKey, 'year'>) => string;
  /** The message of a problem on a form field (a cell), naming the cell. */
  problemText: (field: string, problem: CellProblem) => string;
}

/** Labels of the ceilings grid in the interface language. */
export function useCeilingLabels(): CeilingLabels {
  const { t } = useTranslation();
  return useMemo(() => {
    const cellLabel = ({ financing, zone, category }: CeilingCell) =>
      category === 0
        ? t('ceilings.cell.labelPerPerson', { financing, zone })
        : t('ceilings.cell.label', { financing, zone, category });
    return {
      cellLabel,
      ceilingName: ({ financing, zone, category }) =>
        category === 0
          ? t('ceilings.history.ceilingNamePerPerson', { financing, zone })
          : t('ceilings.history.ceilingName', { financing, zone, category }),
      problemText: (field, problem) => {
        const cell = cellOfField(field);
        return t(`ceilings.errors.${problem}`, { label: cell ? cellLabel(cell) : field });
      },
    };
  }, [t]);
}
