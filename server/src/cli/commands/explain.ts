// `hewitt eval --explain NAME[column = value, …]`: the rows behind one figure. The rule file is
// checked first (a file with errors is not evaluated); the figure's dataset is then read once.

import { resolve } from 'node:path';
import { checkModel } from '../../core/check';
import type { ResolvedConfig } from '../../core/config/config';
import { explainFigure } from '../../core/explore/explain';
import { parseFigureRef } from '../../core/explore/figure-ref';
import { CATALOGUE } from '../../core/rules/catalogue';
import type { SemanticModel } from '../../core/semantics/model';
import { nodeDataHost } from '../../node/data-host';
import { describeFsError } from '../../node/fs-paths';
import { formatExplanationJson, formatExplanationText } from '../../report/explain';
import { EXIT, usageFailure, type CliIo } from '../io';
import { writeFileAtomic } from '../write-file';

export interface ExplainRun {
  readonly io: CliIo;
  readonly model: SemanticModel;
  readonly file: string;
  readonly figure: string;
  readonly rows: string | undefined;
  readonly format: string;
  readonly outputFile: string | undefined;
  readonly configFor: (path: string) => ResolvedConfig;
}

export async function runExplain(run: ExplainRun): Promise<number> {
  const { io, model, file } = run;
  if (run.format !== 'table' && run.format !== 'markdown' && run.format !== 'json') return usageFailure(io, `--explain writes text or JSON, not ${run.format}`);
  const limit = run.rows === undefined ? undefined : Number(run.rows);
  if (limit !== undefined && (!Number.isSafeInteger(limit) || limit < 0)) return usageFailure(io, `--rows needs a whole number of rows, not '${run.rows}'`);
  const parsed = parseFigureRef(run.figure);
  if (parsed.kind === 'error') return usageFailure(io, `--explain: ${parsed.message}`);
  const checked = checkModel(model, [...model.files.keys()], { configFor: run.configFor, catalogue: CATALOGUE });
  if (checked.some((r) => r.diagnostics.some((d) => d.severity === 'error'))) {
    io.stderr(`hewitt: ${file} has errors, so it was not evaluated (see hewitt check ${file})\n`);
    return EXIT.problems;
  }
  const outcome = await explainFigure(model, [file], nodeDataHost(io.cwd), { figure: parsed.ref, ...(limit === undefined ? {} : { limit }) });
  if (outcome.kind === 'error') return usageFailure(io, `--explain: ${outcome.message}`);
  const text = run.format === 'json' ? formatExplanationJson(outcome.explanation) : formatExplanationText(outcome.explanation);
  if (run.outputFile === undefined) io.stdout(text);
  else {
    try {
      writeFileAtomic(resolve(io.cwd, run.outputFile), text);
    } catch (error) {
      return usageFailure(io, `cannot write the rows, ${describeFsError(error)}: ${run.outputFile}`);
    }
  }
  return EXIT.ok;
}
