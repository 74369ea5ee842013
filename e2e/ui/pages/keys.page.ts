import { expect, type Page } from '@playwright/test';

export const GATEWAY_KEY_FORMAT = /^gw_live_[0-9A-Za-z]{40}$/;

export class KeysPage {
  constructor(readonly page: Page) {}

  readonly createButton = () => this.page.getByRole('button', { name: 'Create key' }).first();
  readonly createDialog = () => this.page.getByRole('dialog', { name: 'Create a gateway key' });
  readonly secretDialog = () => this.page.getByRole('dialog', { name: /^Key ".*" created$/ });
  readonly rows = () => this.page.getByTestId('key-row');
  readonly row = (name: string) => this.rows().filter({ hasText: name });

  async goto() {
    await this.page.goto('/keys');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Gateway keys' })).toBeVisible();
  }

  /** Creates a key and returns the full key read from the copy-once dialog (left open). */
  async create(options: { name: string; models?: string; rpm?: string; budget?: string; period?: 'Per day' | 'Per month' }): Promise<string> {
    await this.createButton().click();
    const dialog = this.createDialog();
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Name').fill(options.name);
    if (options.models) await dialog.getByLabel('Allowed models').fill(options.models);
    if (options.rpm) await dialog.getByLabel('Requests per minute').fill(options.rpm);
    if (options.budget) await dialog.getByLabel('Budget (USD)').fill(options.budget);
    if (options.period) await dialog.getByLabel('Budget period').selectOption({ label: options.period });
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await expect(this.secretDialog()).toBeVisible();
    await expect(this.secretDialog().getByText('You will not see this again')).toBeVisible();
    return (await this.secretDialog().getByTestId('secret-value').textContent())?.trim() ?? '';
  }

  async closeSecretDialog() {
    await this.secretDialog().getByRole('button', { name: 'I have stored it safely' }).click();
    await expect(this.secretDialog()).toBeHidden();
  }

  async revoke(name: string) {
    await this.row(name).getByRole('button', { name: /Revoke/ }).click();
    const confirm = this.page.getByRole('dialog', { name: 'Revoke this key?' });
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await expect(confirm).toBeHidden();
    await expect(this.row(name).getByText('Revoked')).toBeVisible();
  }
}
