// Generates the evaluation benchmark's inputs: a large ledger CSV for the 42 integrated care
// boards over five years, and a rule file that classifies it and computes the prevention share by
// board and year. Deterministic (a seeded generator), written in chunks so memory stays flat.

import { createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ICBS = ['QHM', 'QOQ', 'QWO', 'QF7', 'QE1', 'QOP', 'QYG', 'QNC', 'QOC', 'QJM', 'QK1', 'QWU', 'QGH', 'QHL', 'QJ2', 'QPM', 'QT1', 'QUA', 'QMM', 'QJG', 'QHG', 'QM7', 'QH8', 'QUE', 'QRV', 'QMJ', 'QMF', 'QKK', 'QWE', 'QKS', 'QNQ', 'QRL', 'QU9', 'QXU', 'QNX', 'QT6', 'QJK', 'QSL', 'QUY', 'QOX', 'QVV', 'QR1'];
const YEARS = ['2021/22', '2022/23', '2023/24', '2024/25', '2025/26'];
/** Programme code and its share of lines: prevention programmes are a few percent of the spend. */
const PROGRAMMES = [
  ['IMMS', 2], ['FLU', 1], ['SCR-BOWEL', 1], ['SCR-BREAST', 1], ['NHSHC', 1], ['SMOK', 1],
  ['ACUTE', 50], ['MH', 15], ['COMMUNITY', 14], ['PRESCRIBING', 10], ['ESTATES', 4],
];
const PICK = PROGRAMMES.flatMap(([code, weight]) => Array(weight).fill(code));

export const BENCH_RULES = `dataset ledger "ICB programme spend" {
  source: "ledger.csv"
  owner: "Benchmark generator"
  columns {
    icb: text
    year: fiscal_year
    programme: text
    cost_centre: text
    amount: money
    recurrent: bool
  }
}

classification prevention "Prevention spend" on ledger {
  basis: "SHA 2011 HC.6"
  category immunisation "Immunisation" {
    function: HC.6.2
    level: primary
    when programme in ["IMMS", "FLU"]
  }
  category screening "Screening" {
    function: HC.6.3
    level: secondary
    when programme starts with "SCR-"
  }
  category other "Health checks and stop smoking" {
    function: HC.6.4
    level: primary
    when programme in ["NHSHC", "SMOK"]
  }
}

measure prevention_share "Share of ICB spend on prevention" {
  from ledger
  value: sum(amount where prevention) / sum(amount)
  by icb, year
}
`;

/** The ledger's columns as the hand-written query reads them. */
const BENCH_COLUMNS = `{'icb': 'VARCHAR', 'year': 'VARCHAR', 'programme': 'VARCHAR', 'cost_centre': 'VARCHAR', 'amount': 'DECIMAL(18,2)', 'recurrent': 'VARCHAR'}`;

/** The hand-written query on the ledger: a CSV file read with DuckDB's own types, or a Parquet file. */
export const BENCH_SQL = (file) => `
SELECT icb, year,
  100 * sum(amount) FILTER (WHERE programme IN ('IMMS', 'FLU', 'NHSHC', 'SMOK') OR programme LIKE 'SCR-%') / sum(amount) AS share
FROM ${file.endsWith('.parquet') ? `read_parquet('${file.replace(/'/g, "''")}')` : `read_csv('${file.replace(/'/g, "''")}', header = true, quote = '"',\n  columns = ${BENCH_COLUMNS})`}
GROUP BY icb, year ORDER BY icb, year`;

/** SQL writing the ledger CSV as Parquet, the amount as DECIMAL(18,2) as an extract would hold it. */
export const PARQUET_SQL = (csv, parquet) =>
  `COPY (SELECT * FROM read_csv('${csv.replace(/'/g, "''")}', header = true, quote = '"', columns = ${BENCH_COLUMNS})) TO '${parquet.replace(/'/g, "''")}' (FORMAT PARQUET)`;

/** A small seeded generator (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `dir/ledger.csv` with `rows` data rows and `dir/bench.hewitt`; resolves to the CSV's size in bytes. */
export async function writeBenchData(dir, rows) {
  writeFileSync(join(dir, 'bench.hewitt'), BENCH_RULES);
  const next = random(20230404);
  const out = createWriteStream(join(dir, 'ledger.csv'));
  let bytes = 0;
  const write = (text) =>
    new Promise((resolve) => {
      bytes += Buffer.byteLength(text);
      if (out.write(text)) resolve();
      else out.once('drain', resolve);
    });
  await write('icb,year,programme,cost_centre,amount,recurrent\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const icb = ICBS[Math.floor(next() * ICBS.length)];
    const year = YEARS[Math.floor(next() * YEARS.length)];
    const programme = PICK[Math.floor(next() * PICK.length)];
    const pence = Math.floor(next() * 5_000_000) - 100_000;
    const amount = `${pence < 0 ? '-' : ''}${Math.floor(Math.abs(pence) / 100)}.${String(Math.abs(pence) % 100).padStart(2, '0')}`;
    chunk += `${icb},${year},${programme},CC${String(i % 997).padStart(4, '0')},${amount},${next() < 0.8 ? 'yes' : 'no'}\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise((resolve) => out.end(resolve));
  return bytes;
}
