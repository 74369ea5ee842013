import { expect, test } from '@playwright/test';
import { createAccountViaApi, newAccount, SignInPage, SignUpPage } from './pages/auth.page';
import { Shell } from './pages/shell.page';

test('bad credentials show a clear error and keep the user on the sign-in page', async ({ page }) => {
  const account = newAccount('badpw');
  await createAccountViaApi(page, account);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(account.email, 'not the right password');
  await expect(signIn.error()).toHaveText(/Email or password is incorrect/);
  await expect(page).toHaveURL(/\/sign-in/);
  await new Shell(page).screenshot('sign-in-error');

  await signIn.signIn('nobody-here@example.com', 'whatever-password');
  await expect(signIn.error()).toHaveText(/Email or password is incorrect/);
});

test('a signed-out visit comes back to the same page after signing in', async ({ page }) => {
  const account = newAccount('callback');
  await createAccountViaApi(page, account);
  await page.goto('/providers');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fproviders$/);
  await new SignInPage(page).signIn(account.email, account.password);
  await new Shell(page).expectOn('/providers', 'Providers');
});

test('callbackUrl pointing at another site is ignored', async ({ page }) => {
  const account = newAccount('redirect');
  await createAccountViaApi(page, account);
  const signIn = new SignInPage(page);
  await signIn.goto(`?callbackUrl=${encodeURIComponent('https://evil.example/steal')}`);
  await signIn.signIn(account.email, account.password);
  await new Shell(page).expectOn('/overview', account.organization);

  await new Shell(page).signOut();
  await signIn.goto(`?callbackUrl=${encodeURIComponent('//evil.example/steal')}`);
  await signIn.signIn(account.email, account.password);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/overview$/);
});

test('sign-up shows field errors: the password rule and a taken email', async ({ page }) => {
  const taken = newAccount('taken');
  await createAccountViaApi(page, taken);
  const signUp = new SignUpPage(page);
  await signUp.goto();
  await signUp.fill({ ...newAccount('short'), password: 'short' });
  await expect(page.getByTestId('password-rule')).toContainText('(5/10)');
  await signUp.submit().click();
  await expect(page.getByText('Use at least 10 characters.')).toBeVisible();
  await expect(signUp.password()).toHaveAttribute('aria-invalid', 'true');

  await signUp.fill({ ...newAccount('dup'), email: taken.email });
  await signUp.submit().click();
  await expect(page.getByText('an account with this email already exists')).toBeVisible();
  await expect(signUp.email()).toHaveAttribute('aria-invalid', 'true');
  await new Shell(page).screenshot('sign-up-errors');

  await page.getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await new Shell(page).screenshot('sign-in');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
});
