// Resolving hewitt.config.json against the catalogue: defaults, severities, options and every
// problem with the exact text it spans.
import { describe, expect, it } from 'vitest';
import { defaultConfig, resolveConfig } from '../../server/src/core/config/config';
import { FAKE_CATALOGUE } from './fake-catalogue';

/** Each problem as `code [spanned text] message`, for compact inline snapshots. */
function problems(text: string): string[] {
  return resolveConfig(text, 'hewitt.config.json', FAKE_CATALOGUE).diagnostics.map(
    (d) => `${d.severity} ${d.code} [${text.slice(d.span.start, d.span.end)}] ${d.message}`,
  );
}

function setting(text: string, id: string) {
  return resolveConfig(text, 'hewitt.config.json', FAKE_CATALOGUE).rules.get(id);
}

describe('default configuration', () => {
  it('has every rule at its default severity and options', () => {
    const config = defaultConfig(FAKE_CATALOGUE);
    expect(config.path).toBeUndefined();
    expect(config.diagnostics).toEqual([]);
    expect([...config.rules.keys()]).toEqual(FAKE_CATALOGUE.map((r) => r.id));
    expect(config.rules.get('hewitt/national-priorities-limit')).toEqual({ severity: 'warning', options: { max: 10 } });
    expect(config.rules.get('hewitt/data-transparency')).toEqual({ severity: 'info', options: {} });
  });

  it('is what an empty rules object resolves to', () => {
    const resolved = resolveConfig('{ "rules": {} }', 'a/hewitt.config.json', FAKE_CATALOGUE);
    expect(resolved.path).toBe('a/hewitt.config.json');
    expect(resolved.rules).toEqual(defaultConfig(FAKE_CATALOGUE).rules);
    expect(resolved.diagnostics).toEqual([]);
  });
});

describe('valid settings', () => {
  it('sets severities and options, keeping other defaults', () => {
    const text = `{
      // comments and trailing commas are allowed
      "$schema": "./schemas/hewitt.config.schema.json",
      "rules": {
        "hewitt/data-transparency": "off",
        "hewitt/national-priorities-limit": ["error", { "max": 12 }],
        "hewitt/outcome-metrics": ["hint", { "strict": true, }],
      },
    }`;
    expect(problems(text)).toEqual([]);
    expect(setting(text, 'hewitt/data-transparency')).toEqual({ severity: 'off', options: {} });
    expect(setting(text, 'hewitt/national-priorities-limit')).toEqual({ severity: 'error', options: { max: 12 } });
    expect(setting(text, 'hewitt/outcome-metrics')).toEqual({ severity: 'hint', options: { share: 0.5, strict: true, label: 'x' } });
    expect(setting(text, 'hewitt/recurrent-funding')).toEqual({ severity: 'warning', options: { below: 0n } });
  });

  it.each([
    ['50000', 5_000_000n],
    ['12.5', 1250n],
    ['"£50k"', 5_000_000n],
    ['"50k"', 5_000_000n],
    ['"£1,250,000"', 125_000_000n],
    ['"£1.2m"', 120_000_000n],
  ])('reads the money option %s in pence', (written, pence) => {
    const text = `{ "rules": { "hewitt/recurrent-funding": ["warning", { "below": ${written} }] } }`;
    expect(problems(text)).toEqual([]);
    expect(setting(text, 'hewitt/recurrent-funding')?.options.below).toBe(pence);
  });
});

describe('problems in the configuration file', () => {
  it('reports JSON syntax errors at their place and keeps what can be read', () => {
    const text = '{ "rules": { "hewitt/data-transparency": "off" "hewitt/recurrent-funding": "error" }';
    expect(problems(text)).toMatchInlineSnapshot(`
      [
        "error config-syntax ["hewitt/recurrent-funding"] The configuration is not valid JSON: a \`,\` is expected between entries.",
        "error config-syntax [] The configuration is not valid JSON: a closing \`}\` is expected.",
      ]
    `);
    expect(setting(text, 'hewitt/data-transparency')?.severity).toBe('off');
  });

  it('reports an unknown rule with a suggestion', () => {
    expect(problems('{ "rules": { "hewitt/recurent-funding": "off", "data-transparency": "off", "zzz": "off" } }')).toMatchInlineSnapshot(`
      [
        "warning config-unknown-rule ["hewitt/recurent-funding"] The checker has no rule \`hewitt/recurent-funding\`; did you mean \`hewitt/recurrent-funding\`?",
        "warning config-unknown-rule ["data-transparency"] The checker has no rule \`data-transparency\`; did you mean \`hewitt/data-transparency\`?",
        "warning config-unknown-rule ["zzz"] The checker has no rule \`zzz\`; rule ids look like \`hewitt/prevention-shift\`.",
      ]
    `);
  });

  it('reports a bad severity and keeps the default', () => {
    const text = '{ "rules": { "hewitt/data-transparency": "warn", "hewitt/recurrent-funding": ["eror"] } }';
    expect(problems(text)).toMatchInlineSnapshot(`
      [
        "error config-invalid ["warn"] The severity "warn" of rule \`hewitt/data-transparency\` is not one the checker knows; expected "off", "hint", "info", "warning", "error" (did you mean "warning"?).",
        "error config-invalid ["eror"] The severity "eror" of rule \`hewitt/recurrent-funding\` is not one the checker knows; expected "off", "hint", "info", "warning", "error" (did you mean "error"?).",
      ]
    `);
    expect(setting(text, 'hewitt/data-transparency')?.severity).toBe('info');
  });

  it('reports a setting of the wrong shape', () => {
    expect(problems('{ "rules": { "hewitt/data-transparency": 3, "hewitt/recurrent-funding": [], "hewitt/outcome-metrics": [2] } }')).toMatchInlineSnapshot(`
      [
        "error config-invalid [3] The setting of rule \`hewitt/data-transparency\` must be a severity such as "warning", or a list such as ["warning", { … options … }].",
        "error config-invalid [[]] The setting of rule \`hewitt/recurrent-funding\` must be a severity such as "warning", or a list such as ["warning", { … options … }].",
        "error config-invalid [2] The first item for rule \`hewitt/outcome-metrics\` must be a severity: "off", "hint", "info", "warning", "error".",
      ]
    `);
  });

  it('reports unknown options, wrong types and values below the minimum; valid options still apply', () => {
    const text = `{ "rules": {
      "hewitt/national-priorities-limit": ["error", { "maxx": 3 }],
      "hewitt/data-transparency": ["info", { "max": 3 }],
      "hewitt/outcome-metrics": ["warning", { "share": "half", "strict": 1, "label": 2 }, {}],
      "hewitt/recurrent-funding": ["warning", { "below": "lots" }]
    } }`;
    expect(problems(text)).toMatchInlineSnapshot(`
      [
        "error config-invalid ["maxx"] Rule \`hewitt/national-priorities-limit\` has no option \`maxx\`; its options are \`max\` (did you mean \`max\`?).",
        "error config-invalid ["max"] Rule \`hewitt/data-transparency\` has no options; remove \`max\`.",
        "error config-invalid ["half"] The option \`share\` of rule \`hewitt/outcome-metrics\` must be a number, not the text "half".",
        "error config-invalid [1] The option \`strict\` of rule \`hewitt/outcome-metrics\` must be true or false, not the number 1.",
        "error config-invalid [2] The option \`label\` of rule \`hewitt/outcome-metrics\` must be a text in quotes, not the number 2.",
        "error config-invalid [{}] Rule \`hewitt/outcome-metrics\` takes a severity and one object of options; remove this extra item.",
        "error config-invalid ["lots"] The option \`below\` of rule \`hewitt/recurrent-funding\` must be an amount of money: a number of pounds such as 50000, or a text such as "£50k", not "lots".",
      ]
    `);
    expect(setting(text, 'hewitt/national-priorities-limit')).toEqual({ severity: 'error', options: { max: 10 } });
  });

  it('reports numbers that are not whole or below the minimum', () => {
    expect(problems(`{ "rules": {
      "hewitt/national-priorities-limit": ["error", { "max": 2.5 }],
      "hewitt/outcome-metrics": ["error", { "share": -1 }],
      "hewitt/recurrent-funding": ["error", { "below": -5 }]
    } }`)).toMatchInlineSnapshot(`
      [
        "error config-invalid [2.5] The option \`max\` of rule \`hewitt/national-priorities-limit\` must be a whole number, not the number 2.5.",
        "error config-invalid [-1] The option \`share\` of rule \`hewitt/outcome-metrics\` must be at least 0.",
        "error config-invalid [-5] The option \`below\` of rule \`hewitt/recurrent-funding\` must be at least £0.",
      ]
    `);
    expect(problems('{ "rules": { "hewitt/national-priorities-limit": ["error", { "max": 0 }] } }')).toEqual([
      'error config-invalid [0] The option `max` of rule `hewitt/national-priorities-limit` must be at least 1.',
    ]);
    expect(problems('{ "rules": { "hewitt/recurrent-funding": ["error", { "below": 0.005 }] } }')).toEqual([
      'error config-invalid [0.005] The option `below` of rule `hewitt/recurrent-funding` has a fraction of a penny; money is counted in whole pence.',
    ]);
  });

  it('reports unknown top-level keys and wrong top-level shapes', () => {
    expect(problems('{ "rule": {}, "$schema": 3, "extends": "x" }')).toMatchInlineSnapshot(`
      [
        "error config-invalid ["rule"] The configuration has no entry \`rule\`; expected \`rules\`, \`engines\` or \`$schema\` (did you mean \`rules\`?).",
        "error config-invalid [3] The \`$schema\` entry must be a text: the path or address of the schema.",
        "error config-invalid ["extends"] The configuration has no entry \`extends\`; expected \`rules\`, \`engines\` or \`$schema\`.",
      ]
    `);
    expect(problems('[1]')).toEqual(['error config-invalid [[1]] The configuration must be an object such as { "rules": { … } }.']);
    expect(problems('{ "rules": [] }')).toEqual(['error config-invalid [[]] The `rules` entry must be an object mapping rule ids to severities.']);
    expect(problems('  ')).toEqual(['error config-invalid [] The configuration file is empty; write an object such as { "rules": {} }.']);
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['{', '}', '{"rules":{"hewitt/recurrent-funding":["warning",{"below":', '"x"', 'null', '/* */', '{"rules":{"a":}}']) {
      expect(() => resolveConfig(text, 'c.json', FAKE_CATALOGUE)).not.toThrow();
    }
  });
});

describe('repeated settings', () => {
  it('warns on a rule set twice and uses the later setting', () => {
    const text = '{ "rules": { "hewitt/data-transparency": "off", "hewitt/data-transparency": "error" } }';
    expect(problems(text)).toEqual([
      'warning config-invalid ["hewitt/data-transparency"] Rule `hewitt/data-transparency` is set twice; only the later setting is used, so remove one.',
    ]);
    expect(resolveConfig(text, 'c.json', FAKE_CATALOGUE).diagnostics[0].span.start).toBe(text.lastIndexOf('"hewitt/data-transparency"'));
    expect(setting(text, 'hewitt/data-transparency')?.severity).toBe('error');
  });
});
