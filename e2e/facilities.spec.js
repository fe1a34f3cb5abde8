// The facilities-and-cells view (Table 1, Section III): report figures, CSV rows = table rows, no horizontal overflow,
// axe, and screenshots at 360 and 1280 px.
import { test, expect } from './fixtures.js';
import { SectionPage, screens, axe } from './section-page.js';

test.describe('facilities', () => {
  test('prints Table 1, the 17,460 in double cells and 2,425 in private facilities', async ({ page }) => {
    const x = new SectionPage(page, 'facilities', 'facilities-page');
    await x.open();
    await expect(x.row('table-1', 'prisons')).toContainText('51');
    await expect(x.row('table-1', 'prisons')).toContainText('49');
    await expect(x.row('table-1', 'jails')).toContainText('12');
    await expect(page.getByTestId('double-cell-lead')).toContainText('17,460');
    await expect(page.getByTestId('private-lead')).toContainText('2,425');
    await expect(x.check('iii-a-checks', 'iii_a_private_rh_share')).toContainText('2.83%');
    await expect(x.check('iii-b-checks', 'iii_b_double_cell_people')).toContainText('17,460');
    await expect(page.getByTestId('facilities-chart')).toBeVisible();
    await x.expectDownloadsMatchTables();
    await screens(page, 'facilities');
    await axe(page);
  });
});
