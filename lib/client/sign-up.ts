/** The sign-up form's own checks, mirroring the API's rules so most mistakes are caught before a round trip. */

export const MIN_PASSWORD_LENGTH = 10;

export type SignUpField = 'name' | 'email' | 'organization' | 'password';
export type SignUpValues = Record<SignUpField, string>;

export function signUpErrors(values: SignUpValues): Partial<Record<SignUpField, string>> {
  const errors: Partial<Record<SignUpField, string>> = {};
  if (!values.name.trim()) errors.name = 'Enter your name.';
  const email = values.email.trim();
  if (!email) errors.email = 'Enter your email address.';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = 'Enter a valid email address, like you@example.com.';
  if (!values.organization.trim()) errors.organization = 'Name your organisation.';
  if (values.password.length < MIN_PASSWORD_LENGTH) errors.password = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  return errors;
}
