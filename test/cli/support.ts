// Shared by the command-line tests: synthetic check reports, a report context, the SARIF schema
// validator, an in-memory CliIo, and running the built `dist/cli.js`.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { FileReport } from '../../server/src/core/check';
import type { Diagnostic, Severity } from '../../server/src/core/diagnostics';
import type { CliIo } from '../../server/src/cli/io';
import type { ReportContext } from '../../server/src/cli/report';
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

/** A diagnostic on the first occurrence of `target` in `text`. */
export function at(text: string, target: string, code: string, severity: Severity, message: string): Diagnostic {
  const start = text.indexOf(target);
  if (start < 0) throw new Error(`fixture: '${target}' not in text`);
  return { code, severity, message, span: { start, end: start + target.length } };
}

export const MEASURE = 'measure m "M" {\n  from nowhere\n  value: count()\n}\n';
export const FUNDING = 'funding f "F" {\n\tamount: £250k\n}\n';

/** Three files, given out of order: one clean, one with an error and a warning, one with an info and a hint. */
export const REPORTS: FileReport[] = [
  {
    path: 'rules/measure.hewitt',
    text: MEASURE,
    diagnostics: [
      at(MEASURE, 'nowhere', 'unknown-name', 'error', 'The name `nowhere` is not declared.'),
      at(MEASURE, 'count()', 'hewitt/example', 'warning', 'Counts need a 100% "where" <check> & review.'),
    ],
  },
  { path: 'rules/clean.hewitt', text: 'funding g "G" {\n  amount: £1m\n}\n', diagnostics: [] },
  {
    path: 'rules/funding.hewitt',
    text: FUNDING,
    diagnostics: [
      at(FUNDING, '£250k', 'invalid-value', 'info', 'Line one, 50% done:\nline two'),
      at(FUNDING, 'funding', 'hewitt/hinted', 'hint', 'A hint.'),
    ],
  },
];

export const CONTEXT: ReportContext = {
  failLevel: 'error',
  color: false,
  tool: { name: 'hewitt', version: '0.1.0', informationUri: 'https://example.org/hewitt' },
  rootUri: 'file:///work/project/',
};

const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(sarifSchema);

/** Schema errors of a SARIF log (the official 2.1.0 schema), as readable lines; empty when valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

export interface CapturedIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

export function memoryIo(cwd: string, env: Record<string, string> = {}, isTTY = false): CapturedIo {
  let out = '';
  let err = '';
  return {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    cwd,
    env,
    isTTY,
    out: () => out,
    err: () => err,
  };
}

/** A fresh temporary folder holding `files` (paths with forward slashes). */
export function tempFolder(files: Readonly<Record<string, string>>): string {
  const root = mkdtempSync(join(tmpdir(), 'hewitt-cli-'));
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, ...path.split('/'));
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built command line in `cwd` with a clean environment (plus `env`). */
export function runBuilt(args: readonly string[], cwd: string, env: Record<string, string> = {}): RunResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A minimal well-formedness check for the XML the junit format writes: one declaration, balanced
 * tags, quoted attributes, and no bare `<` or `&` in text. Returns the problems found.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) problems.push('no XML declaration');
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let end = 0;
  while ((match = token.exec(body)) !== null) {
    end = token.lastIndex;
    const [, closing, name, , selfClosing, text] = match;
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(text)) problems.push(`bare & in ${JSON.stringify(text.slice(0, 40))}`);
      if (stack.length === 0 && text.trim() !== '') problems.push('text outside the root element');
    } else if (closing) {
      if (stack.pop() !== name) problems.push(`unbalanced </${name}>`);
    } else if (!selfClosing) stack.push(name);
  }
  if (end !== body.length) problems.push(`unreadable at ${JSON.stringify(body.slice(end, end + 40))}`);
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  return problems;
}
