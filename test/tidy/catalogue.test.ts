// The catalogue's housekeeping: every rule has a documentation page, a test file and an entry in
// the configuration schema; the generated files (docs/rules/README.md, the schema) equal their
// generators' output. UPDATE_GOLDEN=1 rewrites the generated files.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../server/src/core/config/schema';
import { CATALOGUE } from '../../server/src/core/rules/catalogue';
import { rulesIndexMarkdown } from '../../server/src/core/rules/docs-index';
import { ruleName } from '../../server/src/core/rules/rule';

const ROOT = join(__dirname, '..', '..');
const SCHEMA = join(ROOT, 'schemas', 'hewitt.config.schema.json');

function golden(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual, 'utf8');
  expect(readFileSync(path, 'utf8')).toBe(actual);
}

describe('the rule catalogue', () => {
  it('has eleven rules with unique hewitt/<name> ids', () => {
    expect(CATALOGUE).toHaveLength(11);
    expect(new Set(CATALOGUE.map((r) => r.id)).size).toBe(11);
    for (const rule of CATALOGUE) expect(rule.id).toMatch(/^hewitt\/[a-z]+(-[a-z]+)*$/);
  });

  it.each(CATALOGUE.map((r) => [r.id, r] as const))('%s has its docs page and its test file', (_id, rule) => {
    expect(rule.docs).toBe(`docs/rules/${ruleName(rule.id)}.md`);
    expect(existsSync(join(ROOT, rule.docs)), rule.docs).toBe(true);
    expect(existsSync(join(ROOT, 'test', 'rules', `${ruleName(rule.id)}.test.ts`))).toBe(true);
  });

  it.each(CATALOGUE.map((r) => [r.id, r] as const))('%s has an entry in the configuration schema', (id) => {
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as { properties: { rules: { properties: Record<string, unknown> } } };
    expect(schema.properties.rules.properties[id]).toBeDefined();
  });

  it('docs/rules/README.md is the generated index', () => {
    golden(join(ROOT, 'docs', 'rules', 'README.md'), rulesIndexMarkdown(CATALOGUE));
  });

  it('schemas/hewitt.config.schema.json is the generated schema', () => {
    golden(SCHEMA, JSON.stringify(configSchema(CATALOGUE), null, 2) + '\n');
  });
});
