#!/usr/bin/env node
// Writes the sample CSV files that samples/datasets.hewitt declares: samples/data/ledger.csv,
// samples/data/qof.csv and samples/data/screening-uptake.csv. The data are invented but of
// realistic scale: 42 integrated care boards with their ODS codes, fiscal years 2021/22–2025/26,
// prevention around 4–6% of each board's spend (rising gently in some boards), and QOF achievement
// that is lower in more deprived practices. The output is the same on every run (seeded PRNG, no
// clock), so the files can be committed and regenerated without noise.
//
// Usage: node scripts/generate-sample-data.mjs [output folder, default samples/data]

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = process.argv[2] ?? join('samples', 'data');

// --- A small seeded PRNG (mulberry32) --------------------------------------------------------
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20230404);
const between = (low, high) => low + (high - low) * random();
const pick = (items) => items[Math.floor(random() * items.length)];
const intBetween = (low, high) => Math.floor(between(low, high + 1));

// --- Reference data ----------------------------------------------------------------------------
// [ODS code, name, region, population in millions (approximate)]
const ICBS = [
  ['QHM', 'North East and North Cumbria', 'North East and Yorkshire', 3.0],
  ['QOQ', 'Humber and North Yorkshire', 'North East and Yorkshire', 1.7],
  ['QWO', 'West Yorkshire', 'North East and Yorkshire', 2.4],
  ['QF7', 'South Yorkshire', 'North East and Yorkshire', 1.4],
  ['QE1', 'Lancashire and South Cumbria', 'North West', 1.8],
  ['QOP', 'Greater Manchester', 'North West', 2.9],
  ['QYG', 'Cheshire and Merseyside', 'North West', 2.7],
  ['QNC', 'Staffordshire and Stoke-on-Trent', 'Midlands', 1.1],
  ['QOC', 'Shropshire, Telford and Wrekin', 'Midlands', 0.5],
  ['QJM', 'Lincolnshire', 'Midlands', 0.8],
  ['QK1', 'Leicester, Leicestershire and Rutland', 'Midlands', 1.1],
  ['QWU', 'Coventry and Warwickshire', 'Midlands', 1.0],
  ['QGH', 'Herefordshire and Worcestershire', 'Midlands', 0.8],
  ['QHL', 'Birmingham and Solihull', 'Midlands', 1.7],
  ['QJ2', 'Derby and Derbyshire', 'Midlands', 1.1],
  ['QPM', 'Northamptonshire', 'Midlands', 0.8],
  ['QT1', 'Nottingham and Nottinghamshire', 'Midlands', 1.2],
  ['QUA', 'Black Country', 'Midlands', 1.3],
  ['QMM', 'Norfolk and Waveney', 'East of England', 1.1],
  ['QJG', 'Suffolk and North East Essex', 'East of England', 1.0],
  ['QHG', 'Bedfordshire, Luton and Milton Keynes', 'East of England', 1.0],
  ['QM7', 'Hertfordshire and West Essex', 'East of England', 1.6],
  ['QH8', 'Mid and South Essex', 'East of England', 1.2],
  ['QUE', 'Cambridgeshire and Peterborough', 'East of England', 0.9],
  ['QRV', 'North West London', 'London', 2.1],
  ['QMJ', 'North Central London', 'London', 1.6],
  ['QMF', 'North East London', 'London', 2.0],
  ['QKK', 'South East London', 'London', 1.9],
  ['QWE', 'South West London', 'London', 1.5],
  ['QKS', 'Kent and Medway', 'South East', 1.9],
  ['QNQ', 'Frimley', 'South East', 0.8],
  ['QRL', 'Hampshire and Isle of Wight', 'South East', 1.9],
  ['QU9', 'Buckinghamshire, Oxfordshire and Berkshire West', 'South East', 1.9],
  ['QXU', 'Surrey Heartlands', 'South East', 1.1],
  ['QNX', 'Sussex', 'South East', 1.7],
  ['QT6', 'Cornwall and the Isles of Scilly', 'South West', 0.6],
  ['QJK', 'Devon', 'South West', 1.2],
  ['QSL', 'Somerset', 'South West', 0.6],
  ['QUY', 'Bristol, North Somerset and South Gloucestershire', 'South West', 1.0],
  ['QOX', 'Bath and North East Somerset, Swindon and Wiltshire', 'South West', 1.0],
  ['QVV', 'Dorset', 'South West', 0.8],
  ['QR1', 'Gloucestershire', 'South West', 0.7],
];

const YEARS = ['2021/22', '2022/23', '2023/24', '2024/25', '2025/26'];
const nextYear = (index) => 2021 + index;

// Core allocation per person in pounds by year (2023/24 about £1,730 including all programmes).
const PER_PERSON = [1560, 1640, 1730, 1790, 1850];

// Non-prevention spend: [programme, share of the board's non-prevention spend, cost centres with descriptions]
const CARE = [
  ['ACUTE', 0.5, [['ACU-ELEC', 'Acute elective activity'], ['ACU-NEL', 'Acute non-elective activity'], ['ACU-OP', 'Outpatient activity'], ['ACU-AE', 'Urgent and emergency care, A&E']]],
  ['MH', 0.13, [['MH-ADULT', 'Adult community mental health'], ['MH-CYP', "Children and young people's mental health"], ['MH-IAPT', 'NHS Talking Therapies']]],
  ['COMMUNITY', 0.1, [['COM-NURS', 'District nursing'], ['COM-REHAB', 'Intermediate care and rehabilitation']]],
  ['PRIMARY', 0.09, [['PC-GMS', 'GP contracts, GMS and PMS'], ['PC-PCN', 'Primary care network DES']]],
  ['PRESCRIBING', 0.09, [['PRESC-GP', 'Primary care prescribing'], ['PRESC-NRT', 'Nicotine replacement on prescription']]],
  ['CHC', 0.05, [['CHC-ADULT', 'Continuing healthcare, adults']]],
  ['AMBULANCE', 0.03, [['AMB-999', 'Emergency ambulance services']]],
  ['CORPORATE', 0.01, [['CORP-RUN', 'ICB running costs']]],
];

// Prevention spend: [programme, share of the board's prevention spend, cost centre, description, recurrent]
const PREVENTION = [
  ['IMMS', 0.2, 'PH-IMMS', 'Childhood immunisation programme', true],
  ['FLU', 0.12, 'PH-FLU', 'Seasonal influenza vaccination', true],
  ['SCR-BOWEL', 0.1, 'PH-SCR-BWL', 'Bowel cancer screening, FIT kits and colonoscopy', true],
  ['SCR-BREAST', 0.08, 'PH-SCR-BRS', 'Breast screening', true],
  ['SCR-CERVICAL', 0.06, 'PH-SCR-CRV', 'Cervical screening, sample taking and cytology', true],
  ['SCR-AAA', 0.02, 'PH-SCR-AAA', 'Abdominal aortic aneurysm screening', true],
  ['NHSHC', 0.07, 'PH-NHSHC', 'NHS Health Checks', true],
  ['SMOK', 0.08, 'PH-SMOK', 'Tobacco dependence treatment service', true],
  ['SMOK', 0.02, 'PRESC-VARENICLINE', 'Varenicline on prescription', true],
  ['DPP', 0.06, 'PH-DPP', 'NHS Diabetes Prevention Programme', true],
  ['OBESITY', 0.05, 'PH-T2W', 'Tier 2 weight management', true],
  ['SURV', 0.04, 'PH-SURV', 'Infection surveillance', true],
  ['COMMUNITY', 0.03, 'PH-HP-TB', 'TB screening and contact tracing', true],
  ['EPRR', 0.03, 'PH-EPRR', 'Emergency preparedness, resilience and response', true],
  ['CARDIAC-REHAB', 0.04, 'PH-CARDREHAB', 'Cardiac rehabilitation', true],
];

// --- Formatting ---------------------------------------------------------------------------------
const csvField = (value) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const csvLine = (fields) => fields.map(csvField).join(',') + '\n';

/** Whole pence as `1234.56` (or `-1234.56`); pence is an integer. */
function pounds(pence) {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Pence as `£1,234.56`, the way some finance extracts write amounts. */
function poundsWithSymbol(pence) {
  const plain = pounds(Math.abs(pence));
  const [whole, fraction] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${pence < 0 ? '-' : ''}£${grouped}.${fraction}`;
}

/** Splits `total` pence into `parts` positive integer amounts that add up to it. */
function split(total, parts) {
  const weights = Array.from({ length: parts }, () => between(0.6, 1.4));
  const sum = weights.reduce((a, b) => a + b, 0);
  const amounts = weights.map((w) => Math.floor((total * w) / sum));
  amounts[0] += total - amounts.reduce((a, b) => a + b, 0);
  return amounts;
}

// --- ledger.csv ---------------------------------------------------------------------------------
function ledger() {
  let out = csvLine(['icb', 'icb_name', 'region', 'year', 'programme', 'cost_centre', 'description', 'amount', 'recurrent']);
  ICBS.forEach(([code, name, region, population], index) => {
    const baseShare = between(4.2, 5.2);
    // About half the boards shift spend towards prevention; the rest stay roughly level.
    const trend = index % 2 === 0 ? between(0.1, 0.25) : between(-0.05, 0.08);
    const dppFrom = index % 3 === 0 ? 0 : index % 3 === 1 ? 1 : 2; // the year DPP spend starts
    // One region's extract writes amounts with a pound sign and thousands separators.
    const format = region === 'South West' ? poundsWithSymbol : pounds;
    YEARS.forEach((year, y) => {
      const total = Math.round(population * 1e6 * PER_PERSON[y] * between(0.97, 1.03) * 100);
      const share = (baseShare + trend * y + between(-0.1, 0.1)) / 100;
      const prevention = Math.round(total * share);
      const care = total - prevention;
      for (const [programme, weight, centres] of CARE) {
        const lines = split(Math.round(care * weight), centres.length * 2);
        lines.forEach((amount, i) => {
          const [centre, description] = centres[i % centres.length];
          const part = i < centres.length ? 'April to September' : 'October to March';
          out += csvLine([code, name, region, year, programme, centre, `${description} (${part})`, format(amount), 'yes']);
        });
      }
      for (const [programme, weight, centre, description, recurrent] of PREVENTION) {
        if (programme === 'DPP' && y < dppFrom) continue;
        const amount = Math.round(prevention * weight * between(0.8, 1.2));
        const [main, oneOff] = split(amount, 2);
        out += csvLine([code, name, region, year, programme, centre, description, format(main), recurrent ? 'yes' : 'no']);
        // Part of some programmes comes from one-off, non-recurrent pots.
        if (random() < 0.35) out += csvLine([code, name, region, year, programme, centre, `${description}, one-off funding`, format(oneOff), 'no']);
        else out += csvLine([code, name, region, year, programme, centre, `${description}, additional activity`, format(oneOff), 'yes']);
      }
      // A credit reversing spend booked the year before.
      if (random() < 0.4) {
        const [programme, , centre, description] = pick(PREVENTION);
        const credit = -Math.round(prevention * between(0.002, 0.01));
        out += csvLine([code, name, region, year, programme, centre, `${description}, prior-year correction`, format(credit), 'no']);
      }
    });
  });
  return out;
}

// --- qof.csv ------------------------------------------------------------------------------------
// [indicator, prevalence of the denominator in the list, achievement in the least deprived quintile (%), the
// fall in achievement per more deprived quintile (pp)]
const INDICATORS = [
  ['DM020', 0.045, 66, 2.2],
  ['HYP008', 0.09, 72, 1.8],
  ['SMOK004', 0.11, 88, 1.5],
  ['CS005', 0.17, 74, 2.8],
  ['BP002', 0.42, 90, 1.4],
];
const STREETS = ['Park', 'Church', 'Station', 'Market', 'Mill', 'High Street', 'Riverside', 'Abbey', 'Oak Tree', 'Castle', 'Bridge', 'Valley'];
const KINDS = ['Surgery', 'Medical Centre', 'Health Centre', 'Medical Practice', 'Family Practice'];

function qof() {
  let out = csvLine(['practice', 'practice_name', 'icb', 'year', 'imd_quintile', 'indicator', 'eligible', 'pca', 'achieved', 'list_size']);
  const prefixes = 'ABCDFGHJKLMNPY';
  let serial = 0;
  ICBS.forEach(([code], i) => {
    const practices = 4;
    for (let p = 0; p < practices; p++) {
      serial++;
      const practice = `${prefixes[i % prefixes.length]}${String(81000 + serial * 7).padStart(5, '0')}`;
      const practiceName = `${pick(STREETS)} ${pick(KINDS)}`;
      const quintile = ((i + p) % 5) + 1;
      // A few small branch practices have fewer than 1,000 patients.
      let list = serial % 37 === 0 ? intBetween(600, 950) : intBetween(3500, 16000);
      const improvement = between(0, 0.8); // pp a year
      YEARS.forEach((year, y) => {
        list = Math.round(list * between(1.0, 1.025));
        for (const [indicator, prevalence, best, gradient] of INDICATORS) {
          const eligible = Math.max(1, Math.round(list * prevalence * between(0.85, 1.15)));
          const pca = Math.round(eligible * between(0.02, 0.09));
          const rate = Math.min(99, best - gradient * (5 - quintile) + improvement * y + between(-4, 4)) / 100;
          const achieved = Math.min(eligible - pca, Math.max(0, Math.round((eligible - pca) * rate)));
          out += csvLine([practice, practiceName, code, year, quintile, indicator, eligible, pca, achieved, list]);
        }
      });
    }
  });
  return out;
}

// --- screening-uptake.csv -----------------------------------------------------------------------
// [programme, eligible per million people, typical uptake (%)]
const SCREENING = [
  ['SCR-BOWEL', 190000, 68],
  ['SCR-BREAST', 95000, 68],
  ['SCR-CERVICAL', 260000, 69],
  ['SCR-AAA', 5500, 82],
];

function screening() {
  let out = csvLine(['icb', 'year', 'programme', 'eligible', 'uptake', 'published_on']);
  ICBS.forEach(([code, , , population]) => {
    const local = between(-4, 4);
    YEARS.forEach((year, y) => {
      // Published in the June after the year ends, on a weekday chosen once per year.
      const published = `${nextYear(y) + 1}-06-${String(10 + y * 3).padStart(2, '0')}`;
      for (const [programme, perMillion, typical] of SCREENING) {
        const eligible = Math.round(population * perMillion * between(0.95, 1.05));
        const uptake = Math.min(95, typical + local + y * 0.4 + between(-2.5, 2.5));
        out += csvLine([code, year, programme, eligible, `${uptake.toFixed(1)}%`, published]);
      }
    });
  });
  return out;
}

mkdirSync(OUT, { recursive: true });
const files = { 'ledger.csv': ledger(), 'qof.csv': qof(), 'screening-uptake.csv': screening() };
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(OUT, name), text);
  console.log(`${join(OUT, name)}: ${text.split('\n').length - 2} rows, ${Buffer.byteLength(text)} bytes`);
}
