// The index of the rules' documentation pages (docs/rules/README.md), generated from the catalogue
// so that it never disagrees with it. A test keeps the committed file equal to this output.

import type { RuleMeta } from './meta';

export function rulesIndexMarkdown(catalogue: readonly RuleMeta[]): string {
  const rows = catalogue.map((rule) => {
    const page = rule.docs.slice(rule.docs.lastIndexOf('/') + 1);
    const options = rule.options.length === 0 ? '—' : rule.options.map((o) => `\`${o.name}\``).join(', ');
    return `| [\`${rule.id}\`](${page}) | ${rule.defaultSeverity} | ${rule.recommendation.id} | ${rule.title} | ${options} |`;
  });
  return [
    '# The rule catalogue',
    '',
    'Each rule checks rule files against one recommendation of the Hewitt Review (April 2023) or the',
    'inequalities aim of integrated care systems. Severities and options are set in',
    '`hewitt.config.json` (see [configuration](../configuration.md)); `hewitt rules` lists the',
    'severities in force. A finding can be silenced, with a reason, by a',
    '`// hewitt-ignore <rule>: <reason>` comment above the declaration.',
    '',
    'This page is generated from the catalogue; do not edit it by hand.',
    '',
    '| rule | default | recommendation | checks | options |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
