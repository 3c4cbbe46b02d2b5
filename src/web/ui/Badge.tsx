import type { ReactNode } from 'react';
import { classNames } from './classNames';

/** Meaning of a badge; each has its own symbol, so the colour is never the only clue. */
export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'error';

const SYMBOLS: Record<BadgeTone, string> = {
  neutral: '•',
  info: 'i',
  success: '✓',
  warning: '!',
  error: '✗',
};

/** A short status written out in words, with a symbol and a colour that repeat it. */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return (
    <span className={classNames('badge', `badge--${tone}`)}>
      <span className="badge__symbol" aria-hidden="true">
        {SYMBOLS[tone]}
      </span>
      <span>{children}</span>
    </span>
  );
}
