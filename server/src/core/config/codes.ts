// The codes of diagnostics about the configuration file. Codes are a contract with users: never
// rename one.

export const CONFIG_CODES = {
  'config-syntax': 'The configuration file is not valid JSON (comments and trailing commas are allowed).',
  'config-unknown-rule': 'The configuration names a rule that the checker does not have.',
  'config-invalid': 'A configuration value is not one the checker accepts: a severity, an option, or a top-level key.',
  'config-secret': 'A connection string is written in the configuration; name the environment variable that holds it instead.',
} as const;

export type ConfigCode = keyof typeof CONFIG_CODES;

/** The name the configuration file must have; it is looked for from a rule file's folder upwards. */
export const CONFIG_FILE_NAME = 'hewitt.config.json';
