// Every feature is total: on mutated samples, at any offset, nothing throws and every span it
// returns lies inside the text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvalResult } from '../../server/src/core/eval/result';
import * as features from '../../server/src/core/features';
import { memoryHost } from '../../server/src/core/host';
import { analyzeWorkspace } from '../../server/src/core/semantics/analyze';
import type { Span } from '../../server/src/core/syntax/ast';

const SAMPLES = ['samples', 'samples/broken'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.hewitt'))
    .map((name) => ({ path: `/w/${dir}/${name}`, text: readFileSync(join(dir, name), 'utf8') })),
);
/** Every sample unmutated, so that imports between samples resolve. */
const ORIGINALS = Object.fromEntries(SAMPLES.map((s) => [s.path, s.text]));

const EMPTY: EvalResult = { version: 1, datasets: {}, classifications: {}, measures: {}, targets: {}, metrics: {}, funding: {}, diagnostics: new Map() };
const PIECES = ['{', '}', '(', ')', '"', ':', '.', '\n', ' ', 'where ', 'HC.6.', '/// doc\n', '/*', 'category ', '£', '2023/', 'prevention.', 'sum('];

const mutation = fc.record({
  sample: fc.nat(SAMPLES.length - 1),
  edits: fc.array(fc.record({ at: fc.nat(), remove: fc.nat(12), insert: fc.constantFrom(...PIECES) }), { maxLength: 4 }),
  offsets: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
});

function mutate(text: string, edits: readonly { at: number; remove: number; insert: string }[]): string {
  let out = text;
  for (const edit of edits) {
    const at = edit.at % (out.length + 1);
    out = out.slice(0, at) + edit.insert + out.slice(at + edit.remove);
  }
  return out;
}

function expectInside(spans: readonly Span[], length: number): void {
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
    expect(span.end).toBeLessThanOrEqual(length);
  }
}

describe('features on mutated samples', () => {
  it('never throw and keep spans inside the text', () => {
    fc.assert(
      fc.property(mutation, ({ sample, edits, offsets }) => {
        const text = mutate(SAMPLES[sample].text, edits);
        const path = SAMPLES[sample].path;
        const model = analyzeWorkspace([path], memoryHost({ ...ORIGINALS, [path]: text }));
        const file = model.files.get(path)!;
        const all = [0, text.length, ...offsets.map((o) => o % (text.length + 1))];
        const inFile = (locations: readonly { path: string; span: Span }[]): Span[] => locations.filter((l) => l.path === path).map((l) => l.span);
        for (const offset of all) {
          expectInside(features.completionsAt(model, path, offset).flatMap((c) => (c.replace ? [c.replace] : [])), text.length);
          const hover = features.hoverAt(model, path, offset, EMPTY);
          expectInside(hover ? [hover.span] : [], text.length);
          expectInside(inFile(features.definitionAt(model, path, offset)), text.length);
          expectInside(inFile(features.referencesAt(model, path, offset, true)), text.length);
          const prepared = features.prepareRenameAt(model, path, offset);
          expectInside('span' in prepared ? [prepared.span] : [], text.length);
          const renamed = features.renameAt(model, path, offset, 'renamed_name');
          expectInside('edits' in renamed ? (renamed.edits.get(path) ?? []).map((e) => e.span) : [], text.length);
          expectInside(features.highlightsAt(model, path, offset).map((h) => h.span), text.length);
          expectInside(features.selectionRangesAt(file.ast, offset), text.length);
          features.signatureHelpAt(model, path, offset);
        }
        const outline = features.documentSymbols(file.ast);
        expectInside(outline.flatMap((s) => [s.span, s.selection, ...s.children.flatMap((c) => [c.span, c.selection])]), text.length);
        expectInside(features.workspaceSymbols(model, 'e').filter((s) => s.path === path).map((s) => s.span), text.length);
        expectInside(features.foldingRanges(file.ast, text), text.length);
        const tokens = features.semanticTokens(model, path);
        expectInside(tokens.map((t) => t.span), text.length);
        for (let i = 1; i < tokens.length; i++) expect(tokens[i].span.start).toBeGreaterThanOrEqual(tokens[i - 1].span.end);
        const hints = features.inlayHintsIn(model, path, { start: 0, end: text.length });
        expectInside(hints.map((h) => ({ start: h.offset, end: h.offset })), text.length);
        expectInside(features.documentLinks(file.ast, path).map((l) => l.span), text.length);
        expectInside(features.codeLensesFor(model, path, EMPTY).map((l) => l.span), text.length);
        expectInside(features.codeLensesFor(model, path).map((l) => l.span), text.length);
        const diagnostics = [...file.parseDiagnostics, ...file.semanticDiagnostics, ...file.parseDiagnostics.map((d) => ({ ...d, code: 'hewitt/some-rule' }))];
        const actions = features.codeActionsFor(file.ast, text, diagnostics, { start: 0, end: text.length });
        expectInside(actions.flatMap((a) => a.edits.map((e) => e.span)), text.length);
      }),
      { numRuns: 60, seed: 20240601 },
    );
  });
});
