import { describe, expect, it } from 'vitest';
import { prepareRenameAt, renameAt } from '../../server/src/core/features';
import { applyEdits } from '../../server/src/core/edits';
import { rangedFixture } from '../support/ranges';

const FIXTURE = `
  //- /ledger.hewitt
  dataset ledger {
    columns {
      amount: money
      programme: text
    }
  }
  classification prevention on ledger {
    category screening {
      when programme = "SCR"
    }
    category other {
      when programme = "X"
    }
  }
  measure spend {
    from ledger
    value: sum(amount where prevention.screening)
  }
  //- /main.hewitt
  import "ledger.hewitt"
  measure share {
    from ledger
    value: sum(amount where prevention.scr$0eening) / sum(amount)
  }
`;

function renamed(source: string, newName: string): Record<string, string> | string {
  const f = rangedFixture(source);
  const result = renameAt(f.model, f.cursor.path, f.cursor.offset, newName);
  if ('error' in result) return result.error;
  const out: Record<string, string> = {};
  for (const [path, edits] of result.edits) out[path] = applyEdits(f.files.get(path)!, edits);
  return out;
}

describe('renameAt', () => {
  it('renames a category across files, through dotted references', () => {
    const result = renamed(FIXTURE, 'early_detection');
    expect(typeof result).toBe('object');
    const files = result as Record<string, string>;
    expect(files['/ledger.hewitt']).toContain('category early_detection {');
    expect(files['/ledger.hewitt']).toContain('prevention.early_detection)');
    expect(files['/main.hewitt']).toContain('prevention.early_detection)');
    expect(files['/main.hewitt']).not.toContain('screening');
  });

  it.each([
    ['other', 'already exists'],
    ['when', 'keyword'],
    ['2fast', 'not a valid name'],
    ['has space', 'not a valid name'],
  ])('refuses %s', (name, message) => {
    expect(renamed(FIXTURE, name)).toContain(message);
  });

  it('refuses a top-level clash with an imported name', () => {
    const source = FIXTURE.replace('measure share {', 'measure sh$0are {').replace('prevention.scr$0eening', 'prevention.screening');
    expect(renamed(source, 'spend')).toContain('already used');
    expect(renamed(source, 'shares')).toMatchObject({ '/main.hewitt': expect.stringContaining('measure shares {') });
  });
});

describe('prepareRenameAt', () => {
  it('gives the name under the cursor', () => {
    const f = rangedFixture(FIXTURE);
    const check = prepareRenameAt(f.model, f.cursor.path, f.cursor.offset);
    expect(check).toMatchObject({ placeholder: 'screening' });
    if ('span' in check) expect(f.text.slice(check.span.start, check.span.end)).toBe('screening');
  });

  it('refuses keywords and empty places', () => {
    const f = rangedFixture(FIXTURE);
    expect(prepareRenameAt(f.model, '/main.hewitt', 1)).toHaveProperty('error');
    expect(prepareRenameAt(f.model, '/main.hewitt', f.text.length)).toHaveProperty('error');
  });
});
