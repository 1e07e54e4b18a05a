// Command-line options: a declared list per command, parsed into plain values. A mistake in the
// arguments is a value (`invalid`) with a one-line message, never an exception.

export type OptionSpec =
  | {
      readonly kind: 'flag';
      readonly name: string;
      readonly short?: string;
      readonly description: string;
    }
  | {
      readonly kind: 'value';
      readonly name: string;
      readonly short?: string;
      /** Shown in help, e.g. `FILE`. */
      readonly valueName: string;
      /** When given, the value must be one of these. */
      readonly choices?: readonly string[];
      readonly defaultValue?: string;
      readonly description: string;
    };

export interface ParsedArgs {
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, string>;
  readonly positionals: readonly string[];
}

export type ParseArgsResult =
  | { readonly kind: 'parsed'; readonly args: ParsedArgs }
  | { readonly kind: 'invalid'; readonly message: string };

/** Options every command accepts. */
export const HELP_OPTION: OptionSpec = { kind: 'flag', name: 'help', short: 'h', description: 'Show this help and exit.' };

/**
 * Parses `argv` against `specs`: `--name value`, `--name=value`, `-x value`, flags, and `--`
 * (everything after it is a path). `context` names the command in messages.
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], context: string): ParseArgsResult {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const written = equals > 0 && arg.startsWith('--') ? arg.slice(0, equals) : arg;
    const spec = findSpec(specs, written);
    if (spec === undefined) return invalid(`unknown option '${written}' for ${context} (see ${context} --help)`);
    switch (spec.kind) {
      case 'flag':
        if (written !== arg) return invalid(`option '--${spec.name}' takes no value`);
        flags.add(spec.name);
        break;
      case 'value': {
        let value: string | undefined;
        if (written !== arg) value = arg.slice(equals + 1);
        else if (i + 1 < argv.length) value = argv[++i];
        if (value === undefined || value === '') return invalid(`option '--${spec.name}' needs a value (${spec.valueName})`);
        if (spec.choices !== undefined && !spec.choices.includes(value)) {
          return invalid(`option '--${spec.name}' must be one of ${spec.choices.join(', ')}; got '${value}'`);
        }
        values.set(spec.name, value);
        break;
      }
      default:
        return assertNever(spec);
    }
  }
  for (const spec of specs) {
    if (spec.kind === 'value' && spec.defaultValue !== undefined && !values.has(spec.name)) values.set(spec.name, spec.defaultValue);
  }
  return { kind: 'parsed', args: { flags, values, positionals } };
}

function findSpec(specs: readonly OptionSpec[], written: string): OptionSpec | undefined {
  if (written.startsWith('--')) return specs.find((spec) => spec.name === written.slice(2));
  if (written.length === 2) return specs.find((spec) => spec.short === written.slice(1));
  return undefined;
}

function invalid(message: string): ParseArgsResult {
  return { kind: 'invalid', message };
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
