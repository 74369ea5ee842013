import { expect, type Page } from '@playwright/test';

/** The organisation pages: members, settings, pricing, audit trail and get started. */
export class OrganisationPages {
  constructor(readonly page: Page) {}

  async goto(path: '/members' | '/settings' | '/pricing' | '/audit' | '/get-started', heading: string) {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  // Settings
  readonly retention = () => this.page.getByLabel('Retention (days)');
  readonly promptStorage = () => this.page.getByLabel(/Store prompts and responses/);
  readonly saveSettings = () => this.page.getByRole('button', { name: 'Save settings' });
  readonly identityMode = (name: 'Not used' | 'JWKS URL' | 'Shared secret') => this.page.getByRole('group', { name: 'Verify tokens with' }).getByRole('radio', { name: new RegExp(`^${name}`) });
  readonly sharedSecret = () => this.page.getByLabel('Shared secret', { exact: true });
  readonly guardFailMode = (guard: string) => this.page.getByLabel(new RegExp(`${guard}$`));

  async saveAndExpectSaved() {
    await this.saveSettings().click();
    await expect(this.page.getByText('Settings saved.')).toBeVisible();
  }

  // Pricing
  readonly addOverride = () => this.page.getByRole('button', { name: 'Add override' }).first();
  readonly priceDialog = () => this.page.getByRole('dialog', { name: /price override/ });
  readonly overrideRow = (model: string) => this.page.getByTestId('price-override-row').filter({ hasText: model });

  async addPriceOverride(o: { provider: string; model: string; input: string; output: string }) {
    await this.addOverride().click();
    const dialog = this.priceDialog();
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Provider').selectOption({ label: o.provider });
    await dialog.getByLabel('Model').fill(o.model);
    await dialog.getByLabel('Input ($ / 1M tokens)', { exact: true }).fill(o.input);
    await dialog.getByLabel('Output ($ / 1M tokens)', { exact: true }).fill(o.output);
    await dialog.getByRole('button', { name: 'Save price' }).click();
    await expect(dialog).toBeHidden();
  }

  // Audit
  readonly auditRows = () => this.page.getByTestId('audit-row');
  readonly auditAction = () => this.page.getByLabel('Action');

  // Get started
  readonly sendTestRequest = () => this.page.getByRole('button', { name: 'Send a test request' });
  readonly testResult = () => this.page.getByTestId('test-result');
}
