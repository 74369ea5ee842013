import { expect, type Page } from '@playwright/test';

export interface Account {
  name: string;
  email: string;
  organization: string;
  password: string;
}

let counter = 0;

/** A fresh account per test, unique across runs against the same database. */
export function newAccount(label = 'user'): Account {
  counter += 1;
  const id = `${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
  return { name: `Ada ${label}`, email: `${label}-${id}@example.com`, organization: `Acme ${label} ${id}`, password: 'correct horse battery' };
}

export class SignUpPage {
  constructor(readonly page: Page) {}

  readonly name = () => this.page.getByLabel('Your name');
  readonly email = () => this.page.getByLabel('Work email');
  readonly organization = () => this.page.getByLabel('Organisation');
  readonly password = () => this.page.getByLabel('Password');
  readonly submit = () => this.page.getByRole('button', { name: 'Create account' });

  async goto(query = '') {
    await this.page.goto(`/sign-up${query}`);
    await expect(this.page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
  }

  async fill(account: Account) {
    // Enabled once React has hydrated the form; typing earlier could be lost.
    await expect(this.submit()).toBeEnabled();
    await this.name().fill(account.name);
    await this.email().fill(account.email);
    await this.organization().fill(account.organization);
    await this.password().fill(account.password);
  }

  async signUp(account: Account) {
    await this.fill(account);
    await this.submit().click();
  }
}

export class SignInPage {
  constructor(readonly page: Page) {}

  readonly email = () => this.page.getByLabel('Email');
  readonly password = () => this.page.getByLabel('Password');
  readonly submit = () => this.page.getByRole('button', { name: 'Sign in' });
  readonly error = () => this.page.locator('form').getByRole('alert');

  async goto(query = '') {
    await this.page.goto(`/sign-in${query}`);
    await expect(this.page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  }

  async signIn(email: string, password: string) {
    await expect(this.submit()).toBeEnabled();
    await this.email().fill(email);
    await this.password().fill(password);
    await this.submit().click();
  }
}

/** Creates an account through the API (quicker than the form when sign-up is not what is tested). */
export async function createAccountViaApi(page: Page, account: Account) {
  const res = await page.request.post('/api/auth/signup', { data: account });
  expect(res.status(), await res.text()).toBe(201);
}
