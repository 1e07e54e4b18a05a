// The output formats of `hewitt check`, by name. A new format is one file and one entry here.

import { formatGithub } from './github';
import { formatJson } from './json';
import { formatJunit } from './junit';
import type { CheckResult, ReportContext } from './model';
import { formatPretty } from './pretty';
import { formatSarif } from './sarif';

export type FormatName = 'pretty' | 'json' | 'sarif' | 'github' | 'junit';

export const FORMAT_NAMES: readonly FormatName[] = ['pretty', 'json', 'sarif', 'github', 'junit'];

export interface RenderOptions {
  readonly quiet: boolean;
}

export function render(format: FormatName, result: CheckResult, context: ReportContext, options: RenderOptions): string {
  switch (format) {
    case 'pretty':
      return formatPretty(result, context, { omitSummary: options.quiet });
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result, context);
    case 'github':
      return formatGithub(result);
    case 'junit':
      return formatJunit(result, context);
  }
}

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export * from './model';
