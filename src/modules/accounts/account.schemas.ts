import { z } from 'zod';

const email = z.email().max(254);
const name = z.string().trim().min(1).max(100);
const anyPassword = z.string().min(1).max(1024);

/** The user as the API shows it. */
export const sessionUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(['applicant', 'employer', 'operator', 'landlord']),
  isAdmin: z.boolean(),
  civility: z.enum(['mme', 'm']).nullable(),
  firstName: z.string(),
  lastName: z.string(),
  mustChangePassword: z.boolean(),
  companyName: z.string().nullable(),
  landlordName: z.string().nullable(),
});

export const sessionResponse = z.object({ user: sessionUserSchema.nullable() });
export const userResponse = z.object({ user: sessionUserSchema });
export const emailResponse = z.object({ email: z.string() });
export const emptyResponse = z.object({});

export const loginBody = z.object({
  email: z.string().trim().min(1).max(254),
  password: anyPassword,
});

export const signUpBody = z.object({
  civility: z.enum(['mme', 'm']),
  birthName: name,
  firstName: name,
  mobilePhone: z.string().trim().min(1).max(30),
  email,
  acceptsDataUse: z
    .boolean()
    .refine((accepted) => accepted, { params: { fieldCode: 'field.must_accept' } }),
});

export const emailBody = z.object({ email });
export const tokenBody = z.object({ token: z.string().min(1).max(200) });

export const tokenInspection = z.object({
  purpose: z.enum(['activation', 'password_reset', 'invitation']).nullable(),
  status: z.enum(['valid', 'expired', 'used', 'invalid']),
  email: z.string().nullable(),
});

export const setPasswordBody = z.object({
  token: z.string().min(1).max(200),
  password: anyPassword,
  passwordConfirmation: z.string().max(1024),
});

export const changePasswordBody = z.object({
  currentPassword: anyPassword,
  newPassword: anyPassword,
  newPasswordConfirmation: z.string().max(1024),
});
