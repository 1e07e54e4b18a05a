// The explorer views in the real preview: the unclassified explorer lists the sample's largest
// unclassified programme, and choosing a figure shows the rows behind it with where each fell.
// Returns the failures; takes a screenshot of each view.
import { join } from 'node:path';

const WAIT_MS = 60_000;

async function waitForText(frame, text) {
  await frame.waitForFunction((wanted) => document.body.innerText.includes(wanted), text, { timeout: WAIT_MS });
}

export async function checkExplore(page, frame, out, log) {
  const failures = [];
  const fail = (message) => {
    failures.push(message);
    log(`FAIL ${message}`);
  };
  try {
    await frame.click('#explore-unclassified');
    const caption = 'Largest unclassified programme values of prevention';
    await waitForText(frame, caption);
    const first = await frame.evaluate((wanted) => {
      const table = [...document.querySelectorAll('table')].find((t) => t.caption?.textContent?.startsWith(wanted));
      table?.scrollIntoView({ block: 'start' });
      return table?.querySelector('tbody tr th')?.textContent ?? '';
    }, caption);
    if (first === 'ACUTE') log('ok   the unclassified explorer lists the largest unclassified programme, ACUTE');
    else fail(`the unclassified explorer lists ${JSON.stringify(first)} first, not ACUTE`);
    await page.screenshot({ path: join(out, 'preview-unclassified.png') });

    await frame.selectOption('#explore-figure', 'prevention.screening');
    await frame.click('#explore-show-rows');
    await waitForText(frame, 'prevention.screening: ');
    const shown = await frame.evaluate(() => {
      const block = document.querySelector('.explanation');
      block?.scrollIntoView({ block: 'start' });
      return block?.textContent ?? '';
    });
    if (/rows behind it/.test(shown) && shown.includes('prevention: screening, because programme starts with "SCR-"')) log('ok   the preview shows the rows behind prevention.screening, each with the condition that matched');
    else fail(`the rows behind prevention.screening are not shown as expected: ${shown.slice(0, 200)}`);
    await page.screenshot({ path: join(out, 'preview-rows.png') });
  } catch (error) {
    fail(`the explorer views: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  return failures;
}
