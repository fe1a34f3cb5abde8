// Page object and checks shared by the mental-illness, pregnancy and facilities specs.
import { expect, expectNoAxeViolations, fullScreenshot } from './fixtures.js';

export class SectionPage {
  constructor(page, token, testid) { Object.assign(this, { page, token, testid }); }
  async open() {
    await this.page.goto(`./?view=${this.token}`);
    await expect(this.page.getByTestId(this.testid)).toBeVisible();
  }
  row(table, code) { return this.page.locator(`[data-testid="${table}"] tbody tr[data-code="${code}"], [data-testid="${table}"] tbody tr[data-key="${code}"]`); }
  check(table, id) { return this.page.locator(`[data-testid="${table}"] tbody tr[data-id="${id}"]`); }
  // Every table with a download right after it: the link's data-rows equals its body rows.
  async expectDownloadsMatchTables() {
    const pairs = await this.page.locator('table.data').evaluateAll((tables) => tables.map((t) => {
      let el = t.closest('.table-scroll') ?? t;
      let next = el.nextElementSibling;
      const link = next?.querySelector('[data-testid=download-csv]');
      return { id: t.dataset.testid, body: t.tBodies[0].rows.length, rows: link ? Number(link.dataset.rows) : null };
    }));
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) expect(p, `table ${p.id}`).toEqual({ ...p, rows: p.body });
  }
}

export async function screens(page, view) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await fullScreenshot(page, `e2e/screenshots/${view}-${width}.png`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${view} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
  }
}

export async function axe(page) {
  await expectNoAxeViolations(page);
}

