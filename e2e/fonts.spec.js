// Issue 13, start-up without a long task: every distinct font a page shows (family, size, weight,
// style) is one more font the browser finds while laying out the page. On Linux each is a round trip
// to fontconfig, a few milliseconds at 4x CPU throttle; 27 of them made up much of the explorer's
// first layout (100-190 ms), in the static page as much as in the app. The stylesheet keeps text to
// one short type scale (static/style.css, at its top); this counts what each view's document shows,
// as built, before any script runs, so a new size or weight that creeps in is seen here.
import { test, expect } from '@playwright/test';

const VIEWS = ['', 'length-of-stay/', 'men-women/', 'race/', 'age/', 'mental-illness/', 'pregnancy/',
  'facilities/', 'reforms/', 'audit/', 'claim-check/', 'lab/', 'about/', 'profile/TX/'];
const SIZES = [[390, 844], [1280, 900]];
// The most any view shows (measured 2 Dec 2026 after the scale: 13-16; 18-27 before it).
const MOST = 17;

/** Every font the page lays text out in: family | size | weight | style, with one element each. */
const fontsShown = () => {
  const seen = new Map();
  const textOf = (el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
  for (const el of document.querySelectorAll('body *')) {
    // SVG <title> and <desc> are read out, not drawn; controls lay out their own text.
    if (el.closest('title, desc, script, style, noscript')) continue;
    if (!textOf(el) && !['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(el.tagName)) continue;
    if (!el.getClientRects().length && el.tagName !== 'tspan') continue;
    const cs = getComputedStyle(el);
    const key = `${cs.fontFamily} | ${cs.fontSize} | ${cs.fontWeight} | ${cs.fontStyle}`;
    if (!seen.has(key)) seen.set(key, `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
  }
  return [...seen].map(([k, e]) => `${k} (e.g. ${e})`).sort();
};

test.describe('fonts a view shows, as built', () => {
  test.use({ javaScriptEnabled: false });
  for (const address of VIEWS) {
    test(`${address || 'the site root'} uses at most ${MOST} fonts`, async ({ page }) => {
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        await page.goto(`./${address}`);
        const fonts = await page.evaluate(fontsShown);
        expect(fonts.length, `${width}×${height}:\n${fonts.join('\n')}`).toBeLessThanOrEqual(MOST);
        // Form controls take the text's font, not the browser's own (13.33px Arial).
        expect(fonts.filter((f) => /13\.333/.test(f)), 'controls in the browser default font').toEqual([]);
      }
    });
  }
});
