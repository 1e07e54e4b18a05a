// SARIF 2.1.0, for code-scanning services: one run, the rules the results use, relative artifact
// URIs under %SRCROOT%, 1-based regions with UTF-16 columns, and fingerprints that survive lines
// moving (they hash the code, the path, the trimmed source line and the message, not line numbers).
// Diagnostics silenced by `// hewitt-ignore` are results with an in-source suppression.

import { createHash } from 'node:crypto';
import { describeCode } from '../../core/codes';
import type { Severity } from '../../core/diagnostics';
import { allDiagnostics, type CheckResult, type FileResult, type LocatedDiagnostic, type ReportContext } from './model';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const ROOT = '%SRCROOT%';
export const FINGERPRINT_KEY = 'hewitt/v1';

export function formatSarif(result: CheckResult, context: ReportContext): string {
  return JSON.stringify(toSarif(result, context), null, 2) + '\n';
}

export function toSarif(result: CheckResult, context: ReportContext): object {
  const located: SarifItem[] = [
    ...allDiagnostics(result),
    ...result.files.flatMap((file) => (file.suppressed ?? []).map((diagnostic) => ({ file, diagnostic, reason: diagnostic.reason }))),
  ];
  const ruleIds = [...new Set(located.map(({ diagnostic }) => diagnostic.code))].sort();
  const artifactIndex = new Map(result.files.map((file, index) => [file.path, index]));
  const seen = new Map<string, number>();
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: context.tool.name,
            version: context.tool.version,
            informationUri: context.tool.informationUri,
            rules: ruleIds.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { [ROOT]: { uri: context.rootUri } },
        artifacts: result.files.map((file) => ({ location: artifactLocation(file.path) })),
        columnKind: 'utf16CodeUnits',
        results: located.map(({ file, diagnostic, reason }) => {
          const hash = fingerprint(file.path, diagnostic);
          const occurrence = (seen.get(hash) ?? 0) + 1;
          seen.set(hash, occurrence);
          return {
            ruleId: diagnostic.code,
            ruleIndex: ruleIds.indexOf(diagnostic.code),
            level: sarifLevel(diagnostic.severity),
            message: { text: diagnostic.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { ...artifactLocation(file.path), index: artifactIndex.get(file.path) ?? 0 },
                  region: {
                    startLine: diagnostic.start.line + 1,
                    startColumn: diagnostic.start.character + 1,
                    endLine: diagnostic.end.line + 1,
                    endColumn: diagnostic.end.character + 1,
                  },
                },
              },
            ],
            partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${occurrence}` },
            ...(reason === undefined ? {} : { suppressions: [{ kind: 'inSource', justification: reason }] }),
          };
        }),
      },
    ],
  };
}

/** A result to write: a reported diagnostic, or a silenced one with its reason. */
interface SarifItem {
  readonly file: FileResult;
  readonly diagnostic: LocatedDiagnostic;
  readonly reason?: string;
}

function ruleDescriptor(id: string): object {
  const info = describeCode(id);
  const help = info.helpUri === undefined ? info.description : `${info.description} See ${info.helpUri}`;
  return {
    id,
    shortDescription: { text: info.title },
    fullDescription: { text: info.description },
    help: { text: help },
    ...(info.helpUri === undefined ? {} : { helpUri: info.helpUri }),
  };
}

/** A relative URI reference for a shown path (segments percent-encoded). */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  if (path.startsWith('/')) return { uri: `file://${encoded}` };
  if (/^[A-Za-z]:\//.test(path)) return { uri: `file:///${path.slice(0, 2)}${encoded.slice(encoded.indexOf('/'))}` };
  return { uri: encoded, uriBaseId: ROOT };
}

/** Stable across edits that only move the problem up or down the file. */
export function fingerprint(path: string, d: LocatedDiagnostic): string {
  return createHash('sha256').update([d.code, path, d.lineText.trim(), d.message].join('\u0000')).digest('hex').slice(0, 32);
}

function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  switch (severity) {
    case 'error':
      return 'error';
    case 'warning':
      return 'warning';
    case 'info':
    case 'hint':
      return 'note';
  }
}
