// The pregnant-and-transgender view (Table 19, Section VI.D.3): report figures, CSV rows = table rows, no horizontal overflow,
// axe, and screenshots at 360 and 1280 px.
import { test, expect } from './fixtures.js';
import { SectionPage, screens, axe } from './section-page.js';

test.describe('pregnancy', () => {
  test('prints Table 19 counts, totals 396 / 5 and the transgender figures', async ({ page }) => {
    const x = new SectionPage(page, 'pregnancy', 'pregnancy-page');
    await x.open();
    await expect(x.row('table-19', 'TX')).toContainText('12,785');
    await expect(x.row('table-19', 'TX')).toContainText('88');
    await expect(x.row('table-19', 'FL')).toContainText('52');
    await expect(page.getByTestId('table-19-sums')).toContainText('396');
    await expect(x.check('pregnancy-checks', 'vi_d2_pregnant_total')).toContainText('matches');
    await expect(x.check('pregnancy-checks', 'vi_d2_pregnant_rh_total')).toContainText('matches');
    await expect(page.getByTestId('transgender-lead')).toContainText('754');
    await expect(page.getByTestId('transgender-lead')).toContainText('55');
    await expect(page.getByTestId('transgender-lead')).toContainText('7.3%');
    await expect(x.row('transgender-table', 'TX')).toContainText('19');
    await expect(x.check('transgender-checks', 'vi_d3_transgender_rh')).toContainText('matches');
    await x.expectDownloadsMatchTables();
    await screens(page, 'pregnancy');
    await axe(page);
  });
});
