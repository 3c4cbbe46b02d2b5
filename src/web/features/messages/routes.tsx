import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/navigation';
import { BackofficeMessagesPage } from './BackofficeMessagesPage';
import { BackofficeThreadPage } from './BackofficeThreadPage';
import { MessagesPage } from './MessagesPage';
import { ThreadPage } from './ThreadPage';

// Secure messages: the applicant's inbox and the back office's queue of conversations.

/** Routes of the secure messages, relative to their portal. */
export const MESSAGES_ROUTES = {
  applicant: [
    { path: 'messages', element: <MessagesPage /> },
    { path: 'messages/:id', element: <ThreadPage /> },
  ],
  operator: [
    { path: 'messages', element: <BackofficeMessagesPage /> },
    { path: 'messages/:id', element: <BackofficeThreadPage /> },
  ],
} satisfies Record<string, RouteObject[]>;

/** Navigation links of the secure messages. */
export const MESSAGES_NAV = {
  applicant: [{ to: '/espace/messages', label: 'support.nav.messages' }],
  operator: [{ to: '/backoffice/messages', label: 'support.nav.messages' }],
} satisfies Record<string, NavItem[]>;
