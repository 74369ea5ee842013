import { expect, test } from '@playwright/test';
import { createAccountViaApi, newAccount, SignInPage } from './pages/auth.page';
import { KeysPage } from './pages/keys.page';
import { Shell } from './pages/shell.page';

test('a user creates a second organisation and switches between them', async ({ page }) => {
  const account = newAccount('orgs');
  await createAccountViaApi(page, account);
  const shell = new Shell(page);
  await new SignInPage(page).goto();
  await new SignInPage(page).signIn(account.email, account.password);
  await shell.expectOn('/overview', account.organization);

  const keys = new KeysPage(page);
  await keys.goto();
  await keys.create({ name: 'first-org-key' });
  await keys.closeSecretDialog();

  await page.getByRole('button', { name: 'New organisation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New organisation' });
  await dialog.getByLabel('Organisation name').fill('Second Org');
  await dialog.getByRole('button', { name: 'Create organisation' }).click();
  await expect(dialog).toBeHidden();
  await shell.expectOn('/overview', 'Second Org');

  const switcher = page.getByRole('combobox', { name: 'Organisation' });
  await expect(switcher).toBeVisible();
  await expect(switcher.locator('option:checked')).toHaveText('Second Org (Owner)');
  await shell.screenshot('org-switcher');

  await shell.navigate('Gateway keys');
  await expect(page.getByText('No gateway keys yet')).toBeVisible();

  await switcher.selectOption({ label: `${account.organization} (Owner)` });
  await expect(keys.row('first-org-key')).toBeVisible();
  await expect(switcher.locator('option:checked')).toHaveText(`${account.organization} (Owner)`);
});
