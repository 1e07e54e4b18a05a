// Usage text for `hewitt --help` and `hewitt <command> --help`.

import type { OptionSpec } from './args';
import type { Command } from './commands/command';

export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { kind: 'flag', name: 'help', short: 'h', description: 'Show help and exit.' },
  { kind: 'flag', name: 'version', description: 'Show the version and exit.' },
];

export function mainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'Usage: hewitt <command> [options] [paths…]',
    '',
    'Check and format Hewitt rule files (*.hewitt).',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    ...optionLines(GLOBAL_OPTIONS),
    '',
    'Run `hewitt <command> --help` for the options of a command.',
    '',
  ].join('\n');
}

export function commandHelp(command: Command): string {
  return [
    `Usage: ${command.usage}`,
    '',
    command.summary,
    '',
    ...command.description.flatMap((paragraph) => [...wrap(paragraph, 80), '']),
    'Options:',
    ...optionLines([...command.options, ...GLOBAL_OPTIONS]),
    '',
  ].join('\n');
}

function optionLines(options: readonly OptionSpec[]): string[] {
  const labels = options.map(label);
  const width = Math.max(...labels.map((text) => text.length));
  return options.map((option, i) => `  ${labels[i].padEnd(width)}  ${option.description}`);
}

function label(option: OptionSpec): string {
  const short = option.short === undefined ? '    ' : `-${option.short}, `;
  switch (option.kind) {
    case 'flag':
      return `${short}--${option.name}`;
    case 'value':
      return `${short}--${option.name} ${option.valueName}`;
  }
}

/** Breaks a paragraph into lines of at most `width` characters, at spaces. */
export function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
