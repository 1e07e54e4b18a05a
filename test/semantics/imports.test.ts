// Imports across files: scope, missing files, cycles and clashes.
import { describe, expect, it } from 'vitest';
import { memoryHost } from '../../server/src/core/host';
import { analyzeWorkspace } from '../../server/src/core/semantics';
import { checkFixture } from '../support/fixture';

describe('imports', () => {
  it('brings the names of an imported file into scope, relative to the importing file', () => {
    checkFixture(`
      //- /rules/main.hewitt
      import "../shared/data.hewitt"
      measure m {
        from ledger
        value: sum(amount)
      }
      //- /shared/data.hewitt
      dataset ledger {
        source: "ledger.csv"
        columns {
          amount: money
        }
      }
    `);
  });

  it('does not bring in the names of files imported by an imported file', () => {
    checkFixture(`
      //- /a.hewitt
      import "b.hewitt"
      measure m {
        from ledger
      //     ^^^^^^ unknown-name Unknown dataset \`ledger\`
        value: count()
      }
      //- /b.hewitt
      import "c.hewitt"
      //- /c.hewitt
      dataset ledger {
        source: "ledger.csv"
        columns {
          amount: money
        }
      }
    `);
  });

  it('reports an import that cannot be read', () => {
    checkFixture(`
      import "missing.hewitt"
      //     ^^^^^^^^^^^^^^^^ import-not-found Cannot find the imported file \`missing.hewitt\` (looked for /missing.hewitt)
    `);
  });

  it('reports a cycle on each import that lies on it, naming the cycle from that file', () => {
    checkFixture(`
      //- /a.hewitt
      import "b.hewitt"
      //     ^^^^^^^^^^ import-cycle a.hewitt → b.hewitt → a.hewitt
      import "c.hewitt"
      //- /b.hewitt
      import "a.hewitt"
      //     ^^^^^^^^^^ import-cycle b.hewitt → a.hewitt → b.hewitt
      //- /c.hewitt
      // not on the cycle
    `);
  });

  it('reports the same cycles whichever file the analysis starts from', () => {
    const texts = { 'a.hewitt': 'import "b.hewitt"\n', 'b.hewitt': 'import "c.hewitt"\n', 'c.hewitt': 'import "a.hewitt"\n' };
    const cycles = (entry: string): string[] => {
      const model = analyzeWorkspace([entry], memoryHost(texts));
      return [...model.files.values()].flatMap((f) => f.semanticDiagnostics.map((d) => `${f.path}: ${d.message}`)).sort();
    };
    expect(cycles('a.hewitt')).toEqual(cycles('c.hewitt'));
    expect(cycles('b.hewitt')).toEqual([
      'a.hewitt: These files import each other in a cycle: a.hewitt → b.hewitt → c.hewitt → a.hewitt; remove one of the imports.',
      'b.hewitt: These files import each other in a cycle: b.hewitt → c.hewitt → a.hewitt → b.hewitt; remove one of the imports.',
      'c.hewitt: These files import each other in a cycle: c.hewitt → a.hewitt → b.hewitt → c.hewitt; remove one of the imports.',
    ]);
  });

  it('reports a file that imports itself', () => {
    checkFixture(`
      //- /x/a.hewitt
      import "./a.hewitt"
      //     ^^^^^^^^^^^^ import-cycle a.hewitt → a.hewitt
    `);
  });

  it('reports an imported name that clashes with a local or another imported one', () => {
    checkFixture(`
      //- /main.hewitt
      import "one.hewitt"
      import "two.hewitt"
      //     ^^^^^^^^^^^^ duplicate-name \`d\` is imported both from \`one.hewitt\` and from \`two.hewitt\`
      dataset e {
      //      ^ duplicate-name \`e\` is declared here and also imported from \`one.hewitt\`
        source: "e.csv"
        columns {
          x: text
        }
      }
      //- /one.hewitt
      dataset d {
        source: "d.csv"
        columns {
          x: text
        }
      }
      dataset e {
        source: "e.csv"
        columns {
          x: text
        }
      }
      //- /two.hewitt
      dataset d {
        source: "d.csv"
        columns {
          x: text
        }
      }
    `);
  });
});
