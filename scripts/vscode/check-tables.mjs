// The real-VS-Code checks of the preview's measure tables and charts at national scale, driven
// with Playwright as a user would: the wide table of prevention_share (42 boards down, five years
// across), choosing a board's row highlights its line (and only its line) in the chart, the
// same view in the light, dark and high-contrast themes (screenshots), and how long a preview of
// 200 groups × 10 years takes to render once its results arrive.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { clickTab, previewFrame } from './browser.mjs';
import { until } from './process.mjs';

export const SCALE_GROUPS = 200;
export const SCALE_YEARS = 10;
export const RENDER_BUDGET_MS = 200;
/** The preview draws this many rows of a long table before a "show all" button (client/webview/wide-table.ts). */
const ROW_LIMIT = 60;

const THEMES = [
  { name: 'dark', label: 'Dark Modern', bodyClass: 'vscode-dark' },
  { name: 'light', label: 'Light Modern', bodyClass: 'vscode-light' },
  { name: 'high-contrast', label: 'Dark High Contrast', bodyClass: 'vscode-high-contrast' },
];

/** Writes a rule file and a CSV of SCALE_GROUPS areas × SCALE_YEARS fiscal years into the workspace. */
export function writeScaleFixture(workspace) {
  const folder = join(workspace, 'scale');
  mkdirSync(folder, { recursive: true });
  const lines = ['area,region,year,spend,prevention'];
  for (let a = 0; a < SCALE_GROUPS; a++) {
    for (let y = 0; y < SCALE_YEARS; y++) {
      const spend = 1_000_000 + a * 7_919 + y * 13_331;
      const prevention = Math.round(spend * (0.03 + ((a * 37 + y * 11) % 41) / 1000));
      lines.push(`A${String(a).padStart(3, '0')},R${a % 7},${2016 + y}/${String((17 + y) % 100).padStart(2, '0')},${spend}.00,${prevention}.00`);
    }
  }
  writeFileSync(join(folder, 'areas.csv'), `${lines.join('\n')}\n`);
  writeFileSync(
    join(folder, 'scale.hewitt'),
    [
      'dataset areas "Spend of 200 areas over ten years" {',
      '  source: "areas.csv"',
      '  owner: "Finance"',
      '  columns {',
      '    area: text',
      '    region: text',
      '    year: fiscal_year',
      '    spend: money',
      '    prevention: money',
      '  }',
      '}',
      '',
      'measure area_share "Prevention share by area" {',
      '  from areas',
      '  value: sum(prevention) / sum(spend)',
      '  by area, year',
      '}',
      '',
      'measure all_areas_share "Prevention share, all areas" {',
      '  from areas',
      '  value: sum(prevention) / sum(spend)',
      '  by year',
      '}',
      '',
    ].join('\n'),
  );
}

/** Runs every check; returns the failures (empty when all pass). */
export async function checkTables({ page, frame, out, log, alive }) {
  const failures = [];
  const fail = (message) => {
    failures.push(message);
    log(`FAIL ${message}`);
  };
  const measure = 'section[data-measure="prevention_share"]';

  const headers = await frame.locator(`${measure} table.sticky thead th`).allInnerTexts();
  const rows = await frame.locator(`${measure} table.sticky tbody tr`).count();
  const expected = ['icb', '2021/22', '2022/23', '2023/24', '2024/25', '2025/26'];
  if (JSON.stringify(headers.map((h) => h.trim())) !== JSON.stringify(expected) || rows !== 42) fail(`the table of prevention_share is not 42 boards × 5 years across (headers ${JSON.stringify(headers)}, ${rows} rows)`);
  else log('ok   prevention_share is a wide table: 42 boards down, 5 fiscal years across');

  const chosen = 'QOP';
  await frame.locator(`${measure} tr[data-key="${chosen}"] button.choose`).click();
  const highlighted = await until(
    `the chart to highlight ${chosen}`,
    async () => {
      const state = await frame.evaluate((selector) => {
        const section = document.querySelector(selector);
        return {
          chosen: [...(section?.querySelectorAll('polyline.chosen') ?? [])].map((line) => line.getAttribute('data-key')),
          context: section?.querySelectorAll('polyline.context').length ?? 0,
          reference: section?.querySelectorAll('polyline.reference').length ?? 0,
          row: section?.querySelector('tr.chosen')?.getAttribute('data-key'),
          text: section?.querySelector('.chart-text')?.textContent ?? '',
        };
      }, measure);
      return state.chosen.length > 0 ? state : undefined;
    },
    { timeoutMs: 10_000, everyMs: 100, alive },
  );
  if (JSON.stringify(highlighted.chosen) !== JSON.stringify([chosen]) || highlighted.context !== 41 || highlighted.row !== chosen) {
    fail(`choosing ${chosen} did not highlight its line alone: ${JSON.stringify(highlighted)}`);
  } else log(`ok   choosing the row ${chosen} highlights its line against 41 grey ones${highlighted.reference === 1 ? ', with the national line' : ''}`);
  if (highlighted.reference !== 1) fail('the chart of prevention_share has no national line');
  if (!highlighted.text.includes(`${chosen}:`)) fail(`the chart's text alternative does not describe ${chosen}: ${highlighted.text}`);

  const latest = frame.locator(`${measure} table.sticky thead th button.sort`, { hasText: '2025/26' });
  await latest.click();
  await latest.click();
  const sorted = await until(
    'the table to sort by 2025/26, highest first',
    () => frame.evaluate((selector) => (document.querySelector(`${selector} th[aria-sort="descending"]`) === null ? undefined : [...document.querySelectorAll(`${selector} table.sticky tbody tr`)].map((tr) => Number(tr.lastElementChild?.textContent?.replace('%', '')))), measure),
    { timeoutMs: 10_000, everyMs: 100, alive },
  );
  if (sorted.some((value, i) => i > 0 && value > sorted[i - 1])) fail(`sorting by 2025/26 did not order the rows: ${sorted.join(', ')}`);
  else log('ok   a click on a year header sorts the boards by it (highest first on the second click)');

  await frame.evaluate((selector) => document.querySelector(`${selector} h3`)?.scrollIntoView({ block: 'start' }), measure);
  for (const theme of THEMES) {
    await setTheme(page, theme.label);
    await until(`the preview to take the ${theme.name} theme`, () => frame.evaluate((cls) => document.body.classList.contains(cls) || undefined, theme.bodyClass), { timeoutMs: 20_000, everyMs: 200, alive });
    await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.mouse.move(1, 1);
    const path = join(out, `preview-table-${theme.name}.png`);
    await page.screenshot({ path });
    log(`ok   screenshot in the ${theme.label} theme: ${path}`);
  }
  await setTheme(page, THEMES[0].label);
  return failures;
}

/**
 * Times the preview of the 200 × 10 fixture, from the results' arrival to a laid-out page: the
 * first render (a cold start), then three more as the file is edited (each edit sends new results).
 * The median is printed against the target and every time written to render-timing.json; the
 * timing never fails the run (a benchmark figure), what the page shows does.
 */
export async function checkScale({ page, out, log, alive, from }) {
  const failures = [];
  await clickTab(page, from);
  await page.keyboard.press('Control+P');
  await page.keyboard.type('scale.hewitt');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'scale.hewitt' }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
  const frame = await previewFrame(page, 'scale.hewitt', alive);
  const read = () =>
    frame.evaluate(() => {
      const section = 'section[data-measure="area_share"]';
      return {
        renders: (document.body.dataset.renders ?? '').split(' ').filter(Boolean).map(Number),
        rows: document.querySelectorAll(`${section} table.sticky tbody tr`).length,
        caption: document.querySelector(`${section} caption`)?.textContent ?? '',
        lines: document.querySelectorAll(`${section} polyline`).length,
      };
    });
  const first = await until('the first render of the 200 × 10 preview', async () => ((await read()).rows > 0 ? read() : undefined), { timeoutMs: 20_000, everyMs: 100, alive });
  let renders = first.renders.length;
  await page.locator('.monaco-editor .view-lines', { hasText: 'all_areas_share' }).first().click();
  await page.keyboard.press('Control+End');
  for (let edit = 0; edit < 3; edit++) {
    await page.keyboard.type(' ');
    await until('the preview to render the edited file', async () => ((await read()).renders.length > renders ? true : undefined), { timeoutMs: 30_000, everyMs: 100, alive });
    renders += 1;
  }
  const timing = await read();
  const times = timing.renders.slice(-4);
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  writeFileSync(join(out, 'render-timing.json'), JSON.stringify({ groups: SCALE_GROUPS, years: SCALE_YEARS, renderMs: times, medianMs: median, load: loadavg()[0], cores: cpus().length, rows: timing.rows, caption: timing.caption, lines: timing.lines }, null, 2));
  if (timing.rows !== Math.min(SCALE_GROUPS, ROW_LIMIT) || !timing.caption.includes(`(${SCALE_GROUPS} of ${SCALE_GROUPS} groups`)) failures.push(`the 200 × 10 preview shows ${timing.rows} rows: ${timing.caption}`);
  // Wall time means little on a machine whose run queue is longer than its cores: then the times
  // are recorded and shown, but not judged.
  // A figure, not a verdict: CI machines vary, so the time is printed and written for
  // docs/performance.md; only what the page shows can fail the run.
  const load = loadavg()[0];
  const verdict = median <= RENDER_BUDGET_MS ? 'within' : 'over';
  log(`note ${SCALE_GROUPS} groups × ${SCALE_YEARS} years render in ${median} ms once the results arrive (median of ${times.join(', ')} ms, the first cold; ${verdict} the ${RENDER_BUDGET_MS} ms target; load ${load.toFixed(1)} on ${cpus().length} cores)`);
  for (const failure of failures) log(`FAIL ${failure}`);
  return failures;
}

/** Picks a colour theme through the command palette, as a user would. */
async function setTheme(page, label) {
  const row = (text) => page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${text}$`) }) }).first();
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
  await page.keyboard.type('Preferences: Color Theme');
  await row('Preferences: Color Theme').click({ timeout: 10_000 });
  await page.keyboard.type(label);
  await row(label).click({ timeout: 10_000 });
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}
