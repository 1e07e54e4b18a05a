// Finding the engine `--engine NAME` names: in the configuration file given with --config, or the
// hewitt.config.json nearest the rule file. Every problem is an EngineError with a clear message.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readEngines, type EngineConfig } from '../../core/config/engines';
import { findConfigPath } from '../../core/config/find-config';
import { EngineError } from './driver-error';

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export interface FoundEngine {
  readonly engine: EngineConfig;
  /** The configuration file it is declared in. */
  readonly configPath: string;
}

/** The configured engine of that name, or undefined when no configuration declares it. */
export function findEngine(name: string, ruleFile: string, cwd: string, configFile: string | undefined): FoundEngine | undefined {
  const configPath = configFile !== undefined ? resolve(cwd, configFile) : findConfigPath(resolve(cwd, ruleFile).split('\\').join('/'), isFile);
  if (configPath === undefined || !existsSync(configPath)) return undefined;
  const { engines, problems } = readEngines(readFileSync(configPath, 'utf8'));
  if (problems.length > 0) throw new EngineError(`the engines in ${configPath} have problems:\n  ${problems.join('\n  ')}`);
  const engine = engines.find((e) => e.name === name);
  return engine === undefined ? undefined : { engine, configPath };
}

/** The connection string of a postgres engine, from its environment variable. */
export function connectionString(found: FoundEngine, env: Readonly<Record<string, string | undefined>>): string {
  const variable = found.engine.urlVariable;
  if (variable === undefined) throw new EngineError(`engine ${found.engine.name} (dialect ${found.engine.dialect}): no url in ${found.configPath}; add "url": { "env": "NAME" }`);
  const value = env[variable];
  if (value === undefined || value === '') throw new EngineError(`engine ${found.engine.name} (dialect ${found.engine.dialect}): the environment variable ${variable} is not set; set it to the connection string`);
  return value;
}

/** A DuckDB database file of an engine, relative to its configuration file. */
export function databasePath(found: FoundEngine): string | undefined {
  return found.engine.database === undefined ? undefined : resolve(dirname(found.configPath), found.engine.database);
}
