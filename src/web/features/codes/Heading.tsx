import type { ReactNode } from 'react';

/** Heading levels a mountable component may start at. */
export type HeadingLevel = 2 | 3 | 4;

/** A heading at a level given by the page that mounts the component. */
export function Heading({
  level,
  id,
  className,
  isFocusTarget = false,
  children,
}: {
  level: HeadingLevel | 5;
  id?: string;
  className?: string;
  /** The heading is the target of an in-page link (#id) and takes focus. */
  isFocusTarget?: boolean;
  children: ReactNode;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className} tabIndex={isFocusTarget ? -1 : undefined}>
      {children}
    </Tag>
  );
}
