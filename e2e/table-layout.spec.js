// The explorer's results table at desktop widths has fixed column widths (issue 8: no re-measuring
// every cell on a sort). A fixed column does not grow to fit its content, so this checks, for every
// definition at the widths where the fixed layout applies, that no header and no figure runs out
// of its cell into the next one, and that no figure breaks over two lines.
import { test, expect } from './fixtures.js';

for (const width of [800, 1280]) {
  for (const hours of [22, 20, 16]) {
    test(`results table at ${width}px, ${hours} hours: headers and figures stay inside their cells`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`./?hours=${hours}`);
      const problems = await page.locator('.results table.data').evaluate((table) => {
        const out = [];
        for (const cell of table.querySelectorAll('thead th, tbody td.num')) {
          const box = cell.getBoundingClientRect();
          for (const el of cell.querySelectorAll('button, span')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0) continue;
            if (r.right > box.right + 0.5 || r.left < box.left - 0.5) out.push(`runs out of its cell: "${el.textContent.trim()}"`);
          }
          const figure = cell.querySelector('button.figure');
          if (figure) {
            // The lines the figure's text sits on (a button is one box however its text wraps).
            const range = document.createRange();
            range.selectNodeContents(figure);
            const bottoms = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.bottom).sort((a, b) => a - b);
            if (bottoms.length && bottoms[bottoms.length - 1] - bottoms[0] > 6) out.push(`breaks over two lines: "${figure.textContent.trim()}"`);
          }
        }
        return out;
      });
      expect(problems).toEqual([]);
    });
  }
}
