// The command line's configuration: `--config FILE` for every rule file, or else the nearest
// hewitt.config.json above each file. Each configuration file is read and resolved once; its own
// problems are reported as a file of the output, under its own path.

import { readFileSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { FileReport } from '../core/check';
import { registerCodes } from '../core/codes';
import { CONFIG_CODES } from '../core/config/codes';
import { defaultConfig, resolveConfig, type ResolvedConfig } from '../core/config/config';
import { findConfigPath } from '../core/config/find-config';
import type { RuleMeta } from '../core/rules/meta';
import { describeFsError, displayPath } from './fs-paths';

export interface ConfigLookup {
  /** The configuration that governs the rule file at `path` (as given on the command line). */
  readonly configFor: (path: string) => ResolvedConfig;
  /** A report for each configuration file used so far that has problems, in the order first used. */
  readonly reports: () => FileReport[];
}

/**
 * Configuration lookup for paths relative to `cwd`. With `explicit` (the `--config` value, relative
 * to `cwd`), that file governs every rule file; otherwise the nearest hewitt.config.json does, and
 * the catalogue's defaults apply when there is none.
 */
export function configLookup(cwd: string, catalogue: readonly RuleMeta[], explicit?: string): ConfigLookup {
  registerConfigCodes();
  const defaults = defaultConfig(catalogue);
  const resolved = new Map<string, { readonly text: string; readonly config: ResolvedConfig }>();

  const load = (absolute: string): ResolvedConfig => {
    const shown = displayPath(absolute, cwd);
    const known = resolved.get(shown);
    if (known !== undefined) return known.config;
    const text = readText(absolute);
    const config = resolveConfig(text, shown, catalogue);
    resolved.set(shown, { text, config });
    return config;
  };

  const configFor = (path: string): ResolvedConfig => {
    if (explicit !== undefined) return load(resolve(cwd, explicit));
    const absolute = toSlashes(resolve(cwd, path));
    const found = findConfigPath(absolute, isFile);
    return found === undefined ? defaults : load(found);
  };

  const reports = (): FileReport[] =>
    [...resolved.entries()]
      .filter(([, entry]) => entry.config.diagnostics.length > 0)
      .map(([path, entry]) => ({ path, text: entry.text, diagnostics: entry.config.diagnostics }));

  return { configFor, reports };
}

/** Why `--config FILE` cannot be used (a usage error), or undefined when it is a readable file. */
export function configFileProblem(cwd: string, configFile: string): string | undefined {
  try {
    return statSync(resolve(cwd, configFile)).isFile() ? undefined : `is a folder, not a file: ${configFile}`;
  } catch (error) {
    return `${describeFsError(error)}: ${configFile}`;
  }
}

let registered = false;

/** Describes the configuration codes for reports that list rules (SARIF). */
function registerConfigCodes(): void {
  if (registered) return;
  registered = true;
  registerCodes(
    Object.entries(CONFIG_CODES).map(([id, description]) => ({
      id,
      title: id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' '),
      description,
    })),
  );
}

/** The file's text; an unreadable file reads as empty (it is checked before the run starts). */
function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
