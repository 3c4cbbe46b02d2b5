import { api } from './client';
import type { AdminUser, CreateStaffUserRequest, Organisation, Role } from './types';

/** Filters of the staff user list. */
export interface AdminUserFilters {
  role?: Role;
  q?: string;
}

/** Lists users for the back office, optionally by role and free text. */
export function listUsers(filters: AdminUserFilters): Promise<{ users: AdminUser[] }> {
  const params = new URLSearchParams();
  if (filters.role) params.set('role', filters.role);
  if (filters.q) params.set('q', filters.q);
  const query = params.toString();
  return api.get<{ users: AdminUser[] }>(`/api/admin/users${query ? `?${query}` : ''}`);
}

/** Creates a staff account; the server e-mails the invitation. */
export function createStaffUser(body: CreateStaffUserRequest): Promise<{ user: AdminUser }> {
  return api.post<{ user: AdminUser }>('/api/admin/users', body);
}

/** Companies an employer account can be attached to. */
export function listCompanies(): Promise<{ companies: Organisation[] }> {
  return api.get<{ companies: Organisation[] }>('/api/admin/companies');
}

/** Landlords a landlord account can be attached to. */
export function listLandlords(): Promise<{ landlords: Organisation[] }> {
  return api.get<{ landlords: Organisation[] }>('/api/admin/landlords');
}
