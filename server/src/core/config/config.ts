// The configuration file (`hewitt.config.json`): rule severities and options, resolved against
// the catalogue. A broken file never throws: each problem becomes a diagnostic spanning the exact
// text in the file, and the parts that are valid still apply.

// The ES module build: bundlers choosing the package's UMD build would miss its lazily required parts.
import { checkEngines } from './engines';
import { checkIgnore } from './ignore';
import { properties, spanOf, type Report } from './json-nodes';
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import type { Diagnostic, Severity } from '../diagnostics';
import type { Span } from '../syntax/ast';
import { RULE_SEVERITIES, type OptionValue, type RuleMeta, type RuleSeverity } from '../rules/meta';
import { closestName } from '../semantics/suggest';
import type { ConfigCode } from './codes';
import { readOption } from './options';

export interface RuleSetting {
  readonly severity: RuleSeverity;
  readonly options: Readonly<Record<string, OptionValue>>;
}

export interface ResolvedConfig {
  /** The config file, when one was used. */
  readonly path?: string;
  /** Every catalogue rule, defaults filled in. */
  readonly rules: ReadonlyMap<string, RuleSetting>;
  /** Problems in the config file itself, spans into its text. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Every rule at its default severity with its default options. */
export function defaultConfig(catalogue: readonly RuleMeta[]): ResolvedConfig {
  return { rules: new Map(catalogue.map((meta) => [meta.id, defaultSetting(meta)])), diagnostics: [] };
}

function defaultSetting(meta: RuleMeta): RuleSetting {
  return { severity: meta.defaultSeverity, options: Object.fromEntries(meta.options.map((o) => [o.name, o.default])) };
}

const TOP_LEVEL_KEYS = ['$schema', 'rules', 'engines', 'ignore'];

/** Reads the text of a configuration file at `path`; never throws. */
export function resolveConfig(text: string, path: string, catalogue: readonly RuleMeta[]): ResolvedConfig {
  const diagnostics: Diagnostic[] = [];
  const report = (code: ConfigCode, severity: Severity, message: string, span: Span): void => {
    diagnostics.push({ code, severity, message, span });
  };
  const rules = new Map(catalogue.map((meta) => [meta.id, defaultSetting(meta)]));
  const byId = new Map(catalogue.map((meta) => [meta.id, meta]));

  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  for (const error of errors) {
    report('config-syntax', 'error', syntaxMessage(error, text), clampSpan(error.offset, error.length, text));
  }

  if (root === undefined) {
    if (errors.length === 0) {
      report('config-invalid', 'error', 'The configuration file is empty; write an object such as { "rules": {} }.', { start: 0, end: 0 });
    }
    return { path, rules, diagnostics };
  }
  if (root.type !== 'object') {
    report('config-invalid', 'error', 'The configuration must be an object such as { "rules": { … } }.', spanOf(root));
    return { path, rules, diagnostics };
  }

  for (const [key, keyNode, value] of properties(root)) {
    switch (key) {
      case '$schema':
        if (value !== undefined && value.type !== 'string') {
          report('config-invalid', 'error', 'The `$schema` entry must be a text: the path or address of the schema.', spanOf(value));
        }
        break;
      case 'rules':
        if (value === undefined) break;
        if (value.type !== 'object') {
          report('config-invalid', 'error', 'The `rules` entry must be an object mapping rule ids to severities.', spanOf(value));
          break;
        }
        const seen = new Set<string>();
        for (const [id, idNode, setting] of properties(value)) {
          if (seen.has(id)) {
            report('config-invalid', 'warning', `Rule \`${id}\` is set twice; only the later setting is used, so remove one.`, spanOf(idNode));
          }
          seen.add(id);
          const meta = byId.get(id);
          if (meta === undefined) {
            report('config-unknown-rule', 'warning', unknownRuleMessage(id, byId.keys()), spanOf(idNode));
            continue;
          }
          if (setting === undefined) continue;
          rules.set(id, readSetting(meta, setting, rules.get(id) ?? defaultSetting(meta), report));
        }
        break;
      case 'engines':
        checkEngines(value, report);
        break;
      case 'ignore':
        checkIgnore(value, report);
        break;
      default: {
        const hint = closestName(key, TOP_LEVEL_KEYS);
        report(
          'config-invalid',
          'error',
          `The configuration has no entry \`${key}\`; expected \`rules\`, \`engines\` or \`$schema\`${hint ? ` (did you mean \`${hint}\`?)` : ''}.`,
          spanOf(keyNode),
        );
      }
    }
  }
  return { path, rules, diagnostics };
}

/** `"warning"` or `["warning", { … }]`; an invalid part keeps the default for that part. */
function readSetting(meta: RuleMeta, node: Node, defaults: RuleSetting, report: Report): RuleSetting {
  if (node.type === 'string') {
    return { severity: readSeverity(meta.id, node, report) ?? defaults.severity, options: defaults.options };
  }
  if (node.type !== 'array') {
    report('config-invalid', 'error', settingShapeMessage(meta.id), spanOf(node));
    return defaults;
  }
  const [severityNode, optionsNode, ...extra] = node.children ?? [];
  if (severityNode === undefined) {
    report('config-invalid', 'error', settingShapeMessage(meta.id), spanOf(node));
    return defaults;
  }
  const severity = severityNode.type === 'string' ? readSeverity(meta.id, severityNode, report) : undefined;
  if (severityNode.type !== 'string') {
    report('config-invalid', 'error', `The first item for rule \`${meta.id}\` must be a severity: ${severityList()}.`, spanOf(severityNode));
  }
  const options: Record<string, OptionValue> = { ...defaults.options };
  if (optionsNode !== undefined) readOptions(meta, optionsNode, options, report);
  for (const item of extra) {
    report('config-invalid', 'error', `Rule \`${meta.id}\` takes a severity and one object of options; remove this extra item.`, spanOf(item));
  }
  return { severity: severity ?? defaults.severity, options };
}

function readOptions(meta: RuleMeta, node: Node, options: Record<string, OptionValue>, report: Report): void {
  if (node.type !== 'object') {
    report('config-invalid', 'error', `The options of rule \`${meta.id}\` must be an object such as { "name": value }.`, spanOf(node));
    return;
  }
  const names = meta.options.map((o) => o.name);
  for (const [name, nameNode, value] of properties(node)) {
    const spec = meta.options.find((o) => o.name === name);
    if (spec === undefined) {
      report('config-invalid', 'error', unknownOptionMessage(meta.id, name, names), spanOf(nameNode));
      continue;
    }
    if (value === undefined) continue;
    const read = readOption(meta.id, spec, value);
    if (read.ok) options[name] = read.value;
    else report('config-invalid', 'error', read.problem, spanOf(value));
  }
}

function readSeverity(id: string, node: Node, report: Report): RuleSeverity | undefined {
  const text = String(node.value);
  const found = RULE_SEVERITIES.find((s) => s === text);
  if (found !== undefined) return found;
  const lower = text.toLowerCase();
  const hint = RULE_SEVERITIES.find((s) => s === lower) ?? (lower.startsWith('warn') ? 'warning' : closestName(lower, RULE_SEVERITIES));
  report(
    'config-invalid',
    'error',
    `The severity "${text}" of rule \`${id}\` is not one the checker knows; expected ${severityList()}${hint ? ` (did you mean "${hint}"?)` : ''}.`,
    spanOf(node),
  );
  return undefined;
}

function severityList(): string {
  return RULE_SEVERITIES.map((s) => `"${s}"`).join(', ');
}

function settingShapeMessage(id: string): string {
  return `The setting of rule \`${id}\` must be a severity such as "warning", or a list such as ["warning", { … options … }].`;
}

function unknownRuleMessage(id: string, known: Iterable<string>): string {
  const ids = [...known];
  const hint = closestName(id, ids) ?? (ids.includes(`hewitt/${id}`) ? `hewitt/${id}` : undefined);
  return `The checker has no rule \`${id}\`${hint ? `; did you mean \`${hint}\`?` : '; rule ids look like `hewitt/prevention-shift`.'}`;
}

function unknownOptionMessage(id: string, name: string, names: readonly string[]): string {
  if (names.length === 0) return `Rule \`${id}\` has no options; remove \`${name}\`.`;
  const hint = closestName(name, names);
  const list = names.map((n) => `\`${n}\``).join(', ');
  return `Rule \`${id}\` has no option \`${name}\`; its options are ${list}${hint ? ` (did you mean \`${hint}\`?)` : ''}.`;
}

function syntaxMessage(error: ParseError, text: string): string {
  const what = printParseErrorCode(error.error);
  const found = text.slice(error.offset, error.offset + error.length);
  const detail: Record<string, string> = {
    InvalidSymbol: `unexpected \`${found}\``,
    InvalidNumberFormat: 'a number is not written correctly',
    PropertyNameExpected: 'a name in double quotes is expected here',
    ValueExpected: 'a value is expected here',
    ColonExpected: 'a `:` is expected after the name',
    CommaExpected: 'a `,` is expected between entries',
    CloseBraceExpected: 'a closing `}` is expected',
    CloseBracketExpected: 'a closing `]` is expected',
    EndOfFileExpected: 'nothing more is expected after the closing `}`',
    InvalidCommentToken: 'a comment is not written correctly',
    UnexpectedEndOfComment: 'a `/* … */` comment is not closed',
    UnexpectedEndOfString: 'a text is missing its closing double quote',
    UnexpectedEndOfNumber: 'a number ends too early',
    InvalidUnicode: 'a \\u escape is not written correctly',
    InvalidEscapeCharacter: 'a \\ escape is not one JSON allows',
    InvalidCharacter: 'a text contains a character JSON does not allow, such as a line break',
  };
  return `The configuration is not valid JSON: ${detail[what] ?? 'the text cannot be read'}.`;
}


function clampSpan(offset: number, length: number, text: string): Span {
  const start = Math.min(Math.max(0, offset), text.length);
  return { start, end: Math.min(text.length, start + Math.max(0, length)) };
}
