import { expect, test } from '@playwright/test';
import { newAccount, SignInPage, SignUpPage } from './pages/auth.page';
import { GATEWAY_KEY_FORMAT, KeysPage } from './pages/keys.page';
import { OverviewPage } from './pages/overview.page';
import { ProvidersPage } from './pages/providers.page';
import { Shell } from './pages/shell.page';

// The foundation walk: a new team signs up, stores a provider key, creates a gateway key, and
// finds both again (masked) after signing out and back in.
test('sign up, add a provider credential, create a gateway key, sign out and back in', async ({ page }) => {
  const account = newAccount('walk');
  const providerKey = 'sk-proj-e2eTestSecret0000000000wxyz';
  const shell = new Shell(page);
  const overview = new OverviewPage(page);
  const providers = new ProvidersPage(page);
  const keys = new KeysPage(page);

  await test.step('sign up in the browser and land on the dashboard', async () => {
    const signUp = new SignUpPage(page);
    await signUp.goto();
    await expect(page.getByTestId('password-rule')).toContainText('At least 10 characters');
    await shell.screenshot('sign-up');
    await signUp.signUp(account);
    await shell.expectOn('/overview', account.organization);
    await expect(shell.userSummary()).toContainText(account.name);
    await expect(shell.userSummary()).toContainText('Owner');
    await overview.expectDone(0);
    await expect(page.getByTestId('gateway-base-url')).toContainText(`${new URL(page.url()).origin}/api/gateway/<provider>`);
    await shell.screenshot('overview-new');
  });

  await test.step('add an OpenAI API key', async () => {
    await overview.step('credential').getByRole('link', { name: 'Add a credential' }).click();
    await shell.expectOn('/providers', 'Providers');
    await expect(page.getByText('No provider credentials yet')).toBeVisible();
    await shell.screenshot('providers-empty');
    await providers.openAddDialog('OpenAI');
    await expect(providers.dialog().getByLabel('API key')).toHaveAttribute('autocomplete', 'new-password');
    await shell.screenshot('providers-add-dialog');
    await providers.dialog().getByLabel('API key').fill(providerKey);
    await providers.save();
    await expect(page.getByText('OpenAI credential "default" saved')).toBeVisible();
    const row = providers.group('openai').getByTestId('credential-row');
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('credential-masked')).toHaveText(/…wxyz$/);
    await expect(row.getByText('Default', { exact: true })).toBeVisible();
    expect(await page.content()).not.toContain(providerKey);
    await shell.screenshot('providers');
  });

  let gatewayKey = '';
  await test.step('create a gateway key and read it once', async () => {
    await shell.navigate('Gateway keys');
    await shell.expectOn('/keys', 'Gateway keys');
    await expect(page.getByText('No gateway keys yet')).toBeVisible();
    await shell.screenshot('keys-empty');
    gatewayKey = await keys.create({ name: 'support-agent', models: 'gpt-4o*, gpt-4.1-mini', rpm: '60', budget: '25', period: 'Per month' });
    expect(gatewayKey).toMatch(GATEWAY_KEY_FORMAT);
    await shell.screenshot('keys-copy-once');
    await keys.closeSecretDialog();
  });

  await test.step('the key list shows the key masked, never in full', async () => {
    const row = keys.row('support-agent');
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('key-masked')).toHaveText(`gw_live_…${gatewayKey.slice(-4)}`);
    await expect(row.getByText('Active')).toBeVisible();
    await expect(row).toContainText('gpt-4o*');
    await expect(row).toContainText('60 rpm');
    await expect(row).toContainText('$25/month');
    expect(await page.content()).not.toContain(gatewayKey);
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(gatewayKey);
    await shell.screenshot('keys');
  });

  await test.step('the overview checklist reflects the setup', async () => {
    await shell.navigate('Overview');
    await overview.expectDone(2);
    await expect(overview.step('credential')).toHaveAttribute('data-done', 'true');
    await expect(overview.step('key')).toHaveAttribute('data-done', 'true');
    await shell.screenshot('overview');
  });

  await test.step('sign out and sign in again: both are still there, masked', async () => {
    await shell.signOut();
    const signIn = new SignInPage(page);
    await signIn.signIn(account.email, account.password);
    await shell.expectOn('/overview', account.organization);
    await keys.goto();
    await expect(keys.row('support-agent').getByTestId('key-masked')).toHaveText(`gw_live_…${gatewayKey.slice(-4)}`);
    expect(await page.content()).not.toContain(gatewayKey);
    await providers.goto();
    await expect(providers.group('openai').getByTestId('credential-masked')).toHaveText(/…wxyz$/);
  });

  await test.step('revoke the key after confirming', async () => {
    await keys.goto();
    await keys.row('support-agent').getByRole('button', { name: /Revoke/ }).click();
    await expect(page.getByRole('dialog', { name: 'Revoke this key?' })).toContainText(`gw_live_…${gatewayKey.slice(-4)}`);
    await shell.screenshot('keys-revoke-confirm');
    await page.getByRole('dialog', { name: 'Revoke this key?' }).getByRole('button', { name: 'Cancel' }).click();
    await expect(keys.row('support-agent').getByText('Active')).toBeVisible();
    await keys.revoke('support-agent');
    await expect(keys.row('support-agent').getByRole('button', { name: /Revoke/ })).toHaveCount(0);
    const rejected = await page.request.post('/api/gateway/openai/v1/chat/completions', { headers: { authorization: `Bearer ${gatewayKey}` }, data: { model: 'gpt-4o', messages: [] } });
    expect(rejected.status()).toBe(401);
  });
});

test('API tokens: create with a role, copy once, revoke', async ({ page }) => {
  const account = newAccount('tokens');
  const shell = new Shell(page);
  await new SignUpPage(page).goto();
  await new SignUpPage(page).signUp(account);
  await shell.expectOn('/overview', account.organization);

  await shell.navigate('API tokens');
  await shell.expectOn('/tokens', 'API tokens');
  await expect(page.getByText('No API tokens yet')).toBeVisible();
  await shell.screenshot('tokens-empty');

  await page.getByRole('button', { name: 'Create token' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create an API token' });
  await dialog.getByLabel('Name').fill('github-actions');
  await dialog.getByLabel('Role').selectOption('viewer');
  await dialog.getByRole('button', { name: 'Create token' }).click();
  const secret = page.getByRole('dialog', { name: 'Token "github-actions" created' });
  const token = (await secret.getByTestId('secret-value').textContent())?.trim() ?? '';
  expect(token).toMatch(/^gw_mgmt_[0-9A-Za-z]{40}$/);
  await secret.getByRole('button', { name: 'I have stored it safely' }).click();

  const row = page.getByTestId('token-row').filter({ hasText: 'github-actions' });
  await expect(row).toContainText(`gw_mgmt_…${token.slice(-4)}`);
  await expect(row).toContainText('Viewer');
  expect(await page.content()).not.toContain(token);
  await shell.screenshot('tokens');

  // The token works for scripts, with exactly the role it was given.
  const me = await page.request.get('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
  expect(await me.json()).toMatchObject({ via: 'token', role: 'viewer' });
  const denied = await page.request.post('/api/v1/keys', { headers: { authorization: `Bearer ${token}` }, data: { name: 'nope' } });
  expect(denied.status()).toBe(403);

  await row.getByRole('button', { name: /Revoke/ }).click();
  await page.getByRole('dialog', { name: 'Revoke this token?' }).getByRole('button', { name: 'Revoke token' }).click();
  // Revoked tokens leave the list.
  await expect(row).toHaveCount(0);
  const after = await page.request.get('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
  expect(after.status()).toBe(401);
});
