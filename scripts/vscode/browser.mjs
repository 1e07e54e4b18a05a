// The browser side of the real-VS-Code run: opens the workspace in Debian's Chromium, waits for
// the results preview's webview to show results, checks what it shows and takes a screenshot.
import { chromium } from 'playwright-core';
import { until } from './process.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function openWorkbench(executablePath, url, log) {
  const browser = await chromium.launch({ executablePath, args: ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  return { browser, page };
}

/** The frame of the results preview once it shows results for `fileName`. */
export async function previewFrame(page, fileName, alive) {
  return until(
    `the results preview of ${fileName} in the browser`,
    async () => {
      for (const frame of page.frames()) {
        try {
          const state = await frame.evaluate(() => (document.getElementById('root') === null ? null : `${document.body.dataset.state ?? ''}|${document.querySelector('h2')?.textContent ?? ''}`));
          if (state !== null && state.startsWith('result|') && state.includes(fileName)) return frame;
        } catch {
          // A frame that navigated away while we asked: look again.
        }
      }
      return undefined;
    },
    { timeoutMs: 60_000, everyMs: 250, alive },
  );
}

/** What the preview must show: the given texts, as text; no element made from data. */
export async function checkPreview(frame, texts) {
  const failures = [];
  const shown = await frame.evaluate(() => document.body.innerText);
  for (const text of texts) if (!shown.includes(text)) failures.push(`the preview does not show "${text}"`);
  const injected = await frame.evaluate(() => document.querySelectorAll('#root img, #root script, #root iframe').length);
  if (injected > 0) failures.push(`the preview holds ${injected} element(s) made from data`);
  return failures;
}

/** Brings an open editor to the front by clicking its tab, as a user would. */
export async function clickTab(page, fileName) {
  const tab = page.locator('.tabs-container .tab', { hasText: fileName }).first();
  await tab.waitFor({ state: 'visible', timeout: 30_000 });
  await tab.click();
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).first().waitFor({ timeout: 30_000 });
}

/** Scrolls the preview to its first chart; false when it draws none. Resolves once the scroll is painted. */
export async function showFirstChart(frame) {
  return frame.evaluate(
    () =>
      new Promise((resolve) => {
        const chart = document.querySelector('#root svg polyline')?.closest('section, div');
        if (!chart) return resolve(false);
        chart.scrollIntoView({ block: 'start' });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)));
      }),
  );
}
