// The configuration adapter: the same lookup `hewitt check` uses (the nearest hewitt.config.json
// above each rule file), renewed whenever a configuration file changes, and the problems of a
// configuration file itself for showing in that file.

import { configLookup, type ConfigLookup } from '../node/config';
import { resolveConfig, type ResolvedConfig } from '../core/config/config';
import type { Diagnostic } from '../core/diagnostics';
import type { RuleMeta } from '../core/rules/meta';

export interface ServerConfig {
  /** The configuration that governs a rule file (absolute forward-slash path). */
  configFor(path: string): ResolvedConfig;
  /** Forget every configuration read so far (a hewitt.config.json changed). */
  reset(): void;
  /** The problems of a configuration file's text. */
  problemsOf(text: string, path: string): readonly Diagnostic[];
}

/** Configuration for core paths relative to `base` (the folder `hewitt check` would run in). */
export function createServerConfig(rules: readonly RuleMeta[], base = '/'): ServerConfig {
  let lookup: ConfigLookup = configLookup(base, rules);
  return {
    configFor: (path) => lookup.configFor(path),
    reset() {
      lookup = configLookup(base, rules);
    },
    problemsOf: (text, path) => resolveConfig(text, path, rules).diagnostics,
  };
}
