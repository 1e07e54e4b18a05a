-- SQL of samples/prevention.hewitt for clickhouse, rendered by hewitt sql. Run each statement on its own.
-- Money is in whole pence; empty cells are NULL; a row with a cell that does not fit its column is left out.
-- ClickHouse 18.16 or later: conditions are 0/1; sums of Decimal are exact, ratios are Float64.

-- classification prevention "Prevention spend, broad definition" (samples/prevention.hewitt:12)
-- Each accepted row of ledger with its category: the index of the first category whose condition holds (in declaration order from 0), -1 for none, -2 when excluded.
SELECT
  `icb`,
  `icb_name`,
  `region`,
  `year`,
  `programme`,
  `cost_centre`,
  `description`,
  `amount`,
  `recurrent`,
  `category:prevention` AS `category`
FROM (
  SELECT
    *,
    CASE
      WHEN (ifNull(((`amount` <= CAST(0 AS Nullable(Int64))) AND (NOT (`recurrent` = 1))), 0) = 1) THEN -2
      WHEN (ifNull((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), 0) = 1) THEN 0
      WHEN (ifNull((substring(`programme`, 1, length('SCR-')) = 'SCR-'), 0) = 1) THEN 1
      WHEN (ifNull((`programme` = 'NHSHC'), 0) = 1) THEN 2
      WHEN (ifNull(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), 0) = 1) THEN 3
      WHEN (ifNull((`programme` = 'DPP'), 0) = 1) THEN 4
      WHEN (ifNull((`cost_centre` = 'PH-T2W'), 0) = 1) THEN 5
      WHEN (ifNull(((`programme` = 'SURV') OR (substring(`cost_centre`, 1, length('PH-HP')) = 'PH-HP')), 0) = 1) THEN 6
      WHEN (ifNull((`programme` = 'EPRR'), 0) = 1) THEN 7
      WHEN (ifNull(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS Nullable(Int64)))), 0) = 1) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM (
    SELECT
      `icb`,
      `icb_name`,
      `region`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      `programme`,
      `cost_centre`,
      `description`,
      CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (position(`amount`, '-') > 0 OR position(`amount`, '(') = 1) THEN -(CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64))) ELSE CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64)) END END AS `amount`,
      CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
      NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `amount` = '' OR ((match(`amount`, '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT match(`amount`, '^(?:[+-]£?[+-].*)$')) OR match(`amount`, '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
        `recurrent` = '' OR (lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') OR lowerUTF8(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
      FROM (
        SELECT
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          NULLIF(CAST(`icb_name` AS Nullable(String)), '') AS `icb_name`,
          NULLIF(CAST(`region` AS Nullable(String)), '') AS `region`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          NULLIF(CAST(`programme` AS Nullable(String)), '') AS `programme`,
          NULLIF(CAST(`cost_centre` AS Nullable(String)), '') AS `cost_centre`,
          NULLIF(CAST(`description` AS Nullable(String)), '') AS `description`,
          replaceRegexpAll(COALESCE(CAST(`amount` AS Nullable(String)), ''), '^ +| +$', '') AS `amount`,
          replaceRegexpAll(COALESCE(CAST(`recurrent` AS Nullable(String)), ''), '^ +| +$', '') AS `recurrent`
        FROM `ledger`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`;

-- measure prevention_share "Share of ICB spend on prevention" (samples/prevention.hewitt:77)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
SELECT
  `icb`,
  `year`,
  CAST(SUM(CASE WHEN (ifNull((`category:prevention` >= 0), 0) = 1) THEN CAST(`amount` AS Nullable(Decimal(38, 0))) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS Nullable(String)) AS `a0:fine`,
  CAST(SUM(`amount`) AS Nullable(String)) AS `a1:pence`
FROM (
  SELECT
    *,
    CASE
      WHEN (ifNull(((`amount` <= CAST(0 AS Nullable(Int64))) AND (NOT (`recurrent` = 1))), 0) = 1) THEN -2
      WHEN (ifNull((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), 0) = 1) THEN 0
      WHEN (ifNull((substring(`programme`, 1, length('SCR-')) = 'SCR-'), 0) = 1) THEN 1
      WHEN (ifNull((`programme` = 'NHSHC'), 0) = 1) THEN 2
      WHEN (ifNull(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), 0) = 1) THEN 3
      WHEN (ifNull((`programme` = 'DPP'), 0) = 1) THEN 4
      WHEN (ifNull((`cost_centre` = 'PH-T2W'), 0) = 1) THEN 5
      WHEN (ifNull(((`programme` = 'SURV') OR (substring(`cost_centre`, 1, length('PH-HP')) = 'PH-HP')), 0) = 1) THEN 6
      WHEN (ifNull((`programme` = 'EPRR'), 0) = 1) THEN 7
      WHEN (ifNull(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS Nullable(Int64)))), 0) = 1) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM (
    SELECT
      `icb`,
      `icb_name`,
      `region`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      `programme`,
      `cost_centre`,
      `description`,
      CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (position(`amount`, '-') > 0 OR position(`amount`, '(') = 1) THEN -(CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64))) ELSE CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64)) END END AS `amount`,
      CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
      NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `amount` = '' OR ((match(`amount`, '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT match(`amount`, '^(?:[+-]£?[+-].*)$')) OR match(`amount`, '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
        `recurrent` = '' OR (lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') OR lowerUTF8(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
      FROM (
        SELECT
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          NULLIF(CAST(`icb_name` AS Nullable(String)), '') AS `icb_name`,
          NULLIF(CAST(`region` AS Nullable(String)), '') AS `region`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          NULLIF(CAST(`programme` AS Nullable(String)), '') AS `programme`,
          NULLIF(CAST(`cost_centre` AS Nullable(String)), '') AS `cost_centre`,
          NULLIF(CAST(`description` AS Nullable(String)), '') AS `description`,
          replaceRegexpAll(COALESCE(CAST(`amount` AS Nullable(String)), ''), '^ +| +$', '') AS `amount`,
          replaceRegexpAll(COALESCE(CAST(`recurrent` AS Nullable(String)), ''), '^ +| +$', '') AS `recurrent`
        FROM `ledger`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `icb`, `year`;

-- measure national_prevention_share "Share of all ICB spend on prevention, England" (samples/prevention.hewitt:83)
-- Per year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
SELECT
  `year`,
  CAST(SUM(CASE WHEN (ifNull((`category:prevention` >= 0), 0) = 1) THEN CAST(`amount` AS Nullable(Decimal(38, 0))) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS Nullable(String)) AS `a0:fine`,
  CAST(SUM(`amount`) AS Nullable(String)) AS `a1:pence`
FROM (
  SELECT
    *,
    CASE
      WHEN (ifNull(((`amount` <= CAST(0 AS Nullable(Int64))) AND (NOT (`recurrent` = 1))), 0) = 1) THEN -2
      WHEN (ifNull((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), 0) = 1) THEN 0
      WHEN (ifNull((substring(`programme`, 1, length('SCR-')) = 'SCR-'), 0) = 1) THEN 1
      WHEN (ifNull((`programme` = 'NHSHC'), 0) = 1) THEN 2
      WHEN (ifNull(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), 0) = 1) THEN 3
      WHEN (ifNull((`programme` = 'DPP'), 0) = 1) THEN 4
      WHEN (ifNull((`cost_centre` = 'PH-T2W'), 0) = 1) THEN 5
      WHEN (ifNull(((`programme` = 'SURV') OR (substring(`cost_centre`, 1, length('PH-HP')) = 'PH-HP')), 0) = 1) THEN 6
      WHEN (ifNull((`programme` = 'EPRR'), 0) = 1) THEN 7
      WHEN (ifNull(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS Nullable(Int64)))), 0) = 1) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM (
    SELECT
      `icb`,
      `icb_name`,
      `region`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      `programme`,
      `cost_centre`,
      `description`,
      CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (position(`amount`, '-') > 0 OR position(`amount`, '(') = 1) THEN -(CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64))) ELSE CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64)) END END AS `amount`,
      CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
      NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `amount` = '' OR ((match(`amount`, '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT match(`amount`, '^(?:[+-]£?[+-].*)$')) OR match(`amount`, '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
        `recurrent` = '' OR (lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') OR lowerUTF8(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
      FROM (
        SELECT
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          NULLIF(CAST(`icb_name` AS Nullable(String)), '') AS `icb_name`,
          NULLIF(CAST(`region` AS Nullable(String)), '') AS `region`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          NULLIF(CAST(`programme` AS Nullable(String)), '') AS `programme`,
          NULLIF(CAST(`cost_centre` AS Nullable(String)), '') AS `cost_centre`,
          NULLIF(CAST(`description` AS Nullable(String)), '') AS `description`,
          replaceRegexpAll(COALESCE(CAST(`amount` AS Nullable(String)), ''), '^ +| +$', '') AS `amount`,
          replaceRegexpAll(COALESCE(CAST(`recurrent` AS Nullable(String)), ''), '^ +| +$', '') AS `recurrent`
        FROM `ledger`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `year`;

-- measure national_prevention_spend "Prevention spend across all ICBs, England" (samples/prevention.hewitt:89)
-- Per year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
SELECT
  `year`,
  CAST(SUM(CASE WHEN (ifNull((`category:prevention` >= 0), 0) = 1) THEN CAST(`amount` AS Nullable(Decimal(38, 0))) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS Nullable(String)) AS `a0:fine`
FROM (
  SELECT
    *,
    CASE
      WHEN (ifNull(((`amount` <= CAST(0 AS Nullable(Int64))) AND (NOT (`recurrent` = 1))), 0) = 1) THEN -2
      WHEN (ifNull((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), 0) = 1) THEN 0
      WHEN (ifNull((substring(`programme`, 1, length('SCR-')) = 'SCR-'), 0) = 1) THEN 1
      WHEN (ifNull((`programme` = 'NHSHC'), 0) = 1) THEN 2
      WHEN (ifNull(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), 0) = 1) THEN 3
      WHEN (ifNull((`programme` = 'DPP'), 0) = 1) THEN 4
      WHEN (ifNull((`cost_centre` = 'PH-T2W'), 0) = 1) THEN 5
      WHEN (ifNull(((`programme` = 'SURV') OR (substring(`cost_centre`, 1, length('PH-HP')) = 'PH-HP')), 0) = 1) THEN 6
      WHEN (ifNull((`programme` = 'EPRR'), 0) = 1) THEN 7
      WHEN (ifNull(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS Nullable(Int64)))), 0) = 1) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM (
    SELECT
      `icb`,
      `icb_name`,
      `region`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      `programme`,
      `cost_centre`,
      `description`,
      CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (position(`amount`, '-') > 0 OR position(`amount`, '(') = 1) THEN -(CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64))) ELSE CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64)) END END AS `amount`,
      CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
      NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `amount` = '' OR ((match(`amount`, '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT match(`amount`, '^(?:[+-]£?[+-].*)$')) OR match(`amount`, '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
        `recurrent` = '' OR (lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') OR lowerUTF8(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
      FROM (
        SELECT
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          NULLIF(CAST(`icb_name` AS Nullable(String)), '') AS `icb_name`,
          NULLIF(CAST(`region` AS Nullable(String)), '') AS `region`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          NULLIF(CAST(`programme` AS Nullable(String)), '') AS `programme`,
          NULLIF(CAST(`cost_centre` AS Nullable(String)), '') AS `cost_centre`,
          NULLIF(CAST(`description` AS Nullable(String)), '') AS `description`,
          replaceRegexpAll(COALESCE(CAST(`amount` AS Nullable(String)), ''), '^ +| +$', '') AS `amount`,
          replaceRegexpAll(COALESCE(CAST(`recurrent` AS Nullable(String)), ''), '^ +| +$', '') AS `recurrent`
        FROM `ledger`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `year`;

-- measure screening_share "Screening's share of prevention spend" (samples/prevention.hewitt:96)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
SELECT
  `icb`,
  `year`,
  CAST(SUM(CASE WHEN (ifNull((`category:prevention` = 1), 0) = 1) THEN CAST(`amount` AS Nullable(Decimal(38, 0))) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS Nullable(String)) AS `a0:fine`,
  CAST(SUM(CASE WHEN (ifNull((`category:prevention` >= 0), 0) = 1) THEN CAST(`amount` AS Nullable(Decimal(38, 0))) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS Nullable(String)) AS `a1:fine`
FROM (
  SELECT
    *,
    CASE
      WHEN (ifNull(((`amount` <= CAST(0 AS Nullable(Int64))) AND (NOT (`recurrent` = 1))), 0) = 1) THEN -2
      WHEN (ifNull((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), 0) = 1) THEN 0
      WHEN (ifNull((substring(`programme`, 1, length('SCR-')) = 'SCR-'), 0) = 1) THEN 1
      WHEN (ifNull((`programme` = 'NHSHC'), 0) = 1) THEN 2
      WHEN (ifNull(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), 0) = 1) THEN 3
      WHEN (ifNull((`programme` = 'DPP'), 0) = 1) THEN 4
      WHEN (ifNull((`cost_centre` = 'PH-T2W'), 0) = 1) THEN 5
      WHEN (ifNull(((`programme` = 'SURV') OR (substring(`cost_centre`, 1, length('PH-HP')) = 'PH-HP')), 0) = 1) THEN 6
      WHEN (ifNull((`programme` = 'EPRR'), 0) = 1) THEN 7
      WHEN (ifNull(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS Nullable(Int64)))), 0) = 1) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM (
    SELECT
      `icb`,
      `icb_name`,
      `region`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      `programme`,
      `cost_centre`,
      `description`,
      CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (position(`amount`, '-') > 0 OR position(`amount`, '(') = 1) THEN -(CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64))) ELSE CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64)) END END AS `amount`,
      CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
      NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `amount` = '' OR ((match(`amount`, '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT match(`amount`, '^(?:[+-]£?[+-].*)$')) OR match(`amount`, '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
        `recurrent` = '' OR (lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') OR lowerUTF8(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
      FROM (
        SELECT
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          NULLIF(CAST(`icb_name` AS Nullable(String)), '') AS `icb_name`,
          NULLIF(CAST(`region` AS Nullable(String)), '') AS `region`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          NULLIF(CAST(`programme` AS Nullable(String)), '') AS `programme`,
          NULLIF(CAST(`cost_centre` AS Nullable(String)), '') AS `cost_centre`,
          NULLIF(CAST(`description` AS Nullable(String)), '') AS `description`,
          replaceRegexpAll(COALESCE(CAST(`amount` AS Nullable(String)), ''), '^ +| +$', '') AS `amount`,
          replaceRegexpAll(COALESCE(CAST(`recurrent` AS Nullable(String)), ''), '^ +| +$', '') AS `recurrent`
        FROM `ledger`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `icb`, `year`;

-- measure core_programmes_share "Immunisation and screening as a share of prevention spend" (samples/prevention.hewitt:102)
-- Per region, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
SELECT
  `region`,
  `year`,
  CAST(SUM(CASE WHEN (ifNull((`category:prevention` = 0), 0) = 1) THEN CAST(`amount` AS Nullable(Decimal(38, 0))) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS Nullable(String)) AS `a0:fine`,
  CAST(SUM(CASE WHEN (ifNull((`category:prevention` = 1), 0) = 1) THEN CAST(`amount` AS Nullable(Decimal(38, 0))) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS Nullable(String)) AS `a1:fine`,
  CAST(SUM(CASE WHEN (ifNull((`category:prevention` >= 0), 0) = 1) THEN CAST(`amount` AS Nullable(Decimal(38, 0))) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS Nullable(String)) AS `a2:fine`
FROM (
  SELECT
    *,
    CASE
      WHEN (ifNull(((`amount` <= CAST(0 AS Nullable(Int64))) AND (NOT (`recurrent` = 1))), 0) = 1) THEN -2
      WHEN (ifNull((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), 0) = 1) THEN 0
      WHEN (ifNull((substring(`programme`, 1, length('SCR-')) = 'SCR-'), 0) = 1) THEN 1
      WHEN (ifNull((`programme` = 'NHSHC'), 0) = 1) THEN 2
      WHEN (ifNull(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), 0) = 1) THEN 3
      WHEN (ifNull((`programme` = 'DPP'), 0) = 1) THEN 4
      WHEN (ifNull((`cost_centre` = 'PH-T2W'), 0) = 1) THEN 5
      WHEN (ifNull(((`programme` = 'SURV') OR (substring(`cost_centre`, 1, length('PH-HP')) = 'PH-HP')), 0) = 1) THEN 6
      WHEN (ifNull((`programme` = 'EPRR'), 0) = 1) THEN 7
      WHEN (ifNull(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS Nullable(Int64)))), 0) = 1) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM (
    SELECT
      `icb`,
      `icb_name`,
      `region`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      `programme`,
      `cost_centre`,
      `description`,
      CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (position(`amount`, '-') > 0 OR position(`amount`, '(') = 1) THEN -(CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64))) ELSE CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64)) END END AS `amount`,
      CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
      NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `amount` = '' OR ((match(`amount`, '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT match(`amount`, '^(?:[+-]£?[+-].*)$')) OR match(`amount`, '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
        `recurrent` = '' OR (lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') OR lowerUTF8(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
      FROM (
        SELECT
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          NULLIF(CAST(`icb_name` AS Nullable(String)), '') AS `icb_name`,
          NULLIF(CAST(`region` AS Nullable(String)), '') AS `region`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          NULLIF(CAST(`programme` AS Nullable(String)), '') AS `programme`,
          NULLIF(CAST(`cost_centre` AS Nullable(String)), '') AS `cost_centre`,
          NULLIF(CAST(`description` AS Nullable(String)), '') AS `description`,
          replaceRegexpAll(COALESCE(CAST(`amount` AS Nullable(String)), ''), '^ +| +$', '') AS `amount`,
          replaceRegexpAll(COALESCE(CAST(`recurrent` AS Nullable(String)), ''), '^ +| +$', '') AS `recurrent`
        FROM `ledger`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `region`, `year`;

-- measure stop_smoking_spend "Stop smoking services spend" (samples/prevention.hewitt:108)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
SELECT
  `icb`,
  `year`,
  CAST(SUM(CASE WHEN (ifNull((`category:prevention` = 3), 0) = 1) THEN CAST(`amount` AS Nullable(Decimal(38, 0))) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS Nullable(String)) AS `a0:fine`
FROM (
  SELECT
    *,
    CASE
      WHEN (ifNull(((`amount` <= CAST(0 AS Nullable(Int64))) AND (NOT (`recurrent` = 1))), 0) = 1) THEN -2
      WHEN (ifNull((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), 0) = 1) THEN 0
      WHEN (ifNull((substring(`programme`, 1, length('SCR-')) = 'SCR-'), 0) = 1) THEN 1
      WHEN (ifNull((`programme` = 'NHSHC'), 0) = 1) THEN 2
      WHEN (ifNull(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), 0) = 1) THEN 3
      WHEN (ifNull((`programme` = 'DPP'), 0) = 1) THEN 4
      WHEN (ifNull((`cost_centre` = 'PH-T2W'), 0) = 1) THEN 5
      WHEN (ifNull(((`programme` = 'SURV') OR (substring(`cost_centre`, 1, length('PH-HP')) = 'PH-HP')), 0) = 1) THEN 6
      WHEN (ifNull((`programme` = 'EPRR'), 0) = 1) THEN 7
      WHEN (ifNull(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS Nullable(Int64)))), 0) = 1) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM (
    SELECT
      `icb`,
      `icb_name`,
      `region`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      `programme`,
      `cost_centre`,
      `description`,
      CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (position(`amount`, '-') > 0 OR position(`amount`, '(') = 1) THEN -(CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64))) ELSE CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64)) END END AS `amount`,
      CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
      NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `amount` = '' OR ((match(`amount`, '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT match(`amount`, '^(?:[+-]£?[+-].*)$')) OR match(`amount`, '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
        `recurrent` = '' OR (lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') OR lowerUTF8(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
      FROM (
        SELECT
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          NULLIF(CAST(`icb_name` AS Nullable(String)), '') AS `icb_name`,
          NULLIF(CAST(`region` AS Nullable(String)), '') AS `region`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          NULLIF(CAST(`programme` AS Nullable(String)), '') AS `programme`,
          NULLIF(CAST(`cost_centre` AS Nullable(String)), '') AS `cost_centre`,
          NULLIF(CAST(`description` AS Nullable(String)), '') AS `description`,
          replaceRegexpAll(COALESCE(CAST(`amount` AS Nullable(String)), ''), '^ +| +$', '') AS `amount`,
          replaceRegexpAll(COALESCE(CAST(`recurrent` AS Nullable(String)), ''), '^ +| +$', '') AS `recurrent`
        FROM `ledger`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `icb`, `year`;

-- measure weight_mgmt_gross "Tier 2 weight management, gross cost" (samples/prevention.hewitt:116)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
SELECT
  `icb`,
  `year`,
  CAST(SUM(CASE WHEN (ifNull((`category:prevention` = 5), 0) = 1) THEN CAST(`amount` AS Nullable(Decimal(38, 0))) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS Nullable(String)) AS `a0:fine`
FROM (
  SELECT
    *,
    CASE
      WHEN (ifNull(((`amount` <= CAST(0 AS Nullable(Int64))) AND (NOT (`recurrent` = 1))), 0) = 1) THEN -2
      WHEN (ifNull((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), 0) = 1) THEN 0
      WHEN (ifNull((substring(`programme`, 1, length('SCR-')) = 'SCR-'), 0) = 1) THEN 1
      WHEN (ifNull((`programme` = 'NHSHC'), 0) = 1) THEN 2
      WHEN (ifNull(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), 0) = 1) THEN 3
      WHEN (ifNull((`programme` = 'DPP'), 0) = 1) THEN 4
      WHEN (ifNull((`cost_centre` = 'PH-T2W'), 0) = 1) THEN 5
      WHEN (ifNull(((`programme` = 'SURV') OR (substring(`cost_centre`, 1, length('PH-HP')) = 'PH-HP')), 0) = 1) THEN 6
      WHEN (ifNull((`programme` = 'EPRR'), 0) = 1) THEN 7
      WHEN (ifNull(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS Nullable(Int64)))), 0) = 1) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM (
    SELECT
      `icb`,
      `icb_name`,
      `region`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      `programme`,
      `cost_centre`,
      `description`,
      CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (position(`amount`, '-') > 0 OR position(`amount`, '(') = 1) THEN -(CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64))) ELSE CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64)) END END AS `amount`,
      CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
      NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `amount` = '' OR ((match(`amount`, '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT match(`amount`, '^(?:[+-]£?[+-].*)$')) OR match(`amount`, '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
        `recurrent` = '' OR (lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') OR lowerUTF8(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
      FROM (
        SELECT
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          NULLIF(CAST(`icb_name` AS Nullable(String)), '') AS `icb_name`,
          NULLIF(CAST(`region` AS Nullable(String)), '') AS `region`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          NULLIF(CAST(`programme` AS Nullable(String)), '') AS `programme`,
          NULLIF(CAST(`cost_centre` AS Nullable(String)), '') AS `cost_centre`,
          NULLIF(CAST(`description` AS Nullable(String)), '') AS `description`,
          replaceRegexpAll(COALESCE(CAST(`amount` AS Nullable(String)), ''), '^ +| +$', '') AS `amount`,
          replaceRegexpAll(COALESCE(CAST(`recurrent` AS Nullable(String)), ''), '^ +| +$', '') AS `recurrent`
        FROM `ledger`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `icb`, `year`;

-- measure non_recurrent_prevention "Prevention spend from one-off pots" (samples/prevention.hewitt:122)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
SELECT
  `icb`,
  `year`,
  CAST(SUM(CASE WHEN (ifNull(((`category:prevention` >= 0) AND (`recurrent` = 0)), 0) = 1) THEN CAST(`amount` AS Nullable(Decimal(38, 0))) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS Nullable(String)) AS `a0:fine`
FROM (
  SELECT
    *,
    CASE
      WHEN (ifNull(((`amount` <= CAST(0 AS Nullable(Int64))) AND (NOT (`recurrent` = 1))), 0) = 1) THEN -2
      WHEN (ifNull((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), 0) = 1) THEN 0
      WHEN (ifNull((substring(`programme`, 1, length('SCR-')) = 'SCR-'), 0) = 1) THEN 1
      WHEN (ifNull((`programme` = 'NHSHC'), 0) = 1) THEN 2
      WHEN (ifNull(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), 0) = 1) THEN 3
      WHEN (ifNull((`programme` = 'DPP'), 0) = 1) THEN 4
      WHEN (ifNull((`cost_centre` = 'PH-T2W'), 0) = 1) THEN 5
      WHEN (ifNull(((`programme` = 'SURV') OR (substring(`cost_centre`, 1, length('PH-HP')) = 'PH-HP')), 0) = 1) THEN 6
      WHEN (ifNull((`programme` = 'EPRR'), 0) = 1) THEN 7
      WHEN (ifNull(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS Nullable(Int64)))), 0) = 1) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM (
    SELECT
      `icb`,
      `icb_name`,
      `region`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      `programme`,
      `cost_centre`,
      `description`,
      CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (position(`amount`, '-') > 0 OR position(`amount`, '(') = 1) THEN -(CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64))) ELSE CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64)) END END AS `amount`,
      CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
      NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `amount` = '' OR ((match(`amount`, '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT match(`amount`, '^(?:[+-]£?[+-].*)$')) OR match(`amount`, '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
        `recurrent` = '' OR (lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') OR lowerUTF8(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
      FROM (
        SELECT
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          NULLIF(CAST(`icb_name` AS Nullable(String)), '') AS `icb_name`,
          NULLIF(CAST(`region` AS Nullable(String)), '') AS `region`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          NULLIF(CAST(`programme` AS Nullable(String)), '') AS `programme`,
          NULLIF(CAST(`cost_centre` AS Nullable(String)), '') AS `cost_centre`,
          NULLIF(CAST(`description` AS Nullable(String)), '') AS `description`,
          replaceRegexpAll(COALESCE(CAST(`amount` AS Nullable(String)), ''), '^ +| +$', '') AS `amount`,
          replaceRegexpAll(COALESCE(CAST(`recurrent` AS Nullable(String)), ''), '^ +| +$', '') AS `recurrent`
        FROM `ledger`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `icb`, `year`;

-- measure eprr_spend "Emergency preparedness spend" (samples/prevention.hewitt:128)
-- Per year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
SELECT
  `year`,
  CAST(SUM(CASE WHEN (ifNull((`category:prevention` = 7), 0) = 1) THEN CAST(`amount` AS Nullable(Decimal(38, 0))) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS Nullable(String)) AS `a0:fine`
FROM (
  SELECT
    *,
    CASE
      WHEN (ifNull(((`amount` <= CAST(0 AS Nullable(Int64))) AND (NOT (`recurrent` = 1))), 0) = 1) THEN -2
      WHEN (ifNull((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), 0) = 1) THEN 0
      WHEN (ifNull((substring(`programme`, 1, length('SCR-')) = 'SCR-'), 0) = 1) THEN 1
      WHEN (ifNull((`programme` = 'NHSHC'), 0) = 1) THEN 2
      WHEN (ifNull(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), 0) = 1) THEN 3
      WHEN (ifNull((`programme` = 'DPP'), 0) = 1) THEN 4
      WHEN (ifNull((`cost_centre` = 'PH-T2W'), 0) = 1) THEN 5
      WHEN (ifNull(((`programme` = 'SURV') OR (substring(`cost_centre`, 1, length('PH-HP')) = 'PH-HP')), 0) = 1) THEN 6
      WHEN (ifNull((`programme` = 'EPRR'), 0) = 1) THEN 7
      WHEN (ifNull(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS Nullable(Int64)))), 0) = 1) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM (
    SELECT
      `icb`,
      `icb_name`,
      `region`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      `programme`,
      `cost_centre`,
      `description`,
      CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (position(`amount`, '-') > 0 OR position(`amount`, '(') = 1) THEN -(CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64))) ELSE CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64)) END END AS `amount`,
      CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
      NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `amount` = '' OR ((match(`amount`, '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT match(`amount`, '^(?:[+-]£?[+-].*)$')) OR match(`amount`, '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
        `recurrent` = '' OR (lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') OR lowerUTF8(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
      FROM (
        SELECT
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          NULLIF(CAST(`icb_name` AS Nullable(String)), '') AS `icb_name`,
          NULLIF(CAST(`region` AS Nullable(String)), '') AS `region`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          NULLIF(CAST(`programme` AS Nullable(String)), '') AS `programme`,
          NULLIF(CAST(`cost_centre` AS Nullable(String)), '') AS `cost_centre`,
          NULLIF(CAST(`description` AS Nullable(String)), '') AS `description`,
          replaceRegexpAll(COALESCE(CAST(`amount` AS Nullable(String)), ''), '^ +| +$', '') AS `amount`,
          replaceRegexpAll(COALESCE(CAST(`recurrent` AS Nullable(String)), ''), '^ +| +$', '') AS `recurrent`
        FROM `ledger`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `year`;

-- measure prevention_lines "Number of prevention cost lines" (samples/prevention.hewitt:134)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
SELECT
  `icb`,
  `year`,
  COUNT(CASE WHEN (ifNull((`category:prevention` >= 0), 0) = 1) THEN 1 END) AS `a0:count`
FROM (
  SELECT
    *,
    CASE
      WHEN (ifNull(((`amount` <= CAST(0 AS Nullable(Int64))) AND (NOT (`recurrent` = 1))), 0) = 1) THEN -2
      WHEN (ifNull((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), 0) = 1) THEN 0
      WHEN (ifNull((substring(`programme`, 1, length('SCR-')) = 'SCR-'), 0) = 1) THEN 1
      WHEN (ifNull((`programme` = 'NHSHC'), 0) = 1) THEN 2
      WHEN (ifNull(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), 0) = 1) THEN 3
      WHEN (ifNull((`programme` = 'DPP'), 0) = 1) THEN 4
      WHEN (ifNull((`cost_centre` = 'PH-T2W'), 0) = 1) THEN 5
      WHEN (ifNull(((`programme` = 'SURV') OR (substring(`cost_centre`, 1, length('PH-HP')) = 'PH-HP')), 0) = 1) THEN 6
      WHEN (ifNull((`programme` = 'EPRR'), 0) = 1) THEN 7
      WHEN (ifNull(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS Nullable(Int64)))), 0) = 1) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM (
    SELECT
      `icb`,
      `icb_name`,
      `region`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      `programme`,
      `cost_centre`,
      `description`,
      CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (position(`amount`, '-') > 0 OR position(`amount`, '(') = 1) THEN -(CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64))) ELSE CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64)) END END AS `amount`,
      CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
      NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `amount` = '' OR ((match(`amount`, '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT match(`amount`, '^(?:[+-]£?[+-].*)$')) OR match(`amount`, '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
        `recurrent` = '' OR (lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') OR lowerUTF8(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
      FROM (
        SELECT
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          NULLIF(CAST(`icb_name` AS Nullable(String)), '') AS `icb_name`,
          NULLIF(CAST(`region` AS Nullable(String)), '') AS `region`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          NULLIF(CAST(`programme` AS Nullable(String)), '') AS `programme`,
          NULLIF(CAST(`cost_centre` AS Nullable(String)), '') AS `cost_centre`,
          NULLIF(CAST(`description` AS Nullable(String)), '') AS `description`,
          replaceRegexpAll(COALESCE(CAST(`amount` AS Nullable(String)), ''), '^ +| +$', '') AS `amount`,
          replaceRegexpAll(COALESCE(CAST(`recurrent` AS Nullable(String)), ''), '^ +| +$', '') AS `recurrent`
        FROM `ledger`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `icb`, `year`;

-- measure mean_screening_line "Average screening cost line" (samples/prevention.hewitt:140)
-- Per region, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
SELECT
  `region`,
  `year`,
  COUNT(CASE WHEN (ifNull((`category:prevention` = 1), 0) = 1) THEN `amount` END) AS `a0:count`,
  CAST(SUM(CASE WHEN (ifNull((`category:prevention` = 1), 0) = 1) THEN `amount` END) AS Nullable(String)) AS `a0:pence`
FROM (
  SELECT
    *,
    CASE
      WHEN (ifNull(((`amount` <= CAST(0 AS Nullable(Int64))) AND (NOT (`recurrent` = 1))), 0) = 1) THEN -2
      WHEN (ifNull((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), 0) = 1) THEN 0
      WHEN (ifNull((substring(`programme`, 1, length('SCR-')) = 'SCR-'), 0) = 1) THEN 1
      WHEN (ifNull((`programme` = 'NHSHC'), 0) = 1) THEN 2
      WHEN (ifNull(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), 0) = 1) THEN 3
      WHEN (ifNull((`programme` = 'DPP'), 0) = 1) THEN 4
      WHEN (ifNull((`cost_centre` = 'PH-T2W'), 0) = 1) THEN 5
      WHEN (ifNull(((`programme` = 'SURV') OR (substring(`cost_centre`, 1, length('PH-HP')) = 'PH-HP')), 0) = 1) THEN 6
      WHEN (ifNull((`programme` = 'EPRR'), 0) = 1) THEN 7
      WHEN (ifNull(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS Nullable(Int64)))), 0) = 1) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM (
    SELECT
      `icb`,
      `icb_name`,
      `region`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      `programme`,
      `cost_centre`,
      `description`,
      CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (position(`amount`, '-') > 0 OR position(`amount`, '(') = 1) THEN -(CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64))) ELSE CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64)) END END AS `amount`,
      CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
      NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `amount` = '' OR ((match(`amount`, '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT match(`amount`, '^(?:[+-]£?[+-].*)$')) OR match(`amount`, '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
        `recurrent` = '' OR (lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') OR lowerUTF8(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
      FROM (
        SELECT
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          NULLIF(CAST(`icb_name` AS Nullable(String)), '') AS `icb_name`,
          NULLIF(CAST(`region` AS Nullable(String)), '') AS `region`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          NULLIF(CAST(`programme` AS Nullable(String)), '') AS `programme`,
          NULLIF(CAST(`cost_centre` AS Nullable(String)), '') AS `cost_centre`,
          NULLIF(CAST(`description` AS Nullable(String)), '') AS `description`,
          replaceRegexpAll(COALESCE(CAST(`amount` AS Nullable(String)), ''), '^ +| +$', '') AS `amount`,
          replaceRegexpAll(COALESCE(CAST(`recurrent` AS Nullable(String)), ''), '^ +| +$', '') AS `recurrent`
        FROM `ledger`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `region`, `year`;

-- measure largest_one_off "Largest one-off prevention line" (samples/prevention.hewitt:146)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
SELECT
  `icb`,
  `year`,
  COUNT(CASE WHEN (ifNull(((`category:prevention` >= 0) AND (`recurrent` = 0)), 0) = 1) THEN `amount` END) AS `a0:count`,
  CAST(MAX(CASE WHEN (ifNull(((`category:prevention` >= 0) AND (`recurrent` = 0)), 0) = 1) THEN `amount` END) AS Nullable(String)) AS `a0:extreme`
FROM (
  SELECT
    *,
    CASE
      WHEN (ifNull(((`amount` <= CAST(0 AS Nullable(Int64))) AND (NOT (`recurrent` = 1))), 0) = 1) THEN -2
      WHEN (ifNull((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), 0) = 1) THEN 0
      WHEN (ifNull((substring(`programme`, 1, length('SCR-')) = 'SCR-'), 0) = 1) THEN 1
      WHEN (ifNull((`programme` = 'NHSHC'), 0) = 1) THEN 2
      WHEN (ifNull(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), 0) = 1) THEN 3
      WHEN (ifNull((`programme` = 'DPP'), 0) = 1) THEN 4
      WHEN (ifNull((`cost_centre` = 'PH-T2W'), 0) = 1) THEN 5
      WHEN (ifNull(((`programme` = 'SURV') OR (substring(`cost_centre`, 1, length('PH-HP')) = 'PH-HP')), 0) = 1) THEN 6
      WHEN (ifNull((`programme` = 'EPRR'), 0) = 1) THEN 7
      WHEN (ifNull(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS Nullable(Int64)))), 0) = 1) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM (
    SELECT
      `icb`,
      `icb_name`,
      `region`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      `programme`,
      `cost_centre`,
      `description`,
      CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (position(`amount`, '-') > 0 OR position(`amount`, '(') = 1) THEN -(CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64))) ELSE CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64)) END END AS `amount`,
      CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
      NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `amount` = '' OR ((match(`amount`, '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT match(`amount`, '^(?:[+-]£?[+-].*)$')) OR match(`amount`, '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
        `recurrent` = '' OR (lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') OR lowerUTF8(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
      FROM (
        SELECT
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          NULLIF(CAST(`icb_name` AS Nullable(String)), '') AS `icb_name`,
          NULLIF(CAST(`region` AS Nullable(String)), '') AS `region`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          NULLIF(CAST(`programme` AS Nullable(String)), '') AS `programme`,
          NULLIF(CAST(`cost_centre` AS Nullable(String)), '') AS `cost_centre`,
          NULLIF(CAST(`description` AS Nullable(String)), '') AS `description`,
          replaceRegexpAll(COALESCE(CAST(`amount` AS Nullable(String)), ''), '^ +| +$', '') AS `amount`,
          replaceRegexpAll(COALESCE(CAST(`recurrent` AS Nullable(String)), ''), '^ +| +$', '') AS `recurrent`
        FROM `ledger`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `icb`, `year`;

-- measure first_dpp_year "First year with Diabetes Prevention Programme spend" (samples/prevention.hewitt:152)
-- Per icb: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
SELECT
  `icb`,
  COUNT(CASE WHEN (ifNull((`programme` = 'DPP'), 0) = 1) THEN `year` END) AS `a0:count`,
  MIN(CASE WHEN (ifNull((`programme` = 'DPP'), 0) = 1) THEN `year` END) AS `a0:extreme`
FROM (
  SELECT
    *,
    CASE
      WHEN (ifNull(((`amount` <= CAST(0 AS Nullable(Int64))) AND (NOT (`recurrent` = 1))), 0) = 1) THEN -2
      WHEN (ifNull((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), 0) = 1) THEN 0
      WHEN (ifNull((substring(`programme`, 1, length('SCR-')) = 'SCR-'), 0) = 1) THEN 1
      WHEN (ifNull((`programme` = 'NHSHC'), 0) = 1) THEN 2
      WHEN (ifNull(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), 0) = 1) THEN 3
      WHEN (ifNull((`programme` = 'DPP'), 0) = 1) THEN 4
      WHEN (ifNull((`cost_centre` = 'PH-T2W'), 0) = 1) THEN 5
      WHEN (ifNull(((`programme` = 'SURV') OR (substring(`cost_centre`, 1, length('PH-HP')) = 'PH-HP')), 0) = 1) THEN 6
      WHEN (ifNull((`programme` = 'EPRR'), 0) = 1) THEN 7
      WHEN (ifNull(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS Nullable(Int64)))), 0) = 1) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM (
    SELECT
      `icb`,
      `icb_name`,
      `region`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      `programme`,
      `cost_centre`,
      `description`,
      CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (position(`amount`, '-') > 0 OR position(`amount`, '(') = 1) THEN -(CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64))) ELSE CAST(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[1] AS Nullable(Int64)) * 100 + CAST(substring(concat(splitByString('.', replaceRegexpAll(`amount`, '[^0-9.]', ''))[2], '0', '0'), 1, 2) AS Nullable(Int64)) END END AS `amount`,
      CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
      NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `amount` = '' OR ((match(`amount`, '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT match(`amount`, '^(?:[+-]£?[+-].*)$')) OR match(`amount`, '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
        `recurrent` = '' OR (lowerUTF8(`recurrent`) IN ('yes', 'true', 'y', '1') OR lowerUTF8(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
      FROM (
        SELECT
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          NULLIF(CAST(`icb_name` AS Nullable(String)), '') AS `icb_name`,
          NULLIF(CAST(`region` AS Nullable(String)), '') AS `region`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          NULLIF(CAST(`programme` AS Nullable(String)), '') AS `programme`,
          NULLIF(CAST(`cost_centre` AS Nullable(String)), '') AS `cost_centre`,
          NULLIF(CAST(`description` AS Nullable(String)), '') AS `description`,
          replaceRegexpAll(COALESCE(CAST(`amount` AS Nullable(String)), ''), '^ +| +$', '') AS `amount`,
          replaceRegexpAll(COALESCE(CAST(`recurrent` AS Nullable(String)), ''), '^ +| +$', '') AS `recurrent`
        FROM `ledger`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `icb`;

-- measure cancer_screening_uptake "Cancer screening uptake" (samples/prevention.hewitt:160)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
SELECT
  `icb`,
  `year`,
  COUNT(CASE WHEN (ifNull((`programme` <> 'SCR-AAA'), 0) = 1) THEN `uptake` END) AS `a0:count`,
  SUM(CASE WHEN (ifNull((`programme` <> 'SCR-AAA'), 0) = 1) THEN CAST(`uptake` AS Nullable(Float64)) END) AS `a0:number`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `icb`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      `programme`,
      CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replaceAll(`eligible`, ',', '') AS Nullable(Float64)) END AS `eligible`,
      CASE WHEN `uptake` <> '' AND `fits:uptake` THEN CAST(replaceAll(replaceRegexpOne(replaceRegexpOne(`uptake`, '[%]+$', ''), ' +$', ''), ',', '') AS Nullable(Float64)) END AS `uptake`,
      CASE WHEN `published_on` <> '' AND `fits:published_on` THEN `published_on` END AS `published_on`,
      NOT (`fits:year` AND `fits:eligible` AND `fits:uptake` AND `fits:published_on`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `eligible` = '' OR match(`eligible`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
        `uptake` = '' OR match(`uptake`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?(\\s*%)?)$') AS `fits:uptake`,
        `published_on` = '' OR CASE WHEN match(`published_on`, '^(?:\\d{4}-\\d{2}-\\d{2})$') THEN CAST(substringUTF8(`published_on`, 6, 2) AS Nullable(Int64)) BETWEEN 1 AND 12 AND CAST(substringUTF8(`published_on`, 9, 2) AS Nullable(Int64)) BETWEEN 1 AND CASE WHEN CAST(substringUTF8(`published_on`, 6, 2) AS Nullable(Int64)) = 2 THEN CASE WHEN (modulo(CAST(substringUTF8(`published_on`, 1, 4) AS Nullable(Int64)), 4) = 0 AND modulo(CAST(substringUTF8(`published_on`, 1, 4) AS Nullable(Int64)), 100) <> 0 OR modulo(CAST(substringUTF8(`published_on`, 1, 4) AS Nullable(Int64)), 400) = 0) THEN 29 ELSE 28 END WHEN CAST(substringUTF8(`published_on`, 6, 2) AS Nullable(Int64)) IN (4, 6, 9, 11) THEN 30 ELSE 31 END ELSE 0 END AS `fits:published_on`
      FROM (
        SELECT
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          NULLIF(CAST(`programme` AS Nullable(String)), '') AS `programme`,
          replaceRegexpAll(COALESCE(CAST(`eligible` AS Nullable(String)), ''), '^ +| +$', '') AS `eligible`,
          replaceRegexpAll(COALESCE(CAST(`uptake` AS Nullable(String)), ''), '^ +| +$', '') AS `uptake`,
          replaceRegexpAll(COALESCE(CAST(`published_on` AS Nullable(String)), ''), '^ +| +$', '') AS `published_on`
        FROM `screening_uptake`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `icb`, `year`;

-- measure programmes_below_standard "Screening programmes below 70% uptake" (samples/prevention.hewitt:166)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
SELECT
  `icb`,
  `year`,
  COUNT(CASE WHEN (ifNull(((`uptake` < 70.0) AND (`eligible` >= 1000.0)), 0) = 1) THEN 1 END) AS `a0:count`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `icb`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      `programme`,
      CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replaceAll(`eligible`, ',', '') AS Nullable(Float64)) END AS `eligible`,
      CASE WHEN `uptake` <> '' AND `fits:uptake` THEN CAST(replaceAll(replaceRegexpOne(replaceRegexpOne(`uptake`, '[%]+$', ''), ' +$', ''), ',', '') AS Nullable(Float64)) END AS `uptake`,
      CASE WHEN `published_on` <> '' AND `fits:published_on` THEN `published_on` END AS `published_on`,
      NOT (`fits:year` AND `fits:eligible` AND `fits:uptake` AND `fits:published_on`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `eligible` = '' OR match(`eligible`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
        `uptake` = '' OR match(`uptake`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?(\\s*%)?)$') AS `fits:uptake`,
        `published_on` = '' OR CASE WHEN match(`published_on`, '^(?:\\d{4}-\\d{2}-\\d{2})$') THEN CAST(substringUTF8(`published_on`, 6, 2) AS Nullable(Int64)) BETWEEN 1 AND 12 AND CAST(substringUTF8(`published_on`, 9, 2) AS Nullable(Int64)) BETWEEN 1 AND CASE WHEN CAST(substringUTF8(`published_on`, 6, 2) AS Nullable(Int64)) = 2 THEN CASE WHEN (modulo(CAST(substringUTF8(`published_on`, 1, 4) AS Nullable(Int64)), 4) = 0 AND modulo(CAST(substringUTF8(`published_on`, 1, 4) AS Nullable(Int64)), 100) <> 0 OR modulo(CAST(substringUTF8(`published_on`, 1, 4) AS Nullable(Int64)), 400) = 0) THEN 29 ELSE 28 END WHEN CAST(substringUTF8(`published_on`, 6, 2) AS Nullable(Int64)) IN (4, 6, 9, 11) THEN 30 ELSE 31 END ELSE 0 END AS `fits:published_on`
      FROM (
        SELECT
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          NULLIF(CAST(`programme` AS Nullable(String)), '') AS `programme`,
          replaceRegexpAll(COALESCE(CAST(`eligible` AS Nullable(String)), ''), '^ +| +$', '') AS `eligible`,
          replaceRegexpAll(COALESCE(CAST(`uptake` AS Nullable(String)), ''), '^ +| +$', '') AS `uptake`,
          replaceRegexpAll(COALESCE(CAST(`published_on` AS Nullable(String)), ''), '^ +| +$', '') AS `published_on`
        FROM `screening_uptake`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `icb`, `year`;

-- measure uptake_published "Latest publication of screening uptake" (samples/prevention.hewitt:172)
-- Per icb: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
SELECT
  `icb`,
  COUNT(`published_on`) AS `a0:count`,
  MAX(`published_on`) AS `a0:extreme`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `icb`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      `programme`,
      CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replaceAll(`eligible`, ',', '') AS Nullable(Float64)) END AS `eligible`,
      CASE WHEN `uptake` <> '' AND `fits:uptake` THEN CAST(replaceAll(replaceRegexpOne(replaceRegexpOne(`uptake`, '[%]+$', ''), ' +$', ''), ',', '') AS Nullable(Float64)) END AS `uptake`,
      CASE WHEN `published_on` <> '' AND `fits:published_on` THEN `published_on` END AS `published_on`,
      NOT (`fits:year` AND `fits:eligible` AND `fits:uptake` AND `fits:published_on`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `eligible` = '' OR match(`eligible`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
        `uptake` = '' OR match(`uptake`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?(\\s*%)?)$') AS `fits:uptake`,
        `published_on` = '' OR CASE WHEN match(`published_on`, '^(?:\\d{4}-\\d{2}-\\d{2})$') THEN CAST(substringUTF8(`published_on`, 6, 2) AS Nullable(Int64)) BETWEEN 1 AND 12 AND CAST(substringUTF8(`published_on`, 9, 2) AS Nullable(Int64)) BETWEEN 1 AND CASE WHEN CAST(substringUTF8(`published_on`, 6, 2) AS Nullable(Int64)) = 2 THEN CASE WHEN (modulo(CAST(substringUTF8(`published_on`, 1, 4) AS Nullable(Int64)), 4) = 0 AND modulo(CAST(substringUTF8(`published_on`, 1, 4) AS Nullable(Int64)), 100) <> 0 OR modulo(CAST(substringUTF8(`published_on`, 1, 4) AS Nullable(Int64)), 400) = 0) THEN 29 ELSE 28 END WHEN CAST(substringUTF8(`published_on`, 6, 2) AS Nullable(Int64)) IN (4, 6, 9, 11) THEN 30 ELSE 31 END ELSE 0 END AS `fits:published_on`
      FROM (
        SELECT
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          NULLIF(CAST(`programme` AS Nullable(String)), '') AS `programme`,
          replaceRegexpAll(COALESCE(CAST(`eligible` AS Nullable(String)), ''), '^ +| +$', '') AS `eligible`,
          replaceRegexpAll(COALESCE(CAST(`uptake` AS Nullable(String)), ''), '^ +| +$', '') AS `uptake`,
          replaceRegexpAll(COALESCE(CAST(`published_on` AS Nullable(String)), ''), '^ +| +$', '') AS `published_on`
        FROM `screening_uptake`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `icb`;
