import { describe, expect, it } from 'vitest';
import { formatEvalJson, toEvalJson } from '../../server/src/report/json';
import { formatEvalTable } from '../../server/src/report/table';
import { REPORT, RESULT } from './fixture';

describe('evaluation JSON', () => {
  it('has the documented shape, key order included', () => {
    expect(formatEvalJson(REPORT)).toMatchInlineSnapshot(`
      "{
        "version": 1,
        "datasets": {
          "ledger": {
            "path": "data/ledger.csv",
            "rowsRead": 4200,
            "rowsRejected": 0
          }
        },
        "classifications": {
          "prevention": {
            "categories": [
              {
                "name": "screening",
                "rows": 120,
                "amount": "1234.56",
                "overlapRows": 0
              },
              {
                "name": "weight_mgmt",
                "rows": 3,
                "amount": "-0.05",
                "overlapRows": 2
              }
            ],
            "excludedRows": 5,
            "overlapRows": 0,
            "unclassifiedRows": 3900,
            "unclassifiedAmount": "1000000.00"
          }
        },
        "measures": {
          "prevention_share": {
            "unit": "percent",
            "rows": [
              {
                "group": {
                  "icb": "QE1",
                  "year": "2023/24"
                },
                "value": 4.1234
              },
              {
                "group": {
                  "icb": "QE1",
                  "year": "2024/25"
                },
                "value": 4.5
              },
              {
                "group": {
                  "icb": "QE2",
                  "year": "2023/24"
                },
                "value": null
              }
            ]
          },
          "stop_smoking_spend": {
            "unit": "money",
            "rows": [
              {
                "group": {
                  "year": "2023/24"
                },
                "value": "12345.67"
              }
            ]
          }
        },
        "targets": {
          "prevention_shift": {
            "rows": [
              {
                "group": {
                  "icb": "QE1"
                },
                "baseline": 4.12,
                "horizon": 5.31,
                "change": 1.19,
                "projected": false,
                "status": "met"
              },
              {
                "group": {
                  "icb": "QE2"
                },
                "baseline": null,
                "horizon": null,
                "change": null,
                "projected": false,
                "status": "no-data"
              }
            ]
          }
        },
        "metrics": {
          "dm_hba1c": {
            "rows": [
              {
                "group": {
                  "practice": "A81001"
                },
                "numerator": 500,
                "denominator": 620,
                "achievement": 80.645,
                "points": 17,
                "payment": "3628.31"
              }
            ],
            "strata": [
              {
                "stratum": "1",
                "achievement": 71.2,
                "numerator": 89,
                "denominator": 125
              }
            ],
            "gap": -6.3
          }
        },
        "funding": {
          "healthy_weight": {
            "total": "250000.00",
            "recurrent": false,
            "years": [
              "2024/25"
            ],
            "perYear": [
              {
                "year": "2024/25",
                "amount": "250000.00"
              }
            ]
          }
        },
        "fundingSummary": {
          "total": "250000.00",
          "byYear": [
            {
              "year": "2024/25",
              "amount": "250000.00"
            }
          ],
          "recurrentShare": 0
        },
        "diagnostics": [
          {
            "path": "rules/prevention.hewitt",
            "code": "data-cell",
            "severity": "error",
            "message": "The amount in row 7 is not an amount of money.",
            "range": {
              "start": {
                "line": 0,
                "character": 8
              },
              "end": {
                "line": 0,
                "character": 24
              }
            }
          },
          {
            "path": "rules/prevention.hewitt",
            "code": "hewitt/target-missed",
            "severity": "warning",
            "message": "The target prevention_shift is missed for QE1.",
            "range": {
              "start": {
                "line": 3,
                "character": 0
              },
              "end": {
                "line": 3,
                "character": 15
              }
            }
          }
        ]
      }
      "
    `);
  });

  it('writes money as pounds text only when the value is money', () => {
    const json = toEvalJson({ ...REPORT, details: undefined }) as any;
    expect(json.measures.stop_smoking_spend.rows[0].value).toBe('12345.67');
    expect(json.measures.prevention_share.rows[2].value).toBeNull();
    expect(json.classifications.prevention.categories[1].amount).toBe('-0.05');
  });

  it('writes a measure of fiscal years as its text, in JSON and in the table', () => {
    const latest = { unit: 'number' as const, rows: [{ group: { icb: 'QE1' }, value: null, text: '2024/25' }] };
    const report = { ...REPORT, result: { ...RESULT, measures: { latest_year: latest } } };
    expect((toEvalJson(report) as any).measures.latest_year.rows[0].value).toBe('2024/25');
    expect(formatEvalTable(report)).toContain('QE1  2024/25');
  });

  it('writes an empty result as empty sections', () => {
    const empty = { ...RESULT, datasets: {}, classifications: {}, measures: {}, targets: {}, metrics: {}, funding: {}, diagnostics: new Map() };
    expect(toEvalJson({ result: empty, file: 'a.hewitt', sources: new Map() })).toEqual({
      version: 1,
      datasets: {},
      classifications: {},
      measures: {},
      targets: {},
      metrics: {},
      funding: {},
      diagnostics: [],
    });
  });
});
