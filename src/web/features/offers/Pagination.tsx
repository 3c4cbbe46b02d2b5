import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VisuallyHidden } from '../../ui';

/** Props of the pagination. */
export interface PaginationProps {
  page: number;
  pageCount: number;
  /** The link of a page (keeps the rest of the search). */
  hrefOf: (page: number) => string;
}

/** Page numbers around the current one, the first and the last; null marks a gap. */
export function visiblePages(page: number, pageCount: number): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let n = 1; n <= pageCount; n += 1) {
    if (n === 1 || n === pageCount || Math.abs(n - page) <= 1) pages.push(n);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}

/** Links to the other pages of results, the current one marked with aria-current. */
export function Pagination({ page, pageCount, hrefOf }: PaginationProps) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('offers.pagination.label')}>
      <ul className="pagination__list">
        {page > 1 && (
          <li>
            <Link to={hrefOf(page - 1)} className="pagination__link">
              {t('offers.pagination.previous')}
            </Link>
          </li>
        )}
        {visiblePages(page, pageCount).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} className="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                to={hrefOf(n)}
                className="pagination__link"
                aria-current={n === page ? 'page' : undefined}
              >
                <VisuallyHidden>{`${t('offers.pagination.page')} `}</VisuallyHidden>
                {n}
              </Link>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link to={hrefOf(page + 1)} className="pagination__link">
              {t('offers.pagination.next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
