import { expect, test } from '@playwright/test';
import { createAccountViaApi, newAccount, SignInPage, type Account } from './pages/auth.page';
import { OrganisationPages } from './pages/organisation.page';
import { Shell } from './pages/shell.page';

let account: Account;

test.beforeEach(async ({ page }) => {
  account = newAccount('orgpages');
  await createAccountViaApi(page, account);
  await new SignInPage(page).goto();
  await new SignInPage(page).signIn(account.email, account.password);
  await new Shell(page).expectOn('/overview', account.organization);
});

test('members, settings, pricing and the audit trail read and write the real API', async ({ page }) => {
  const org = new OrganisationPages(page);
  const shell = new Shell(page);

  await shell.navigate('Members');
  await shell.expectOn('/members', 'Members');
  await expect(page.getByTestId('member-row').filter({ hasText: account.email })).toContainText('You');
  await shell.screenshot('org-members');

  // Settings: a field error from the form, then a saved change that survives a reload.
  await shell.navigate('Settings');
  await shell.expectOn('/settings', 'Settings');
  await expect(org.promptStorage()).not.toBeChecked();
  await expect(org.retention()).toHaveValue('90');
  await org.retention().fill('0');
  await org.identityMode('Shared secret').check();
  await org.sharedSecret().fill('too-short');
  await org.saveSettings().click();
  await expect(org.retention()).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Must be at least 1.')).toBeVisible();
  await expect(page.getByText('The shared secret must be at least 32 characters.')).toBeVisible();

  const secret = 'identity-secret-0123456789-abcdefghijklmnop';
  await org.retention().fill('30');
  await org.promptStorage().check();
  await org.sharedSecret().fill(secret);
  await org.guardFailMode('injection_classifier').selectOption({ label: 'Open: allow and record' });
  await org.saveAndExpectSaved();
  await page.reload();
  await expect(org.retention()).toHaveValue('30');
  await expect(org.promptStorage()).toBeChecked();
  await expect(org.guardFailMode('injection_classifier')).toHaveValue('open');
  await expect(org.identityMode('Shared secret')).toBeChecked();
  // The secret is write-only: never sent back, the field stays empty.
  await expect(org.sharedSecret()).toHaveValue('');
  await expect(page.getByText('A secret is stored and never shown.')).toBeVisible();
  expect(await page.content()).not.toContain(secret);
  const settings = await (await page.request.get('/api/v1/settings')).json();
  expect(settings).toMatchObject({ retention_days: 30, prompt_storage: true, guard_fail_modes: { injection_classifier: 'open' }, identity: { hmac_secret_set: true } });
  await shell.screenshot('org-settings');

  // Pricing: add an override, see it listed after a reload, edit it.
  await shell.navigate('Pricing');
  await shell.expectOn('/pricing', 'Pricing');
  await expect(page.getByText('No price overrides')).toBeVisible();
  await expect(page.getByTestId('builtin-price-row').filter({ hasText: 'gpt-4o-mini' }).first()).toBeVisible();
  await org.addPriceOverride({ provider: 'Custom OpenAI-compatible', model: 'house-llm', input: '0.5', output: '2' });
  await expect(org.overrideRow('house-llm')).toContainText('$0.50');
  await page.reload();
  await expect(org.overrideRow('house-llm')).toContainText('$2');
  await org.overrideRow('house-llm').getByRole('button', { name: /Edit/ }).click();
  await org.priceDialog().getByLabel('Output ($ / 1M tokens)', { exact: true }).fill('3');
  await org.priceDialog().getByRole('button', { name: 'Save price' }).click();
  await expect(org.priceDialog()).toBeHidden();
  await expect(org.overrideRow('house-llm')).toContainText('$3');
  await shell.screenshot('org-pricing');

  // Audit: the settings change and the prices are there, hashes check out, no secret shown.
  await shell.navigate('Audit trail');
  await shell.expectOn('/audit', 'Audit trail');
  await expect(org.auditRows().first()).toBeVisible();
  await expect(page.getByTestId('chain-summary')).toContainText(/All \d+ entries on this page match their hashes and link to each other/);
  await org.auditAction().selectOption('settings.update');
  await expect(org.auditRows()).toHaveCount(1);
  const row = org.auditRows().first();
  await expect(row).toContainText('Settings changed');
  await expect(row).toContainText(account.email);
  await expect(row).toContainText('Hash verified');
  await row.getByRole('button', { name: /show details/ }).click();
  const detail = page.getByTestId('audit-detail');
  await expect(detail).toContainText('retention_days');
  await expect(detail).toContainText('prompt_storage');
  await expect(detail).toContainText('identity');
  expect(await page.content()).not.toContain(secret);
  await shell.screenshot('org-audit');
  await org.auditAction().selectOption('price.set');
  await expect(org.auditRows()).toHaveCount(2);
});

test('get started: create a key, copy a snippet without it, send a live test request', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  // OpenAI traffic reaches the e2e server's mock upstream; the stored credential is what the gateway forwards with.
  const cred = await page.request.post('/api/v1/providers', { data: { provider: 'openai', name: 'mock', api_key: 'sk-test-get-started-0000' } });
  expect(cred.status(), await cred.text()).toBe(201);

  const org = new OrganisationPages(page);
  const shell = new Shell(page);
  // A full load, so the page reads the credential added above through the API.
  await org.goto('/get-started', 'Get started');
  await expect(page.getByText('No provider credential yet')).toBeHidden();

  await page.getByLabel('Key name').fill('e2e-get-started');
  await page.getByRole('button', { name: 'Create test key' }).click();
  const shown = page.getByTestId('new-key');
  await expect(shown).toContainText(/export GATEWAY_KEY=gw_test_[0-9A-Za-z]{40}/);
  const key = ((await shown.textContent()) ?? '').replace('export GATEWAY_KEY=', '').trim();

  // Every snippet reads the key from the environment: copying one copies no secret.
  for (const provider of ['OpenAI', 'Anthropic', 'Azure OpenAI', 'AWS Bedrock', 'Google Vertex AI', 'Gemini API']) {
    await page.getByRole('group', { name: 'Provider' }).getByRole('button', { name: provider, exact: true }).click();
    for (const language of ['Python', 'TypeScript', 'curl']) {
      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: language, exact: true }).click();
      const code = await page.getByRole('region', { name: '2. Point your SDK at the gateway' }).locator('pre').first().textContent();
      expect(code).toContain(`${baseURL}/api/gateway/`);
      expect(code).toContain('GATEWAY_KEY');
      expect(code).not.toContain(key);
    }
  }
  await page.getByRole('group', { name: 'Provider' }).getByRole('button', { name: 'OpenAI', exact: true }).click();
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Python' }).click();
  await page.getByRole('button', { name: /Copy Python · OpenAI snippet/ }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`base_url="${baseURL}/api/gateway/openai/v1"`);
  expect(copied).not.toContain(key);

  await org.sendTestRequest().click();
  await expect(org.testResult()).toContainText('HTTP 200');
  await expect(org.testResult()).toContainText(/Latency \d+ ms/);
  await expect(page.getByTestId('test-reply')).toContainText('You said: Hello from the get-started page!');

  // A wrong model on the unified endpoint: the gateway's own error shape, shown as such.
  await page.getByLabel('Model').fill('nowhere/gpt-4o-mini');
  await org.sendTestRequest().click();
  await expect(org.testResult()).toContainText(/HTTP 4\d\d/);
  await expect(org.testResult()).toContainText('Gateway error: validation');
  await shell.screenshot('org-get-started');
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('every organisation page fits the screen', async ({ page }) => {
    const org = new OrganisationPages(page);
    const shell = new Shell(page);
    for (const [path, heading] of [
      ['/members', 'Members'],
      ['/settings', 'Settings'],
      ['/pricing', 'Pricing'],
      ['/audit', 'Audit trail'],
      ['/get-started', 'Get started'],
    ] as const) {
      await org.goto(path, heading);
      await shell.screenshot(`org-mobile${path.replace('/', '-')}`);
      await shell.expectNoHorizontalOverflow();
    }
  });
});
