// Golden files: each cases/NAME.input.hewitt formats to cases/NAME.output.hewitt.
// UPDATE_GOLDEN=1 rewrites the outputs.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../server/src/core/format';
import { commentsOf, meaningOf, syntaxErrorsOf } from './support';

const casesDir = join(__dirname, 'cases');
const inputs = readdirSync(casesDir)
  .filter((name) => name.endsWith('.input.hewitt'))
  .sort();

function formatted(text: string): string {
  const result = formatText(text);
  if (result.kind !== 'formatted') throw new Error(`not formatted: ${result.reason}`);
  return result.text;
}

describe.each(inputs)('%s', (inputName) => {
  const input = readFileSync(join(casesDir, inputName), 'utf8');
  const outputPath = join(casesDir, inputName.replace('.input.', '.output.'));

  it('is a valid file', () => {
    expect(syntaxErrorsOf(input)).toBe(0);
  });

  it('formats to its golden output', () => {
    const output = formatted(input);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(outputPath, output);
    expect(existsSync(outputPath), `${outputPath} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(output).toBe(readFileSync(outputPath, 'utf8'));
  });

  it('is idempotent', () => {
    const once = formatted(input);
    const twice = formatText(once);
    expect(twice).toEqual({ kind: 'formatted', text: once, changed: false });
  });

  it('keeps every comment, in order', () => {
    expect(commentsOf(formatted(input))).toEqual(commentsOf(input));
  });

  it('keeps the meaning', () => {
    expect(meaningOf(formatted(input))).toEqual(meaningOf(input));
  });

  it('leaves no trailing spaces and ends with one line break', () => {
    const output = formatted(input);
    const withoutBlockComments = output.replace(/\/\*[\s\S]*?\*\//g, 'x');
    expect(withoutBlockComments).not.toMatch(/[ \t]\r?$/m);
    if (output !== '') expect(output).toMatch(/[^\r\n]\r?\n$/);
  });
});
