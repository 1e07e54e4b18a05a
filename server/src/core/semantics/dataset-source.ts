// Where a dataset's rows come from: a file (`source:`) or a table of an SQL engine (`table:`),
// exactly one of them.

import type { Member } from '../syntax/ast';
import { memberKeySpan } from './schema';
import { report, type FileState } from './context';
import type { Owner } from './members';

export function checkDatasetSource(file: FileState, owner: Owner, seen: ReadonlyMap<string, Member>): void {
  const source = seen.get('source');
  const table = seen.get('table');
  const subject = owner.name ? `The dataset \`${owner.name.text}\`` : 'This dataset';
  if (source === undefined && table === undefined) {
    report(file, 'missing-property', `${subject} needs \`source\`.`, owner.name?.span ?? owner.span);
  } else if (source !== undefined && table !== undefined) {
    report(file, 'invalid-value', `${subject} has both \`source\` and \`table\`; a dataset is read from a file or from a table of an engine, not both.`, memberKeySpan(table), [
      { path: file.path, span: memberKeySpan(source), message: 'The `source` is here.' },
    ]);
  }
  const engine = seen.get('engine');
  if (engine !== undefined && table === undefined) {
    report(file, 'invalid-value', `${subject} names an \`engine\` but no \`table\`; \`engine\` says which configured engine holds the table, and a file (\`source\`) is read by every engine.`, memberKeySpan(engine));
  }
}
