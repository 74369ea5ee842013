import { expect, test } from '@playwright/test';
import { createAccountViaApi, newAccount, SignInPage } from './pages/auth.page';
import { KeysPage } from './pages/keys.page';
import { Shell } from './pages/shell.page';

test.beforeEach(async ({ page }) => {
  const account = newAccount('keys');
  await createAccountViaApi(page, account);
  await new SignInPage(page).goto();
  await new SignInPage(page).signIn(account.email, account.password);
  await new Shell(page).expectOn('/overview', account.organization);
});

test('the create form points at the field that is wrong', async ({ page }) => {
  const keys = new KeysPage(page);
  await keys.goto();
  await keys.createButton().click();
  const dialog = keys.createDialog();
  await dialog.getByRole('button', { name: 'Create key' }).click();
  await expect(dialog.getByText('Give the key a name.')).toBeVisible();
  await dialog.getByLabel('Name').fill('bad-input');
  await dialog.getByLabel('Allowed models').fill('gpt 4o');
  await dialog.getByLabel('Requests per minute').fill('ten');
  await dialog.getByRole('button', { name: 'Create key' }).click();
  await expect(dialog.getByLabel('Allowed models')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/"gpt 4o" is not a model id/)).toBeVisible();
  await expect(dialog.getByText('Requests per minute must be a whole number.')).toBeVisible();
  await new Shell(page).screenshot('keys-create-errors');

  // Esc closes the dialog and nothing was created.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('No gateway keys yet')).toBeVisible();
});

test('the key list pages through with limit and offset', async ({ page }) => {
  for (let i = 1; i <= 22; i++) {
    const res = await page.request.post('/api/v1/keys', { data: { name: `bulk-${String(i).padStart(2, '0')}` } });
    expect(res.status()).toBe(201);
  }
  const keys = new KeysPage(page);
  await keys.goto();
  const pager = page.getByRole('navigation', { name: 'Gateway key pages' });
  await expect(pager).toContainText('Showing 1–20 of 22');
  await expect(keys.rows()).toHaveCount(20);
  await expect(pager.getByRole('button', { name: 'Previous' })).toBeDisabled();
  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(pager).toContainText('Showing 21–22 of 22');
  await expect(keys.rows()).toHaveCount(2);
  await expect(pager.getByRole('button', { name: 'Next' })).toBeDisabled();
  await pager.getByRole('button', { name: 'Previous' }).click();
  await expect(keys.rows()).toHaveCount(20);
  await new Shell(page).screenshot('keys-many');
});
