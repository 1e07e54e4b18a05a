// Generates realistic rule files for the benchmark: a shared datasets file, seven regional files
// and one file per integrated care board or place, each importing the datasets and its region.
// Every file is made of blocks (a classification, measures on it, targets, QOF metrics and
// funding) repeated until the file reaches its line count. The output is deterministic.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const REGIONS = ['north-east-yorkshire', 'north-west', 'midlands', 'east-of-england', 'london', 'south-east', 'south-west'];
const ICBS = ['QHM', 'QOQ', 'QWO', 'QF7', 'QE1', 'QOP', 'QYG', 'QNC', 'QOC', 'QJM', 'QK1', 'QWU', 'QGH', 'QHL', 'QJ2', 'QPM', 'QT1', 'QUA', 'QMM', 'QJG', 'QHG', 'QM7', 'QH8', 'QUE', 'QRV', 'QMJ', 'QMF', 'QKK', 'QWE', 'QKS', 'QNQ', 'QRL', 'QU9', 'QXU', 'QNX', 'QT6', 'QJK', 'QSL', 'QUY', 'QOX', 'QVV', 'QR1'];

export const DATASETS = `// The data every benchmark file reads.

/// Programme-level spend of each integrated care board, one row per cost line and year.
dataset ledger "ICB programme spend" {
  source: "data/ledger.csv"
  owner: "ICB finance team"
  columns {
    icb: text
    region: text
    year: fiscal_year
    programme: text
    cost_centre: text
    amount: money
    recurrent: bool
    uptake: percent
    booked_on: date
    lines: number
  }
}

/// QOF achievement by practice, indicator and year.
dataset qof "QOF achievement by practice" {
  source: "data/qof.csv"
  owner: "Primary care analytics"
  columns {
    practice: text
    icb: text
    year: fiscal_year
    imd_quintile: number
    indicator: text
    eligible: number
    pca: number
    achieved: number
  }
}
`;

/** One block of declarations whose names end in `s`; `shared` names a measure of another file to target. */
function block(s, icb, shared) {
  const lines = [];
  lines.push(
    `/// Prevention spend as ${icb} defines it: SHA 2011 HC.6 plus secondary prevention in primary care.`,
    `classification prev_${s} "Prevention spend, ${icb} definition" on ledger {`,
    `  basis: "SHA 2011 HC.6 functions plus secondary prevention in primary care"`,
    ``,
    `  category immunisation "Immunisation programmes" {`,
    `    function: HC.6.2`,
    `    level: primary`,
    `    when programme in ["IMMS", "FLU", "HPV"]`,
    `  }`,
    ``,
    `  category screening "Early disease detection" {`,
    `    function: HC.6.3`,
    `    level: secondary`,
    `    when programme starts with "SCR-"`,
    `  }`,
    ``,
    `  category health_checks "NHS Health Checks" {`,
    `    function: HC.6.4`,
    `    level: primary`,
    `    when programme = "NHSHC" and icb = "${icb}"`,
    `  }`,
    ``,
    `  category stop_smoking "Stop smoking services" {`,
    `    function: HC.6.1`,
    `    level: primary`,
    `    when programme = "SMOK" and cost_centre not in ["PRESC-NRT", "PRESC-VARENICLINE"]`,
    `  }`,
    ``,
    `  category weight_mgmt "Tier 2 weight management" {`,
    `    level: primary`,
    `    when cost_centre = "PH-T2W"`,
    `    weight: 50%`,
    `  }`,
    ``,
    `  category surveillance "Surveillance and disease control" {`,
    `    function: HC.6.5`,
    `    when programme = "SURV" or cost_centre starts with "PH-HP"`,
    `  }`,
    ``,
    `  category cardiac_rehab "Cardiac rehabilitation" {`,
    `    level: tertiary`,
    `    when programme = "CARDIAC-REHAB" and amount > £0`,
    `  }`,
    ``,
    `  exclude when amount <= £0 and not recurrent = yes`,
    `}`,
    ``,
  );
  const measure = (name, title, value, by) =>
    lines.push(`measure ${name}_${s} "${title}" {`, `  from ledger`, `  value: ${value}`, `  by ${by}`, `}`, ``);
  measure('share', 'Share of spend on prevention', `sum(amount where prev_${s}) / sum(amount)`, 'icb, year');
  measure('screening', "Screening's share of prevention spend", `sum(amount where prev_${s}.screening) / sum(amount where prev_${s})`, 'icb, year');
  measure('one_off', 'Prevention spend from one-off pots', `sum(amount where prev_${s} and recurrent = no)`, 'icb, year');
  measure('lines', 'Number of prevention cost lines', `count(where prev_${s} and lines >= 1)`, 'icb, year');
  measure('mean_imms', 'Average immunisation cost line', `mean(amount where prev_${s}.immunisation)`, 'region, year');
  measure('largest', 'Largest health check line', `max(amount where programme = "NHSHC" and uptake < 60%)`, 'icb, year');
  measure('first', 'First year with prevention spend', `min(year where prev_${s})`, 'icb');
  const target = (name, title, m, baseline, horizon, change, scope) =>
    lines.push(`target ${name}_${s} "${title}" {`, `  measure: ${m}`, `  baseline: ${baseline}`, `  horizon: ${horizon}`, `  change: ${change}`, `  scope: ${scope}`, `}`, ``);
  target('shift', 'Prevention share up by at least 1pp in five years', `share_${s}`, '2023/24', '2028/29', 'at least +1pp', 'system');
  target('focus', 'More of the prevention budget on early detection', `screening_${s}`, '2024/25', '2027/28', 'at least +1pp', 'place');
  target('pots', 'Less prevention money in one-off pots', `one_off_${s}`, '2023/24', '2026/27', 'at most -£250k', 'system');
  target('growth', 'Prevention lines grow by a tenth', `lines_${s}`, '2023/24', '2026/27', 'at least +10% relative', 'place');
  if (shared) target('regional', 'Regional prevention share up by 1pp', shared, '2023/24', '2028/29', 'at least +1pp', 'system');
  const metric = (name, title, indicator, kind, thresholds, points, stratify) => {
    const where = `where indicator = "${indicator}"`;
    lines.push(
      `metric ${name}_${s} "${title}" {`,
      `  contract: gms`,
      `  kind: ${kind}`,
      `  from qof`,
      `  numerator: sum(achieved ${where})`,
      `  denominator: sum(eligible ${where}) - sum(pca ${where})`,
      `  thresholds: ${thresholds}`,
      `  points: ${points}`,
      `  value per point: £213.43`,
      `  by practice`,
      ...(stratify ? [`  stratify by imd_quintile`] : []),
      `}`,
      ``,
    );
  };
  metric('dm020', 'Diabetes: HbA1c 58 mmol/mol or less', 'DM020', 'outcome', '35% to 75%', 17, true);
  metric('hyp008', 'Hypertension: blood pressure 140/90 or less', 'HYP008', 'outcome', '40% to 77%', 14, true);
  metric('smok004', 'Smokers offered support and treatment', 'SMOK004', 'process', '40% to 90%', 12, false);
  lines.push(
    `funding tobacco_${s} "Tobacco dependence treatment services" {`,
    `  amount: £4.2m`,
    `  period: 2024/25 .. 2026/27`,
    `  recurrent: yes`,
    `  purpose: prev_${s}`,
    `}`,
    ``,
  );
  return lines;
}

/** A file body of at least `minLines` lines: header lines, then blocks named `${prefix}_1`, `_2`, … */
function fileOf(header, prefix, icb, shared, minLines) {
  const lines = [...header];
  for (let k = 1; lines.length < minLines; k++) lines.push(...block(`${prefix}_${k}`, icb, shared));
  return lines.join('\n') + '\n';
}

/** A self-contained file (its own datasets) of at least `minLines` lines, for the warm single-file timing. */
export function standaloneFile(minLines) {
  return fileOf(DATASETS.split('\n'), 'solo', 'QOP', undefined, minLines);
}

/**
 * Writes `files` rule files of at least `minLines` lines in all into `dir`: datasets.hewitt,
 * seven region files and ICB files importing both. Returns their paths (relative) and sizes.
 */
export function generateWorkspace(dir, files, minLines) {
  mkdirSync(dir, { recursive: true });
  const perFile = Math.ceil(minLines / (files - 1));
  const written = [{ path: 'datasets.hewitt', text: DATASETS }];
  REGIONS.forEach((region, r) => {
    const header = [`// Shared declarations of the ${region} region.`, `import "datasets.hewitt"`, ``];
    written.push({ path: `region-${region}.hewitt`, text: fileOf(header, `r${r}`, ICBS[r], undefined, perFile) });
  });
  for (let i = 0; written.length < files; i++) {
    const r = i % REGIONS.length;
    const icb = ICBS[i % ICBS.length];
    const header = [`// Rules of ${icb}, place ${i + 1}.`, `import "datasets.hewitt"`, `import "region-${REGIONS[r]}.hewitt"`, ``];
    written.push({ path: `icb-${String(i + 1).padStart(3, '0')}.hewitt`, text: fileOf(header, `p${i}`, icb, `share_r${r}_1`, perFile) });
  }
  for (const file of written) writeFileSync(join(dir, file.path), file.text, 'utf8');
  return written.map((file) => ({ path: file.path, lines: file.text.split('\n').length - 1, bytes: Buffer.byteLength(file.text) }));
}
