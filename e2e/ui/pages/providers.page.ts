import { expect, type Page } from '@playwright/test';

export class ProvidersPage {
  constructor(readonly page: Page) {}

  readonly addButton = () => this.page.getByRole('button', { name: 'Add credential' }).first();
  readonly dialog = () => this.page.getByRole('dialog', { name: 'Add a provider credential' });
  readonly rows = () => this.page.getByTestId('credential-row');
  readonly group = (provider: string) => this.page.getByTestId(`provider-group-${provider}`);

  async goto() {
    await this.page.goto('/providers');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Providers' })).toBeVisible();
  }

  async openAddDialog(providerLabel: string) {
    await this.addButton().click();
    await expect(this.dialog()).toBeVisible();
    await this.dialog().getByLabel('Provider').selectOption({ label: providerLabel });
  }

  async save() {
    await this.dialog().getByRole('button', { name: 'Save credential' }).click();
    await expect(this.dialog()).toBeHidden();
  }

  async addApiKey(providerLabel: string, apiKey: string, name?: string) {
    await this.openAddDialog(providerLabel);
    if (name) await this.dialog().getByLabel('Name').fill(name);
    const secret = this.dialog().getByLabel('API key');
    await expect(secret).toHaveAttribute('type', 'password');
    await secret.fill(apiKey);
    await this.save();
  }
}
