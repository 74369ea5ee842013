import { expect, type Page } from '@playwright/test';

export class OverviewPage {
  constructor(readonly page: Page) {}

  readonly progress = () => this.page.getByTestId('setup-progress');
  readonly step = (id: 'credential' | 'key' | 'request') => this.page.getByTestId(`setup-step-${id}`);

  async goto() {
    await this.page.goto('/overview');
    await expect(this.progress()).toBeVisible();
  }

  async expectDone(done: number) {
    await expect(this.progress()).toHaveText(`${done} of 3 done`);
  }
}
