// The configuration schema: generated from the catalogue, valid draft-07, agreeing with the
// resolver on what is accepted, and committed as a golden file (UPDATE_GOLDEN=1 rewrites it).
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../server/src/core/config/config';
import { configSchema } from '../../server/src/core/config/schema';
import { FAKE_CATALOGUE } from './fake-catalogue';

const root = join(__dirname, '..', '..');

/** Asserts `path` holds `content`, or rewrites it when UPDATE_GOLDEN=1. */
export function expectGolden(path: string, content: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  expect(existsSync(path), `${path} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
  expect(readFileSync(path, 'utf8')).toBe(content);
}

function schemaText(schema: unknown): string {
  return JSON.stringify(schema, null, 2) + '\n';
}

describe('configuration schema', () => {
  const schema = configSchema(FAKE_CATALOGUE);
  const validate = new Ajv({ strict: true, strictTuples: false, allErrors: true }).compile(schema);

  it('matches its golden file', () => {
    expectGolden(join(root, 'test', 'config', 'golden', 'fake-catalogue.schema.json'), schemaText(schema));
  });

  it.each([
    '{}',
    '{ "$schema": "./schemas/hewitt.config.schema.json", "rules": {} }',
    '{ "rules": { "hewitt/data-transparency": "off" } }',
    '{ "rules": { "hewitt/data-transparency": ["hint"] } }',
    '{ "rules": { "hewitt/national-priorities-limit": ["error", { "max": 12 }] } }',
    '{ "rules": { "hewitt/recurrent-funding": ["warning", { "below": "£50k" }] } }',
    '{ "rules": { "hewitt/recurrent-funding": ["warning", { "below": 50000 }] } }',
    '{ "rules": { "hewitt/outcome-metrics": ["info", { "share": 0.4, "strict": true, "label": "y" }] } }',
  ])('accepts what the resolver accepts: %s', (text) => {
    expect(resolveConfig(text, 'c.json', FAKE_CATALOGUE).diagnostics).toEqual([]);
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    '{ "rule": {} }',
    '{ "rules": { "hewitt/nope": "off" } }',
    '{ "rules": { "hewitt/data-transparency": "warn" } }',
    '{ "rules": { "hewitt/data-transparency": ["info", { "max": 3 }] } }',
    '{ "rules": { "hewitt/national-priorities-limit": ["error", { "max": 0 }] } }',
    '{ "rules": { "hewitt/national-priorities-limit": ["error", { "max": 2.5 }] } }',
    '{ "rules": { "hewitt/recurrent-funding": ["warning", { "below": "lots" }] } }',
    '{ "rules": { "hewitt/recurrent-funding": ["warning", {}, {}] } }',
    '{ "rules": { "hewitt/outcome-metrics": ["info", { "strict": 1 }] } }',
  ])('rejects what the resolver rejects: %s', (text) => {
    expect(resolveConfig(text, 'c.json', FAKE_CATALOGUE).diagnostics).not.toEqual([]);
    expect(validate(JSON.parse(text))).toBe(false);
  });

  it('describes each rule with its recommendation and documentation', () => {
    const rules = (schema.properties as { rules: { properties: Record<string, { description: string; default: string }> } }).rules.properties;
    expect(rules['hewitt/recurrent-funding']).toMatchObject({
      description: 'Recurrent funding. Hewitt Review H-2: Give prevention funding for several years. Default: warning. See docs/rules/recurrent-funding.md.',
      default: 'warning',
    });
  });
});
