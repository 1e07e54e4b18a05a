// The explorer views in the real preview: the unclassified explorer lists the sample's largest
// unclassified programme, and choosing a figure shows the rows behind it with where each fell,
// from the picker and from a value of the result tables (a click, and Enter on a focused value).
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
    await checkFigureCells(page, frame, out, log, fail);
  } catch (error) {
    fail(`the explorer views: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  return failures;
}

/** What the Explore section shows once the rows behind a figure arrived: the picker's choice, the summary, where the focus is. */
async function shownRows(frame, figure) {
  await frame.waitForFunction(
    (wanted) => !document.body.innerText.includes('Reading the rows behind') && document.querySelector('.explanation p')?.textContent?.startsWith(`${wanted}:`),
    figure,
    { timeout: WAIT_MS },
  );
  return frame.evaluate(() => ({
    picked: document.querySelector('#explore-figure')?.value ?? '',
    summary: document.querySelector('.explanation p')?.textContent ?? '',
    text: document.querySelector('.explanation')?.textContent ?? '',
    focused: document.activeElement?.id ?? '',
  }));
}

/** The server writes a figure with plain values where no quotes are needed, as `--explain` does. */
const plain = (figure) => figure.replace(/"([^",\]\\]*)"/g, (quoted, value) => (value.trim() === value && value !== '' ? value : quoted));

async function checkFigureCells(page, frame, out, log, fail) {
  const value = frame.locator('section[data-measure="prevention_share"] table.sticky tbody button.figure').first();
  const figure = (await value.getAttribute('data-figure')) ?? '';
  await value.click();
  const clicked = await shownRows(frame, plain(figure));
  if (/^prevention_share\[icb = \w+, year = \d{4}\/\d{2}\]: [\d,]+ rows? behind it/.test(clicked.summary) && clicked.picked === 'prevention_share' && clicked.focused === 'explore-rows' && clicked.text.includes('prevention: '))
    log(`ok   a click on a value of the prevention_share table shows the rows behind it (${clicked.summary.split(':')[0]}), the picker names it and the rows have the focus`);
  else fail(`a click on ${figure} in the prevention_share table: ${JSON.stringify(clicked).slice(0, 300)}`);
  await page.screenshot({ path: join(out, 'preview-rows-clicked.png') });

  const category = frame.locator('section[aria-label="Classification prevention"] button.figure[data-figure="prevention.unclassified"]').first();
  await category.focus();
  await page.keyboard.press('Enter');
  const entered = await shownRows(frame, 'prevention.unclassified');
  if (/rows behind it/.test(entered.summary) && entered.text.includes('prevention: unclassified (no category holds)') && entered.picked === 'prevention.unclassified')
    log('ok   Enter on the unclassified amount of prevention shows the unclassified rows');
  else fail(`Enter on prevention.unclassified: ${JSON.stringify(entered).slice(0, 300)}`);
}
