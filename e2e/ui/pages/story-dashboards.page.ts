import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The watching half of the story: overview, spend & usage, request log, violations and approvals,
 * read the way a person reads them (headings, labelled figures, table rows).
 */

/**
 * A table row's cells keyed by column header, as written in the DOM (not as styled: headers are
 * upper-cased by CSS), the texts of each cell's child nodes joined by one space.
 */
export async function rowCells(table: Locator, row: Locator): Promise<Record<string, string>> {
  const headers = await table.locator('thead th').evaluateAll((ths) => ths.map((th) => (th.textContent ?? '').trim()));
  const cells = await row.locator('td').evaluateAll((tds) =>
    tds.map((td) =>
      [...td.childNodes]
        .map((n) => (n.textContent ?? '').trim())
        .filter(Boolean)
        .join(' ')
        .replace(/\s+/g, ' '),
    ),
  );
  return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
}

/** One key figure (`<Stat>`): its value and its hint line. */
export function stat(page: Page, testId: string) {
  const box = page.getByTestId(testId);
  return { box, value: box.locator('dd').first(), hint: box.locator('dd').nth(1) };
}

export class StoryOverviewPage {
  constructor(readonly page: Page) {}

  readonly today = (figure: 'requests' | 'spend' | 'tokens' | 'errors' | 'blocked' | 'violations') => stat(this.page, `today-${figure}`);
  readonly week = (figure: 'requests' | 'spend' | 'tokens' | 'errors' | 'blocked' | 'violations') => stat(this.page, `week-${figure}`);
  readonly topModels = () => this.page.getByRole('list', { name: 'Top models by spend' });
  readonly topKeys = () => this.page.getByRole('list', { name: 'Top keys by spend' });
  readonly spendChart = () => this.page.getByTestId('overview-spend-chart');

  async goto() {
    await this.page.goto('/overview');
    await expect(this.page.getByRole('heading', { level: 2, name: /Today/ })).toBeVisible();
  }
}

export class StoryUsagePage {
  constructor(readonly page: Page) {}

  readonly total = (figure: 'requests' | 'spend' | 'tokens' | 'errors' | 'latency' | 'violations') => stat(this.page, `usage-${figure}`);
  readonly table = () => this.page.getByTestId('usage-table');
  readonly rows = () => this.page.getByTestId('breakdown-row');

  async goto(query = '') {
    await this.page.goto(`/usage${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Spend & usage' })).toBeVisible();
  }

  /** The breakdown row's cells, keyed by column header. */
  async row(index: number): Promise<Record<string, string>> {
    return rowCells(this.table().getByRole('table'), this.rows().nth(index));
  }
}

export class StoryLogsPage {
  constructor(readonly page: Page) {}

  readonly rows = () => this.page.getByTestId('log-row');
  readonly pager = () => this.page.getByRole('navigation', { name: 'Request log pages' });

  async goto() {
    await this.page.goto('/logs');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Request log' })).toBeVisible();
  }

  async cells(row: Locator): Promise<Record<string, string>> {
    return rowCells(this.page.getByRole('table', { name: 'Requests' }), row);
  }

  /** Value of a `<dt>`/`<dd>` pair on the detail page. */
  detail(term: string) {
    return this.page.locator('dl > div').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd');
  }
}

export class StoryViolationsPage {
  constructor(readonly page: Page) {}

  readonly rows = () => this.page.getByTestId('violation-row');
  readonly trend = () => this.page.getByTestId('violations-trend');

  async goto(query = '') {
    await this.page.goto(`/violations${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Violations' })).toBeVisible();
  }

  async cells(row: Locator): Promise<Record<string, string>> {
    return rowCells(this.page.getByRole('table', { name: 'Violations' }), row);
  }

  detail(term: string) {
    return this.page.locator('dl > div').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd');
  }
}

export class StoryApprovalsPage {
  constructor(readonly page: Page) {}

  readonly cards = () => this.page.getByTestId('approval-card');
  readonly card = (text: string | RegExp) => this.cards().filter({ hasText: text });
  readonly history = () => this.page.getByTestId('approval-history-row');

  async goto() {
    await this.page.goto('/approvals');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
  }

  /** Value of one `<dt>`/`<dd>` pair on a card. */
  field(card: Locator, term: string) {
    return card.locator('dl > div').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${term}$`) }) }).locator('dd');
  }

  async approve(card: Locator, note: string) {
    await card.getByLabel(/Note for the audit trail/).fill(note);
    await card.getByRole('button', { name: 'Approve' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'The caller can now retry' })).toBeVisible();
  }
}
