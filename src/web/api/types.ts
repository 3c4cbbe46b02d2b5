/** Roles of AL'in accounts; each has its own portal. */
export type Role = 'applicant' | 'employer' | 'operator' | 'landlord';

/** Roles of staff accounts created by an administrator. */
export type StaffRole = Exclude<Role, 'applicant'>;

/** Civility as the API spells it. */
export type Civility = 'mme' | 'm';

/** The logged-in user as `GET /api/session` returns it. */
export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  isAdmin: boolean;
  civility: Civility | null;
  firstName: string;
  lastName: string;
  mustChangePassword: boolean;
  companyName: string | null;
  landlordName: string | null;
}

/** Body of `GET /api/session`. */
export interface SessionResponse {
  user: SessionUser | null;
}

/** What an account token (e-mailed link) is for. */
export type TokenPurpose = 'activation' | 'password_reset' | 'invitation';

/** State of an account token. */
export type TokenStatus = 'valid' | 'expired' | 'used' | 'invalid';

/** Body of `POST /api/account-tokens/inspect`. */
export interface TokenInspection {
  purpose: TokenPurpose;
  status: TokenStatus;
  email: string | null;
}

/** Body of `POST /api/accounts`. */
export interface SignUpRequest {
  civility: Civility;
  birthName: string;
  firstName: string;
  mobilePhone: string;
  email: string;
  acceptsDataUse: true;
}

/** Body of the endpoints that set a password from an e-mailed token. */
export interface TokenPasswordRequest {
  token: string;
  password: string;
  passwordConfirmation: string;
}

/** Body of `POST /api/me/password`. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
  newPasswordConfirmation: string;
}

/** State of a staff account. */
export type AccountStatus = 'pending' | 'active' | 'disabled';

/** A row of `GET /api/admin/users`. */
export interface AdminUser {
  id: string;
  email: string;
  role: Role;
  isAdmin: boolean;
  firstName: string;
  lastName: string;
  status: AccountStatus;
  companyName: string | null;
  landlordName: string | null;
  createdAt: string;
}

/** Body of `POST /api/admin/users`. */
export interface CreateStaffUserRequest {
  role: StaffRole;
  civility: Civility;
  firstName: string;
  lastName: string;
  email: string;
  isAdmin: boolean;
  companyId?: string;
  landlordId?: string;
}

/** A company or a landlord as the admin pick lists show them. */
export interface Organisation {
  id: string;
  name: string;
}
