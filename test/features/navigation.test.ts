import { describe, expect, it } from 'vitest';
import { definitionAt, highlightsAt, referencesAt } from '../../server/src/core/features';
import { rangedFixture, showSpans } from '../support/ranges';

// Each case: the cursor, and the expected locations marked with [|…|].
const DEFINITION_CASES: Record<string, string> = {
  'a measure named by a target, across files': `
    //- /measures.hewitt
    dataset ledger {
      source: "l.csv"
      columns {
        amount: money
        year: fiscal_year
      }
    }
    measure [|spend|] {
      from ledger
      value: sum(amount)
      by year
    }
    //- /main.hewitt
    import "measures.hewitt"
    target t {
      measure: sp$0end
    }
  `,
  'a column inside an aggregate': `
    dataset ledger {
      columns {
        [|amount|]: money
      }
    }
    measure spend {
      from ledger
      value: sum(amo$0unt)
    }
  `,
  'a category in a dotted reference': `
    dataset ledger {
      columns {
        amount: money
        programme: text
      }
    }
    classification prevention on ledger {
      category [|screening|] {
        when programme = "SCR"
      }
    }
    measure m {
      from ledger
      value: sum(amount where prevention.scr$0eening)
    }
  `,
  'nothing on a keyword': `
    dataset ledger { sou$0rce: "l.csv" columns { amount: money } }
  `,
};

describe('definitionAt', () => {
  for (const [name, source] of Object.entries(DEFINITION_CASES)) {
    it(name, () => {
      const f = rangedFixture(source);
      const found = definitionAt(f.model, f.cursor.path, f.cursor.offset);
      expect(showSpans(f.files, found)).toEqual(showSpans(f.files, f.ranges.map((r) => ({ path: r.path, span: r }))));
    });
  }

  it('goes from an import path to the imported file', () => {
    const f = rangedFixture(`
      //- /a.hewitt
      dataset d {
      }
      //- /main.hewitt
      import "a.he$0witt"
    `);
    expect(definitionAt(f.model, f.cursor.path, f.cursor.offset)).toEqual([{ path: '/a.hewitt', span: { start: 0, end: 0 } }]);
  });
});

const REFERENCE_FIXTURE = `
  //- /ledger.hewitt
  dataset [|led$0ger|] {
    columns {
      amount: money
    }
  }
  measure spend {
    from [|ledger|]
    value: sum(amount)
  }
  //- /main.hewitt
  import "ledger.hewitt"
  classification p on [|ledger|] {
    category c {
      when amount > £0
    }
  }
`;

describe('referencesAt', () => {
  it('finds uses in every file, with the declaration when asked', () => {
    const f = rangedFixture(REFERENCE_FIXTURE);
    const all = referencesAt(f.model, f.cursor.path, f.cursor.offset, true);
    expect(showSpans(f.files, all).sort()).toEqual(showSpans(f.files, f.ranges.map((r) => ({ path: r.path, span: r }))).sort());
    const uses = referencesAt(f.model, f.cursor.path, f.cursor.offset, false);
    expect(uses).toHaveLength(f.ranges.length - 1);
  });

  it('is empty away from names', () => {
    const f = rangedFixture(REFERENCE_FIXTURE);
    expect(referencesAt(f.model, '/ledger.hewitt', 0, true)).toEqual([]);
    expect(referencesAt(f.model, '/nowhere.hewitt', 3, true)).toEqual([]);
  });
});

describe('highlightsAt', () => {
  it('marks the declaration as write and uses as read, in this file only', () => {
    const f = rangedFixture(REFERENCE_FIXTURE);
    const highlights = highlightsAt(f.model, f.cursor.path, f.cursor.offset);
    expect(highlights.map((h) => `${f.text.slice(h.span.start, h.span.end)}:${h.kind}`)).toEqual(['ledger:write', 'ledger:read']);
  });
});
