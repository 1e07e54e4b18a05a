// The `engines` entry of hewitt.config.json: named SQL engines a rule file can be evaluated on.
// A connection string is only ever named by an environment variable (`{ "env": "NAME" }`); a
// literal URL is an error (`config-secret`), so no password is committed with the rules.
//
//   "engines": {
//     "warehouse": { "dialect": "postgres", "url": { "env": "HEWITT_WAREHOUSE_URL" } },
//     "lake": { "dialect": "duckdb", "database": "data/lake.duckdb" }
//   }

import type { Node } from 'jsonc-parser/lib/esm/main.js';
import { properties, spanOf, topLevelEntry, type Report } from './json-nodes';

/** Every dialect an engine may name (those rendered only cannot be executed). */
export const ENGINE_DIALECTS = ['duckdb', 'postgres', 'clickhouse'] as const;
export type EngineDialect = (typeof ENGINE_DIALECTS)[number];

export interface EngineConfig {
  readonly name: string;
  readonly dialect: EngineDialect;
  /** The environment variable holding the connection string (postgres). */
  readonly urlVariable?: string;
  /** A DuckDB database file, relative to the configuration file. */
  readonly database?: string;
}

/** Checks the `engines` entry, reporting each problem; returns the engines that are usable. */
export function checkEngines(value: Node | undefined, report: Report): EngineConfig[] {
  if (value === undefined) return [];
  if (value.type !== 'object') {
    report('config-invalid', 'error', 'The `engines` entry must be an object mapping engine names to { "dialect": …, … }.', spanOf(value));
    return [];
  }
  const engines: EngineConfig[] = [];
  for (const [name, keyNode, engine] of properties(value)) {
    if (engine === undefined || engine.type !== 'object') {
      report('config-invalid', 'error', `Engine \`${name}\` must be an object such as { "dialect": "postgres", "url": { "env": "HEWITT_WAREHOUSE_URL" } }.`, spanOf(engine ?? keyNode));
      continue;
    }
    let dialect: EngineDialect | undefined;
    let urlVariable: string | undefined;
    let database: string | undefined;
    let dialectNode: Node | undefined;
    for (const [key, keyOf, node] of properties(engine)) {
      switch (key) {
        case 'dialect':
          dialectNode = node;
          dialect = ENGINE_DIALECTS.find((d) => d === node?.value);
          if (dialect === undefined) report('config-invalid', 'error', `Engine \`${name}\`: the dialect must be one of ${ENGINE_DIALECTS.join(', ')}.`, spanOf(node ?? keyOf));
          break;
        case 'url': {
          if (node?.type === 'string') {
            report('config-secret', 'error', `Engine \`${name}\`: a connection string must not be written in the configuration (it would be committed with its password); name an environment variable instead: "url": { "env": "HEWITT_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL" }.`, spanOf(node));
            break;
          }
          const env = node?.type === 'object' ? properties(node).find(([k]) => k === 'env')?.[2] : undefined;
          if (env?.type === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(String(env.value))) urlVariable = String(env.value);
          else report('config-invalid', 'error', `Engine \`${name}\`: \`url\` must be { "env": "NAME" }, the environment variable that holds the connection string.`, spanOf(node ?? keyOf));
          break;
        }
        case 'database':
          if (node?.type === 'string') database = String(node.value);
          else report('config-invalid', 'error', `Engine \`${name}\`: \`database\` must be the path of a DuckDB file.`, spanOf(node ?? keyOf));
          break;
        default:
          report('config-invalid', 'error', `Engine \`${name}\` has no setting \`${key}\`; expected \`dialect\`, \`url\` or \`database\`.`, spanOf(keyOf));
      }
    }
    if (dialectNode === undefined) report('config-invalid', 'error', `Engine \`${name}\` needs a \`dialect\` (${ENGINE_DIALECTS.join(', ')}).`, spanOf(keyNode));
    if ((dialect === 'postgres' || dialect === 'clickhouse') && urlVariable === undefined && dialectNode !== undefined) {
      report('config-invalid', 'error', `Engine \`${name}\` (${dialect}) needs \`url\`: { "env": "NAME" }.`, spanOf(keyNode));
    }
    if (dialect !== undefined) engines.push({ name, dialect, ...(urlVariable === undefined ? {} : { urlVariable }), ...(database === undefined ? {} : { database }) });
  }
  return engines;
}

/** The engines of a configuration file's text, with the problems found (messages only). */
export function readEngines(text: string): { engines: EngineConfig[]; problems: string[] } {
  const problems: string[] = [];
  const engines = checkEngines(topLevelEntry(text, 'engines'), (_code, severity, message) => {
    if (severity === 'error') problems.push(message);
  });
  return { engines, problems };
}
