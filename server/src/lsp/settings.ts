// The `hewitt.*` settings of each resource, asked of the client with workspace/configuration,
// cached per document and forgotten when the client says the configuration changed. Clients that
// cannot answer get the initialization options' values, else the defaults.

import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, type HewittInitializationOptions, type HewittSettings, type RunMode } from './protocol';

export interface Settings {
  of(uri: string): Promise<HewittSettings>;
  /** The settings of a resource when they are already known (else undefined). */
  known(uri: string): HewittSettings | undefined;
  /** The settings of a resource asked anew, bypassing the cache (a preview follows a change at once). */
  fresh(uri: string): Promise<HewittSettings>;
  /** The settings changed: forget the cache. `pushed` is the didChangeConfiguration payload. */
  changed(pushed: unknown): void;
}

export function createSettings(connection: Connection, canAsk: boolean, init: HewittInitializationOptions): Settings {
  let fallback: HewittSettings = {
    run: init.run === 'onSave' ? 'onSave' : DEFAULT_SETTINGS.run,
    validation: { enable: init.validation ?? DEFAULT_SETTINGS.validation.enable },
    engine: DEFAULT_SETTINGS.engine,
  };
  const cache = new Map<string, Promise<HewittSettings>>();
  const resolved = new Map<string, HewittSettings>();
  return {
    known: (uri) => (canAsk ? resolved.get(uri) : fallback),
    of(uri) {
      if (!canAsk) return Promise.resolve(fallback);
      const known = cache.get(uri);
      if (known !== undefined) return known;
      const asked = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'hewitt' })
        .then((value: unknown) => readSettings(value, fallback), () => fallback)
        .then((settings) => {
          if (cache.get(uri) === asked) resolved.set(uri, settings);
          return settings;
        });
      cache.set(uri, asked);
      return asked;
    },
    fresh(uri) {
      if (!canAsk) return Promise.resolve(fallback);
      return connection.workspace.getConfiguration({ scopeUri: uri, section: 'hewitt' }).then((value: unknown) => readSettings(value, fallback), () => fallback);
    },
    changed(pushed) {
      cache.clear();
      resolved.clear();
      if (!canAsk && isObject(pushed) && isObject(pushed.settings) && 'hewitt' in pushed.settings) {
        fallback = readSettings(pushed.settings.hewitt, fallback);
      }
    },
  };
}

/** Reads a `hewitt` section; anything missing or malformed keeps the fallback's value. */
export function readSettings(value: unknown, fallback: HewittSettings = DEFAULT_SETTINGS): HewittSettings {
  if (!isObject(value)) return fallback;
  const run: RunMode = value.run === 'onSave' || value.run === 'onType' ? value.run : fallback.run;
  const validation = isObject(value.validation) && typeof value.validation.enable === 'boolean' ? value.validation.enable : fallback.validation.enable;
  const engine = typeof value.engine === 'string' && value.engine.trim() !== '' ? value.engine.trim() : fallback.engine;
  return { run, validation: { enable: validation }, engine };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
