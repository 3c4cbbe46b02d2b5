import type { ReactNode } from 'react';

/** Action Logement's help line in E.164 for tel: links. */
const HELP_LINE = '+33970800800';

/** A tel: link to the help line; its text comes from the translation (via <Trans>). */
export function PhoneLink({ children }: { children?: ReactNode }) {
  return <a href={`tel:${HELP_LINE}`}>{children}</a>;
}
