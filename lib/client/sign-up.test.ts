import { describe, expect, it } from 'vitest';
import { signUpErrors } from './sign-up';

describe('signUpErrors', () => {
  it('accepts a complete form', () => {
    expect(signUpErrors({ name: 'Ada', email: 'ada@example.com', organization: 'Acme', password: '0123456789' })).toEqual({});
  });

  it('names every missing or invalid field', () => {
    expect(Object.keys(signUpErrors({ name: ' ', email: 'ada@', organization: '', password: '123456789' })).sort()).toEqual(['email', 'name', 'organization', 'password']);
  });

  it('counts the password as typed (spaces included), as the API does', () => {
    expect(signUpErrors({ name: 'a', email: 'a@b.co', organization: 'o', password: '          ' }).password).toBeUndefined();
  });
});
