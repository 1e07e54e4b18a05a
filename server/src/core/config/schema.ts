// The JSON Schema (draft-07) of `hewitt.config.json`, generated from the catalogue so that the
// editor completes and checks rule ids, severities and options. The committed copy in
// schemas/hewitt.config.schema.json is kept equal to this function's output by a test.

import { ENGINE_DIALECTS } from './engines';
import { RULE_SEVERITIES, type OptionSpec, type OptionValue, type RuleMeta } from '../rules/meta';

export type JsonSchema = { readonly [key: string]: unknown };

/** A money text as the configuration accepts it: `£50k`, `50000`, `£1,250,000`, `£1.2m`. */
export const MONEY_TEXT_PATTERN = '^£?(\\d{1,3}(,\\d{3})+|\\d+(_\\d+)*)(\\.\\d+)?([kK]|[mM]|[bB][nN])?$';

export function configSchema(catalogue: readonly RuleMeta[]): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Hewitt Rules configuration',
    description: 'Severities and options of the rules that check rule files against the Hewitt Review (hewitt.config.json).',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'The path or address of this schema.' },
      rules: {
        type: 'object',
        description: 'Rule ids (`hewitt/<name>`) mapped to a severity, or to [severity, { options }].',
        properties: Object.fromEntries(catalogue.map((meta) => [meta.id, ruleSchema(meta)])),
        additionalProperties: false,
      },
      engines: {
        type: 'object',
        description: 'Named SQL engines for `hewitt eval --engine NAME` (see docs/engines.md). Connection strings only through environment variables.',
        additionalProperties: {
          type: 'object',
          properties: {
            dialect: { enum: [...ENGINE_DIALECTS], description: 'The SQL dialect of the engine.' },
            url: { type: 'object', properties: { env: { type: 'string', description: 'The environment variable that holds the connection string.' } }, required: ['env'], additionalProperties: false },
            database: { type: 'string', description: 'A DuckDB database file, relative to this configuration file.' },
          },
          required: ['dialect'],
          additionalProperties: false,
        },
      },
      ignore: {
        type: 'array',
        description:
          "Folders and files a folder walk passes over (`hewitt check DIR`, `hewitt test DIR`, the language server's workspace scan), read like .gitignore lines relative to this file's folder: a name matches at any depth (`broken`), a path with a slash from this folder (`drafts/*.hewitt`), a trailing `/` folders only. A file or folder named on the command line or opened in the editor is always checked.",
        items: { type: 'string', minLength: 1, pattern: '^[^!]' },
      },
    },
    additionalProperties: false,
  };
}

function ruleSchema(meta: RuleMeta): JsonSchema {
  const severity = { enum: [...RULE_SEVERITIES] };
  const description = `${meta.title}. Hewitt Review ${meta.recommendation.id}: ${meta.recommendation.summary} Default: ${meta.defaultSeverity}. See ${meta.docs}.`;
  return {
    description,
    oneOf: [
      severity,
      {
        type: 'array',
        items: [
          severity,
          {
            type: 'object',
            properties: Object.fromEntries(meta.options.map((option) => [option.name, optionSchema(option)])),
            additionalProperties: false,
          },
        ],
        minItems: 1,
        maxItems: 2,
        additionalItems: false,
      },
    ],
    default: meta.defaultSeverity,
  };
}

function optionSchema(option: OptionSpec): JsonSchema {
  const common = { description: option.description, default: jsonDefault(option) };
  switch (option.type) {
    case 'number':
    case 'integer':
      return { type: option.type, ...common, ...(option.minimum === undefined ? {} : { minimum: option.minimum }) };
    case 'boolean':
    case 'string':
      return { type: option.type, ...common };
    case 'money':
      return {
        ...common,
        anyOf: [
          { type: 'number', ...(option.minimum === undefined ? {} : { minimum: option.minimum / 100 }) },
          { type: 'string', pattern: MONEY_TEXT_PATTERN },
        ],
      };
  }
}

/** The default as written in the file: money in pounds, not pence. */
function jsonDefault(option: OptionSpec): string | number | boolean {
  const value: OptionValue = option.default;
  if (typeof value === 'bigint') return Number(value) / 100;
  return value;
}
