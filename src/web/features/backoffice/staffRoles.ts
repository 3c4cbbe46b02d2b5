import type { StaffRole } from '../../api/types';

/** Staff roles an administrator can invite, in display order. */
export const STAFF_ROLES: readonly StaffRole[] = ['employer', 'operator', 'landlord'];

/** True when the value is a staff role. */
export function isStaffRole(value: string | null): value is StaffRole {
  return value !== null && (STAFF_ROLES as readonly string[]).includes(value);
}
