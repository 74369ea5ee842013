import { expect, test } from '@playwright/test';
import { createAccountViaApi, newAccount, SignInPage } from './pages/auth.page';
import { KeysPage } from './pages/keys.page';
import { ProvidersPage } from './pages/providers.page';
import { Shell } from './pages/shell.page';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('at 390 px the sidebar folds into a menu that works by touch and keyboard', async ({ page }) => {
  const account = newAccount('mobile');
  await createAccountViaApi(page, account);
  const shell = new Shell(page);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await shell.screenshot('mobile-sign-in');
  await signIn.signIn(account.email, account.password);
  await shell.expectOn('/overview', account.organization);

  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(shell.menuButton()).toBeVisible();
  await shell.expectNoHorizontalOverflow();
  await shell.screenshot('mobile-overview');

  await shell.menuButton().click();
  await expect(shell.mobileMenu()).toBeVisible();
  await expect(shell.mobileMenu().getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  await expect(shell.mobileMenu()).toContainText(account.organization);
  await shell.screenshot('mobile-menu');
  await page.keyboard.press('Escape');
  await expect(shell.mobileMenu()).toBeHidden();
  await expect(shell.menuButton()).toBeFocused();

  await shell.navigate('Gateway keys');
  await shell.expectOn('/keys', 'Gateway keys');
  await shell.expectNoHorizontalOverflow();
  await shell.screenshot('mobile-keys-empty');

  const keys = new KeysPage(page);
  const key = await keys.create({ name: 'phone-agent', models: 'gpt-4o-mini', rpm: '30' });
  expect(key).toMatch(/^gw_live_/);
  await shell.screenshot('mobile-keys-copy-once');
  await keys.closeSecretDialog();
  await expect(keys.row('phone-agent')).toBeVisible();
  await shell.expectNoHorizontalOverflow();
  await shell.screenshot('mobile-keys');

  await shell.navigate('Providers');
  await shell.expectOn('/providers', 'Providers');
  const providers = new ProvidersPage(page);
  await providers.openAddDialog('AWS Bedrock');
  await expect(providers.dialog().getByLabel('Secret access key')).toHaveAttribute('type', 'password');
  await expect(providers.dialog().getByLabel('Region')).toHaveValue('us-east-1');
  await shell.screenshot('mobile-providers-add-bedrock');
  await providers.dialog().getByLabel('Access key ID').fill('AKIAIOSFODNN7EXAMPLE');
  await providers.dialog().getByLabel('Secret access key').fill('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  await providers.save();
  await expect(providers.group('bedrock')).toContainText('us-east-1');
  await expect(providers.group('bedrock').getByTestId('credential-masked')).toHaveText(/…MPLE$/);
  await shell.expectNoHorizontalOverflow();
  await shell.screenshot('mobile-providers');

  await shell.signOut();
});
