// `hewitt test --format junit` validates against a JUnit schema (fixtures/junit.xsd, the format CI
// test reporters read), for passing, failing and erroring tests alike; and it agrees with the
// summary.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { describe, expect, it } from 'vitest';
import { hewitt, ROOT } from './support';

function validate(xml: string): string | undefined {
  const schema = XmlDocument.fromString(readFileSync(join(__dirname, 'fixtures', 'junit.xsd'), 'utf8'));
  const validator = XsdValidator.fromDoc(schema);
  const doc = XmlDocument.fromString(xml);
  try {
    validator.validate(doc);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    doc.dispose();
    validator.dispose();
    schema.dispose();
  }
}

describe('hewitt test --format junit', () => {
  it.each([['samples/tests'], ['samples/broken/tests/wrong-value.test.hewitt', 'samples/broken/tests/bad-input.test.hewitt', 'samples/broken/tests/missing-group.test.hewitt']])(
    'validates against the JUnit schema (%s)',
    async (...paths) => {
      const run = await hewitt(['test', ...paths, '--format', 'junit']);
      expect(validate(run.stdout)).toBeUndefined();
    },
  );

  it('counts what the summary counts, with a failure and an error element where due', async () => {
    const run = await hewitt(['test', 'samples/broken/tests/bad-input.test.hewitt', 'samples/broken/tests/wrong-value.test.hewitt', '--format', 'junit']);
    expect(run.stdout).toMatch(/<testsuites name="hewitt test: 1 passed, 1 failed, 8 errors" tests="10" failures="1" errors="8">/);
    expect(run.stdout.match(/<failure /g)?.length).toBe(1);
    expect(run.stdout.match(/<error /g)?.length).toBe(8);
  });

  it('rejects a report the schema does not allow (the schema is enforced)', () => {
    expect(validate('<testsuites><testsuite name="x"><testcase/></testsuite></testsuites>')).toBeDefined();
  });

  it('is well formed even with characters XML must escape', async () => {
    const run = await hewitt(['test', 'samples/broken/tests/missing-group.test.hewitt', '--format', 'junit'], ROOT);
    expect(run.stdout).toContain('&quot;QE9&quot;');
    expect(validate(run.stdout)).toBeUndefined();
  });
});
