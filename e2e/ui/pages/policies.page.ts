import { expect, type Page } from '@playwright/test';

/** The policies list, the policy editor (form and JSON views) and the playground. */
export class PoliciesPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1 });
  readonly newButton = () => this.page.getByRole('link', { name: 'New policy' });
  readonly playgroundLink = () => this.page.getByRole('link', { name: 'Open playground' });
  readonly rows = () => this.page.getByTestId('policy-row');
  readonly row = (name: string) => this.rows().filter({ hasText: name });
  readonly shadowSwitch = (name: string) => this.page.getByRole('switch', { name: `Shadow mode for ${name}` });
  readonly enabledSwitch = (name: string) => this.page.getByRole('switch', { name: `Enabled: ${name}` });

  readonly editor = () => this.page.getByRole('form', { name: /^(New|Edit) policy$/ });
  readonly field = (label: string) => this.editor().getByLabel(label, { exact: true });
  readonly createButton = () => this.page.getByRole('button', { name: 'Create policy' });
  readonly saveButton = () => this.page.getByRole('button', { name: 'Save changes' });
  readonly viewButton = (view: 'Form' | 'JSON') => this.page.getByRole('group', { name: 'Editor view' }).getByRole('button', { name: view });
  readonly jsonBox = () => this.page.getByLabel('Policy as JSON');
  readonly jsonStatus = () => this.page.getByTestId('json-status');
  readonly versionLabel = () => this.page.getByTestId('policy-version');

  async goto() {
    await this.page.goto('/policies');
    await expect(this.heading()).toHaveText('Policies');
  }

  async gotoPlayground() {
    await this.page.goto('/policies/playground');
    await expect(this.heading()).toHaveText('Policy playground');
  }

  /** The error shown with a field: its aria-describedby points at it. */
  async expectFieldError(label: string, message: string | RegExp) {
    const control = this.field(label);
    await expect(control).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await control.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId, `${label} has an error message`).toBeTruthy();
    await expect(this.page.locator(`[id="${errorId}"]`)).toContainText(message);
  }

  async scan(text: string, options: { direction?: 'request' | 'response'; role?: 'user' | 'system' | 'tool' } = {}) {
    await this.page.getByLabel('Prompt', { exact: true }).fill(text);
    if (options.direction) await this.page.getByLabel('Direction').selectOption(options.direction);
    if (options.role) await this.page.getByLabel('Role').selectOption(options.role);
    await this.page.getByRole('button', { name: 'Scan' }).click();
    await expect(this.page.getByTestId('masked-text')).toBeVisible();
  }
}
