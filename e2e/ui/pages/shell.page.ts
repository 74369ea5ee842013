import { expect, type Page } from '@playwright/test';

/** The signed-in frame: navigation (sidebar or menu sheet), organisation switcher, user, sign out. */
export class Shell {
  constructor(readonly page: Page) {}

  readonly menuButton = () => this.page.getByRole('button', { name: 'Open navigation menu' });
  readonly mobileMenu = () => this.page.getByRole('dialog', { name: 'Navigation menu' });
  readonly userSummary = () => this.page.getByTestId('user-summary').first();
  readonly signOutButton = () => this.page.getByRole('button', { name: 'Sign out' }).first();

  /** Follows a navigation link, through the menu sheet when the sidebar is collapsed. */
  async navigate(label: string) {
    if (await this.menuButton().isVisible()) {
      await this.menuButton().click();
      await expect(this.mobileMenu()).toBeVisible();
      await this.mobileMenu().getByRole('link', { name: label }).click();
      await expect(this.mobileMenu()).toBeHidden();
    } else {
      await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
    }
  }

  async expectOn(path: string, heading: string | RegExp) {
    await expect(this.page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}(\\?.*)?$`));
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  async signOut() {
    await this.signOutButton().click();
    await expect(this.page).toHaveURL(/\/sign-in/);
  }

  /** Nothing on the page is wider than the viewport (tables scroll inside their own box). */
  async expectNoHorizontalOverflow() {
    const overflow = await this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }

  async screenshot(name: string) {
    // Let fonts and queries settle so the picture is what a person sees. (Not 'networkidle': route
    // prefetches and periodic refreshes keep the network busy on a live dashboard.)
    await this.page.waitForLoadState('load');
    await this.page.evaluate(async () => {
      await document.fonts.ready;
    });
    await expect(this.page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0);
    await this.page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
  }
}
