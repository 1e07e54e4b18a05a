// The EBNF is closed: every rule it uses is defined, and every rule is used.
import { describe, expect, it } from 'vitest';
import { readGrammarFile } from './support';

/** The rules of the EBNF: each name with the names its right-hand side refers to. */
function rules(ebnf: string): Map<string, string[]> {
  const withoutComments = ebnf.replace(/\/\*[\s\S]*?\*\//g, ' ');
  const result = new Map<string, string[]>();
  for (const chunk of withoutComments.split(/\n(?=[A-Za-z]+\s*::=)/)) {
    const found = /^\s*([A-Za-z]+)\s*::=([\s\S]*)$/.exec(chunk);
    if (found === null) continue;
    // Terminals, character classes and code points, left to right so `'['` stays a terminal.
    const body = found[2].replace(/'[^']*'|"[^"]*"|\[[^\]]*\]|#x[0-9A-Fa-f]+/g, ' ');
    result.set(found[1], body.match(/[A-Za-z]+/g) ?? []);
  }
  return result;
}

describe('the EBNF', () => {
  const grammar = rules(readGrammarFile('hewitt.ebnf'));

  it('defines every rule it refers to', () => {
    expect(grammar.size).toBeGreaterThan(50);
    expect(grammar.get('Text')).toEqual(['Escape']);
    expect(grammar.get('List')).toEqual(['Expression', 'Expression']);
    const undefinedRefs = [...grammar.values()].flat().filter((name) => !grammar.has(name));
    expect(undefinedRefs).toEqual([]);
  });

  it('uses every rule it defines, starting from File and the tokens between tokens', () => {
    const roots = ['File', 'LineComment', 'BlockComment', 'Whitespace', 'Suppression'];
    const reached = new Set<string>(roots);
    const queue = [...roots];
    while (queue.length > 0) {
      for (const name of grammar.get(queue.pop() ?? '') ?? []) {
        if (!reached.has(name)) {
          reached.add(name);
          queue.push(name);
        }
      }
    }
    expect([...grammar.keys()].filter((name) => !reached.has(name))).toEqual([]);
  });
});
