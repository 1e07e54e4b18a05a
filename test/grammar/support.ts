// Loading the grammar assets and the TextMate engine for the grammar tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Oniguruma from 'vscode-oniguruma';
import type * as TextMate from 'vscode-textmate';

// Both engines are CommonJS bundles; loading them through `require` gives their real exports.
const require = createRequire(__filename);
const oniguruma = require('vscode-oniguruma') as typeof Oniguruma;
const textmate = require('vscode-textmate') as typeof TextMate;

export const grammarDir = join(__dirname, '..', '..', 'grammar');

export function readGrammarFile(name: string): string {
  return readFileSync(join(grammarDir, name), 'utf8');
}

export function readGrammarJson(name: string): unknown {
  return JSON.parse(readGrammarFile(name));
}

/** One token of a tokenized line: its text and its scopes, outermost first. */
export interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

let loaded: Promise<TextMate.IGrammar> | undefined;

/** The Hewitt grammar, loaded once per test file. */
export function hewittGrammar(): Promise<TextMate.IGrammar> {
  loaded ??= loadGrammar();
  return loaded;
}

async function loadGrammar(): Promise<TextMate.IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'source.hewitt' ? textmate.parseRawGrammar(readGrammarFile('hewitt.tmLanguage.json'), 'hewitt.tmLanguage.json') : null,
  });
  const grammar = await registry.loadGrammar('source.hewitt');
  if (grammar === null) throw new Error('the grammar source.hewitt did not load');
  return grammar;
}

/** Tokenizes the lines in order (so block comments carry over) and returns each line's tokens. */
export async function tokenize(text: string): Promise<Token[][]> {
  const grammar = await hewittGrammar();
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
  });
}

/** A line's tokens as `text: innermost scope` strings, text trimmed and whitespace-only tokens left out. */
export async function scopesOf(line: string): Promise<string[]> {
  const [tokens] = await tokenize(line);
  return tokens.filter((token) => token.text.trim() !== '').map((token) => `${token.text.trim()}: ${token.scopes[token.scopes.length - 1]}`);
}
