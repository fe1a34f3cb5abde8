// The mental-illness view (Tables 15–18, Appendix C): report figures, CSV rows = table rows, no horizontal overflow,
// axe, and screenshots at 360 and 1280 px.
import { test, expect } from './fixtures.js';
import { SectionPage, screens, axe } from './section-page.js';

test.describe('mental illness', () => {
  test('prints Tables 15–16 figures, prose totals and the errata; no ranking', async ({ page }) => {
    const x = new SectionPage(page, 'mental-illness', 'mental-page');
    await x.open();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Serious mental illness');
    const al = x.row('smi-table', 'AL');
    await expect(al).toContainText('23,062');
    await expect(al).toContainText('573');
    await expect(al).toContainText('9.2%');
    await expect(x.row('smi-table', 'TX')).toContainText('135,580');
    await expect(x.row('smi-table', 'WA')).toContainText('counts give 3.3%');
    await expect(x.row('smi-table', 'KS')).toContainText('counts give 1.8%');
    await expect(x.row('smi-table', 'VI')).toContainText('of only 25 people');
    await expect(x.row('smi-table', 'DC')).toContainText('not in Table 16');
    await expect(page.getByTestId('smi-sums')).toContainText('54,025');
    await expect(page.getByTestId('smi-sums')).toContainText('5,146');
    await expect(page.getByTestId('smi-sums')).toContainText('10,008');
    await expect(x.check('smi-checks', 'vi_d1_male_smi_custodial')).toContainText('matches');
    await expect(x.check('smi-checks', 'vi_d1_female_smi_custodial')).toContainText('9,573');
    await expect(x.check('smi-checks', 'vi_d1_female_smi_custodial')).toContainText('differs: 10,008');
    await expect(x.check('smi-checks', 'vi_d1_female_smi_rh')).toContainText('differs: 305');
    await expect(x.check('smi-checks', 't16_n_jurisdictions')).toContainText('differs: 33');
    await expect(page.getByTestId('no-ranking')).toContainText('p. 49');
    await expect(page.locator('[data-testid=mental-page] button[data-testid^=sort]')).toHaveCount(0);
    // Panels are alphabetical, and each row carries its own definition.
    const codes = await page.locator('[data-testid=smi-panels] li').evaluateAll((li) => li.map((l) => l.dataset.code));
    expect(codes.slice(0, 3)).toEqual(['AL', 'CO', 'CT']);
    await screens(page, 'mental-illness');
    // The table sits in a collapsed group (issue 15): open it first, as a reader would.
    await page.getByTestId('group-smi-table').evaluate((d) => { d.open = true; });
    await al.getByText(/Definition \(p\. C-1\)/).click();
    await expect(al.locator('blockquote')).toContainText('Mental Disorder');
    await x.expectDownloadsMatchTables();
    await axe(page);
  });
});
