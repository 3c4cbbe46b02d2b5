import type { ReactNode } from 'react';

/** One row of a summary list. */
export interface SummaryRow {
  label: string;
  value: ReactNode;
}

/** Term and value pairs (a <dl>), one per row. */
export function SummaryList({ items }: { items: readonly SummaryRow[] }) {
  return (
    <dl className="summary-list">
      {items.map((item) => (
        <div key={item.label}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
