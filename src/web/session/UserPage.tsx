import type { ComponentType } from 'react';
import type { SessionUser } from '../api/types';
import { useSession } from './useSession';

/** Renders a page that needs the logged-in user; used under a guard, which ensures there is one. */
export function UserPage({ page: Page }: { page: ComponentType<{ user: SessionUser }> }) {
  const { user } = useSession();
  return user ? <Page user={user} /> : null;
}
