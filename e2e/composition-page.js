// Page object shared by the race and age specs (both built from src/components/composition.rs).
import { expect } from './fixtures.js';

export class CompositionPage {
  constructor(page, view) { Object.assign(this, { page, view }); }
  async open(query = '') { await this.page.goto(`./?view=${this.view}${query}`); await expect(this.page.getByTestId(`${this.view}-page`)).toBeVisible(); }
  cell(id) { return this.page.getByTestId(id); }
  row(code) { return this.page.locator(`[data-testid=jurisdiction-table] tr[data-code=${code}]`); }
  claim(group) { return this.page.getByTestId(`claim-${group}`); }
  // Each table's download sits just before its scroll wrapper, in the same section/details: its
  // data-rows must equal the table's body rows.
  async expectDownloadsMatchTables() {
    for (const id of ['overall-table', 'jurisdiction-table', 'printed-table']) {
      const table = this.page.getByTestId(id);
      const rows = await table.locator('tbody tr').count();
      const link = table.locator('xpath=ancestor::*[contains(@class,"table-scroll")]/preceding-sibling::div[contains(@class,"view-tools")][1]').getByTestId('download-csv');
      await expect(link).toHaveAttribute('data-rows', String(rows));
      expect(rows).toBeGreaterThan(0);
    }
  }
}
