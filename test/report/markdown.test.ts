import { describe, expect, it } from 'vitest';
import { formatEvalMarkdown, markdownTable } from '../../server/src/report/markdown';
import { REPORT } from './fixture';

describe('Markdown', () => {
  it('writes GitHub tables with aligned number columns', () => {
    expect(formatEvalMarkdown(REPORT)).toMatchInlineSnapshot(`
      "# Evaluation of rules/prevention.hewitt

      ## Datasets

      | dataset | file | rows read | rows rejected |
      | :--- | :--- | ---: | ---: |
      | ledger | data/ledger.csv | 4,200 | 0 |

      ## Classifications

      ### prevention

      | category | rows | amount | also matched later |
      | :--- | ---: | ---: | ---: |
      | screening | 120 | £1,234.56 | 0 |
      | weight_mgmt | 3 | -£0.05 | 2 |
      | (unclassified) | 3,900 | £1,000,000.00 |  |
      | (excluded) | 5 |  |  |

      ## Measures

      ### prevention_share — Share of ICB spend on prevention (percent)

      | icb | 2023/24 | 2024/25 |
      | :--- | ---: | ---: |
      | QE1 | 4.12% | 4.50% |
      | QE2 | – |  |

      ### stop_smoking_spend (money)

      | group | 2023/24 |
      | :--- | ---: |
      | all | £12,345.67 |

      ## Targets

      ### prevention_shift — Prevention share up by 1pp

      | icb | baseline | horizon | change | projected | status |
      | :--- | ---: | ---: | ---: | :--- | :--- |
      | QE1 | 4.12% | 5.31% | +1.19pp | no | met |
      | QE2 | – | – | – | no | no data |

      - Asks for a change of at least +1pp on prevention_share from 2023/24 to 2028/29.

      ## Metrics

      ### dm_hba1c — Diabetes: HbA1c

      | practice | numerator | denominator | achievement | points | payment |
      | :--- | ---: | ---: | ---: | ---: | ---: |
      | A81001 | 500 | 620 | 80.65% | 17 | £3,628.31 |

      - Thresholds: lower 40%, upper 90%, up to 17 points.
      - Stratum 1: 71.2% (89 of 125)
      - Gap between the most and least deprived strata: -6.3pp

      ## Funding

      | funding | total | per year | recurrent | years |
      | :--- | ---: | ---: | :--- | :--- |
      | healthy_weight | £250,000.00 | £250,000.00 | no | 2024/25 |

      - All funding: £250,000.00, 0% of it recurrent.
      - By year: 2024/25 £250,000.00.

      ## Problems

      | where | severity | code | message |
      | :--- | :--- | :--- | :--- |
      | rules/prevention.hewitt:1:9 | error | data-cell | The amount in row 7 is not an amount of money. |
      | rules/prevention.hewitt:4:1 | warning | hewitt/target-missed | The target prevention_shift is missed for QE1. |

      _– no data (nothing to compute from, or a zero denominator)_
      "
    `);
  });

  it('keeps hostile cells inside their table cell', () => {
    const lines = markdownTable({ columns: [{ header: 'a|b', align: 'left' }], rows: [['x | y\n<script>alert(1)</script> &amp;']] });
    expect(lines).toEqual(['| a\\|b |', '| :--- |', '| x \\| y \\<script\\>alert(1)\\</script\\> &amp;amp; |']);
  });
});
