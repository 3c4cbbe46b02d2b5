import type { ReactNode } from 'react';
import { useId } from 'react';

/** A column of a data table; the column flagged `isRowHeader` is rendered as th scope="row". */
export interface TableColumn<Row> {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  isRowHeader?: boolean;
}

/** Props of a data table. */
export interface TableProps<Row> {
  caption: ReactNode;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown in a single cell when there are no rows. */
  emptyText: string;
}

/**
 * A captioned table with column and row headers. It scrolls sideways inside its own focusable
 * region on narrow screens instead of widening the page.
 */
export function Table<Row>({ caption, columns, rows, rowKey, emptyText }: TableProps<Row>) {
  const captionId = useId();
  return (
    // A region that scrolls must be reachable with the keyboard (WCAG 2.1.1), hence tabIndex.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId} className="table__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table__empty">
                {emptyText}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) =>
                  column.isRowHeader ? (
                    <th key={column.key} scope="row">
                      {column.render(row)}
                    </th>
                  ) : (
                    <td key={column.key}>{column.render(row)}</td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
