-- SQL of samples/prevention.hewitt for spark, rendered by hewitt sql. Run each statement on its own.
-- Money is in whole pence; empty cells are NULL; a row with a cell that does not fit its column is left out.
-- Spark SQL 3.3 or later (split_part, startswith); string literals use backslash escapes.

-- classification prevention "Prevention spend, broad definition" (samples/prevention.hewitt:12)
-- Each accepted row of ledger with its category: the index of the first category whose condition holds (in declaration order from 0), -1 for none, -2 when excluded.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    NULLIF(CAST(`icb_name` AS STRING), '') AS `icb_name`,
    NULLIF(CAST(`region` AS STRING), '') AS `region`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    NULLIF(CAST(`programme` AS STRING), '') AS `programme`,
    NULLIF(CAST(`cost_centre` AS STRING), '') AS `cost_centre`,
    NULLIF(CAST(`description` AS STRING), '') AS `description`,
    trim(COALESCE(CAST(`amount` AS STRING), '')) AS `amount`,
    trim(COALESCE(CAST(`recurrent` AS STRING), '')) AS `recurrent`
  FROM `ledger`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `amount` = '' OR (((`amount` RLIKE '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT (`amount` RLIKE '^(?:[+-]£?[+-].*)$')) OR (`amount` RLIKE '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
    `recurrent` = '' OR (lower(`recurrent`) IN ('yes', 'true', 'y', '1') OR lower(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
  FROM cells
),
typed AS (
  SELECT
    `icb`,
    `icb_name`,
    `region`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    `programme`,
    `cost_centre`,
    `description`,
    CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (strpos(`amount`, '-') > 0 OR strpos(`amount`, '(') = 1) THEN -(CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT) END END AS `amount`,
    CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lower(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
    NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN COALESCE(((`amount` <= CAST(0 AS BIGINT)) AND (NOT (`recurrent` = TRUE))), FALSE) THEN -2
      WHEN COALESCE((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), FALSE) THEN 0
      WHEN COALESCE(startswith(`programme`, 'SCR-'), FALSE) THEN 1
      WHEN COALESCE((`programme` = 'NHSHC'), FALSE) THEN 2
      WHEN COALESCE(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), FALSE) THEN 3
      WHEN COALESCE((`programme` = 'DPP'), FALSE) THEN 4
      WHEN COALESCE((`cost_centre` = 'PH-T2W'), FALSE) THEN 5
      WHEN COALESCE(((`programme` = 'SURV') OR startswith(`cost_centre`, 'PH-HP')), FALSE) THEN 6
      WHEN COALESCE((`programme` = 'EPRR'), FALSE) THEN 7
      WHEN COALESCE(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS BIGINT))), FALSE) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM typed
)
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
FROM rows
WHERE NOT `hewitt:rejected`;

-- measure prevention_share "Share of ICB spend on prevention" (samples/prevention.hewitt:77)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    NULLIF(CAST(`icb_name` AS STRING), '') AS `icb_name`,
    NULLIF(CAST(`region` AS STRING), '') AS `region`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    NULLIF(CAST(`programme` AS STRING), '') AS `programme`,
    NULLIF(CAST(`cost_centre` AS STRING), '') AS `cost_centre`,
    NULLIF(CAST(`description` AS STRING), '') AS `description`,
    trim(COALESCE(CAST(`amount` AS STRING), '')) AS `amount`,
    trim(COALESCE(CAST(`recurrent` AS STRING), '')) AS `recurrent`
  FROM `ledger`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `amount` = '' OR (((`amount` RLIKE '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT (`amount` RLIKE '^(?:[+-]£?[+-].*)$')) OR (`amount` RLIKE '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
    `recurrent` = '' OR (lower(`recurrent`) IN ('yes', 'true', 'y', '1') OR lower(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
  FROM cells
),
typed AS (
  SELECT
    `icb`,
    `icb_name`,
    `region`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    `programme`,
    `cost_centre`,
    `description`,
    CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (strpos(`amount`, '-') > 0 OR strpos(`amount`, '(') = 1) THEN -(CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT) END END AS `amount`,
    CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lower(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
    NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN COALESCE(((`amount` <= CAST(0 AS BIGINT)) AND (NOT (`recurrent` = TRUE))), FALSE) THEN -2
      WHEN COALESCE((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), FALSE) THEN 0
      WHEN COALESCE(startswith(`programme`, 'SCR-'), FALSE) THEN 1
      WHEN COALESCE((`programme` = 'NHSHC'), FALSE) THEN 2
      WHEN COALESCE(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), FALSE) THEN 3
      WHEN COALESCE((`programme` = 'DPP'), FALSE) THEN 4
      WHEN COALESCE((`cost_centre` = 'PH-T2W'), FALSE) THEN 5
      WHEN COALESCE(((`programme` = 'SURV') OR startswith(`cost_centre`, 'PH-HP')), FALSE) THEN 6
      WHEN COALESCE((`programme` = 'EPRR'), FALSE) THEN 7
      WHEN COALESCE(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS BIGINT))), FALSE) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM typed
)
SELECT
  `icb`,
  `year`,
  CAST(SUM(CASE WHEN COALESCE((`category:prevention` >= 0), FALSE) THEN CAST(`amount` AS DECIMAL(38, 0)) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS STRING) AS `a0:fine`,
  CAST(SUM(`amount`) AS STRING) AS `a1:pence`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1, 2;

-- measure national_prevention_share "Share of all ICB spend on prevention, England" (samples/prevention.hewitt:83)
-- Per year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    NULLIF(CAST(`icb_name` AS STRING), '') AS `icb_name`,
    NULLIF(CAST(`region` AS STRING), '') AS `region`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    NULLIF(CAST(`programme` AS STRING), '') AS `programme`,
    NULLIF(CAST(`cost_centre` AS STRING), '') AS `cost_centre`,
    NULLIF(CAST(`description` AS STRING), '') AS `description`,
    trim(COALESCE(CAST(`amount` AS STRING), '')) AS `amount`,
    trim(COALESCE(CAST(`recurrent` AS STRING), '')) AS `recurrent`
  FROM `ledger`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `amount` = '' OR (((`amount` RLIKE '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT (`amount` RLIKE '^(?:[+-]£?[+-].*)$')) OR (`amount` RLIKE '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
    `recurrent` = '' OR (lower(`recurrent`) IN ('yes', 'true', 'y', '1') OR lower(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
  FROM cells
),
typed AS (
  SELECT
    `icb`,
    `icb_name`,
    `region`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    `programme`,
    `cost_centre`,
    `description`,
    CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (strpos(`amount`, '-') > 0 OR strpos(`amount`, '(') = 1) THEN -(CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT) END END AS `amount`,
    CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lower(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
    NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN COALESCE(((`amount` <= CAST(0 AS BIGINT)) AND (NOT (`recurrent` = TRUE))), FALSE) THEN -2
      WHEN COALESCE((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), FALSE) THEN 0
      WHEN COALESCE(startswith(`programme`, 'SCR-'), FALSE) THEN 1
      WHEN COALESCE((`programme` = 'NHSHC'), FALSE) THEN 2
      WHEN COALESCE(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), FALSE) THEN 3
      WHEN COALESCE((`programme` = 'DPP'), FALSE) THEN 4
      WHEN COALESCE((`cost_centre` = 'PH-T2W'), FALSE) THEN 5
      WHEN COALESCE(((`programme` = 'SURV') OR startswith(`cost_centre`, 'PH-HP')), FALSE) THEN 6
      WHEN COALESCE((`programme` = 'EPRR'), FALSE) THEN 7
      WHEN COALESCE(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS BIGINT))), FALSE) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM typed
)
SELECT
  `year`,
  CAST(SUM(CASE WHEN COALESCE((`category:prevention` >= 0), FALSE) THEN CAST(`amount` AS DECIMAL(38, 0)) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS STRING) AS `a0:fine`,
  CAST(SUM(`amount`) AS STRING) AS `a1:pence`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1;

-- measure national_prevention_spend "Prevention spend across all ICBs, England" (samples/prevention.hewitt:89)
-- Per year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    NULLIF(CAST(`icb_name` AS STRING), '') AS `icb_name`,
    NULLIF(CAST(`region` AS STRING), '') AS `region`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    NULLIF(CAST(`programme` AS STRING), '') AS `programme`,
    NULLIF(CAST(`cost_centre` AS STRING), '') AS `cost_centre`,
    NULLIF(CAST(`description` AS STRING), '') AS `description`,
    trim(COALESCE(CAST(`amount` AS STRING), '')) AS `amount`,
    trim(COALESCE(CAST(`recurrent` AS STRING), '')) AS `recurrent`
  FROM `ledger`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `amount` = '' OR (((`amount` RLIKE '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT (`amount` RLIKE '^(?:[+-]£?[+-].*)$')) OR (`amount` RLIKE '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
    `recurrent` = '' OR (lower(`recurrent`) IN ('yes', 'true', 'y', '1') OR lower(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
  FROM cells
),
typed AS (
  SELECT
    `icb`,
    `icb_name`,
    `region`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    `programme`,
    `cost_centre`,
    `description`,
    CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (strpos(`amount`, '-') > 0 OR strpos(`amount`, '(') = 1) THEN -(CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT) END END AS `amount`,
    CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lower(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
    NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN COALESCE(((`amount` <= CAST(0 AS BIGINT)) AND (NOT (`recurrent` = TRUE))), FALSE) THEN -2
      WHEN COALESCE((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), FALSE) THEN 0
      WHEN COALESCE(startswith(`programme`, 'SCR-'), FALSE) THEN 1
      WHEN COALESCE((`programme` = 'NHSHC'), FALSE) THEN 2
      WHEN COALESCE(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), FALSE) THEN 3
      WHEN COALESCE((`programme` = 'DPP'), FALSE) THEN 4
      WHEN COALESCE((`cost_centre` = 'PH-T2W'), FALSE) THEN 5
      WHEN COALESCE(((`programme` = 'SURV') OR startswith(`cost_centre`, 'PH-HP')), FALSE) THEN 6
      WHEN COALESCE((`programme` = 'EPRR'), FALSE) THEN 7
      WHEN COALESCE(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS BIGINT))), FALSE) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM typed
)
SELECT
  `year`,
  CAST(SUM(CASE WHEN COALESCE((`category:prevention` >= 0), FALSE) THEN CAST(`amount` AS DECIMAL(38, 0)) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS STRING) AS `a0:fine`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1;

-- measure screening_share "Screening's share of prevention spend" (samples/prevention.hewitt:96)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    NULLIF(CAST(`icb_name` AS STRING), '') AS `icb_name`,
    NULLIF(CAST(`region` AS STRING), '') AS `region`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    NULLIF(CAST(`programme` AS STRING), '') AS `programme`,
    NULLIF(CAST(`cost_centre` AS STRING), '') AS `cost_centre`,
    NULLIF(CAST(`description` AS STRING), '') AS `description`,
    trim(COALESCE(CAST(`amount` AS STRING), '')) AS `amount`,
    trim(COALESCE(CAST(`recurrent` AS STRING), '')) AS `recurrent`
  FROM `ledger`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `amount` = '' OR (((`amount` RLIKE '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT (`amount` RLIKE '^(?:[+-]£?[+-].*)$')) OR (`amount` RLIKE '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
    `recurrent` = '' OR (lower(`recurrent`) IN ('yes', 'true', 'y', '1') OR lower(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
  FROM cells
),
typed AS (
  SELECT
    `icb`,
    `icb_name`,
    `region`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    `programme`,
    `cost_centre`,
    `description`,
    CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (strpos(`amount`, '-') > 0 OR strpos(`amount`, '(') = 1) THEN -(CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT) END END AS `amount`,
    CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lower(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
    NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN COALESCE(((`amount` <= CAST(0 AS BIGINT)) AND (NOT (`recurrent` = TRUE))), FALSE) THEN -2
      WHEN COALESCE((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), FALSE) THEN 0
      WHEN COALESCE(startswith(`programme`, 'SCR-'), FALSE) THEN 1
      WHEN COALESCE((`programme` = 'NHSHC'), FALSE) THEN 2
      WHEN COALESCE(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), FALSE) THEN 3
      WHEN COALESCE((`programme` = 'DPP'), FALSE) THEN 4
      WHEN COALESCE((`cost_centre` = 'PH-T2W'), FALSE) THEN 5
      WHEN COALESCE(((`programme` = 'SURV') OR startswith(`cost_centre`, 'PH-HP')), FALSE) THEN 6
      WHEN COALESCE((`programme` = 'EPRR'), FALSE) THEN 7
      WHEN COALESCE(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS BIGINT))), FALSE) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM typed
)
SELECT
  `icb`,
  `year`,
  CAST(SUM(CASE WHEN COALESCE((`category:prevention` = 1), FALSE) THEN CAST(`amount` AS DECIMAL(38, 0)) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS STRING) AS `a0:fine`,
  CAST(SUM(CASE WHEN COALESCE((`category:prevention` >= 0), FALSE) THEN CAST(`amount` AS DECIMAL(38, 0)) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS STRING) AS `a1:fine`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1, 2;

-- measure core_programmes_share "Immunisation and screening as a share of prevention spend" (samples/prevention.hewitt:102)
-- Per region, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    NULLIF(CAST(`icb_name` AS STRING), '') AS `icb_name`,
    NULLIF(CAST(`region` AS STRING), '') AS `region`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    NULLIF(CAST(`programme` AS STRING), '') AS `programme`,
    NULLIF(CAST(`cost_centre` AS STRING), '') AS `cost_centre`,
    NULLIF(CAST(`description` AS STRING), '') AS `description`,
    trim(COALESCE(CAST(`amount` AS STRING), '')) AS `amount`,
    trim(COALESCE(CAST(`recurrent` AS STRING), '')) AS `recurrent`
  FROM `ledger`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `amount` = '' OR (((`amount` RLIKE '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT (`amount` RLIKE '^(?:[+-]£?[+-].*)$')) OR (`amount` RLIKE '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
    `recurrent` = '' OR (lower(`recurrent`) IN ('yes', 'true', 'y', '1') OR lower(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
  FROM cells
),
typed AS (
  SELECT
    `icb`,
    `icb_name`,
    `region`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    `programme`,
    `cost_centre`,
    `description`,
    CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (strpos(`amount`, '-') > 0 OR strpos(`amount`, '(') = 1) THEN -(CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT) END END AS `amount`,
    CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lower(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
    NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN COALESCE(((`amount` <= CAST(0 AS BIGINT)) AND (NOT (`recurrent` = TRUE))), FALSE) THEN -2
      WHEN COALESCE((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), FALSE) THEN 0
      WHEN COALESCE(startswith(`programme`, 'SCR-'), FALSE) THEN 1
      WHEN COALESCE((`programme` = 'NHSHC'), FALSE) THEN 2
      WHEN COALESCE(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), FALSE) THEN 3
      WHEN COALESCE((`programme` = 'DPP'), FALSE) THEN 4
      WHEN COALESCE((`cost_centre` = 'PH-T2W'), FALSE) THEN 5
      WHEN COALESCE(((`programme` = 'SURV') OR startswith(`cost_centre`, 'PH-HP')), FALSE) THEN 6
      WHEN COALESCE((`programme` = 'EPRR'), FALSE) THEN 7
      WHEN COALESCE(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS BIGINT))), FALSE) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM typed
)
SELECT
  `region`,
  `year`,
  CAST(SUM(CASE WHEN COALESCE((`category:prevention` = 0), FALSE) THEN CAST(`amount` AS DECIMAL(38, 0)) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS STRING) AS `a0:fine`,
  CAST(SUM(CASE WHEN COALESCE((`category:prevention` = 1), FALSE) THEN CAST(`amount` AS DECIMAL(38, 0)) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS STRING) AS `a1:fine`,
  CAST(SUM(CASE WHEN COALESCE((`category:prevention` >= 0), FALSE) THEN CAST(`amount` AS DECIMAL(38, 0)) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS STRING) AS `a2:fine`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1, 2;

-- measure stop_smoking_spend "Stop smoking services spend" (samples/prevention.hewitt:108)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    NULLIF(CAST(`icb_name` AS STRING), '') AS `icb_name`,
    NULLIF(CAST(`region` AS STRING), '') AS `region`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    NULLIF(CAST(`programme` AS STRING), '') AS `programme`,
    NULLIF(CAST(`cost_centre` AS STRING), '') AS `cost_centre`,
    NULLIF(CAST(`description` AS STRING), '') AS `description`,
    trim(COALESCE(CAST(`amount` AS STRING), '')) AS `amount`,
    trim(COALESCE(CAST(`recurrent` AS STRING), '')) AS `recurrent`
  FROM `ledger`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `amount` = '' OR (((`amount` RLIKE '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT (`amount` RLIKE '^(?:[+-]£?[+-].*)$')) OR (`amount` RLIKE '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
    `recurrent` = '' OR (lower(`recurrent`) IN ('yes', 'true', 'y', '1') OR lower(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
  FROM cells
),
typed AS (
  SELECT
    `icb`,
    `icb_name`,
    `region`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    `programme`,
    `cost_centre`,
    `description`,
    CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (strpos(`amount`, '-') > 0 OR strpos(`amount`, '(') = 1) THEN -(CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT) END END AS `amount`,
    CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lower(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
    NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN COALESCE(((`amount` <= CAST(0 AS BIGINT)) AND (NOT (`recurrent` = TRUE))), FALSE) THEN -2
      WHEN COALESCE((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), FALSE) THEN 0
      WHEN COALESCE(startswith(`programme`, 'SCR-'), FALSE) THEN 1
      WHEN COALESCE((`programme` = 'NHSHC'), FALSE) THEN 2
      WHEN COALESCE(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), FALSE) THEN 3
      WHEN COALESCE((`programme` = 'DPP'), FALSE) THEN 4
      WHEN COALESCE((`cost_centre` = 'PH-T2W'), FALSE) THEN 5
      WHEN COALESCE(((`programme` = 'SURV') OR startswith(`cost_centre`, 'PH-HP')), FALSE) THEN 6
      WHEN COALESCE((`programme` = 'EPRR'), FALSE) THEN 7
      WHEN COALESCE(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS BIGINT))), FALSE) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM typed
)
SELECT
  `icb`,
  `year`,
  CAST(SUM(CASE WHEN COALESCE((`category:prevention` = 3), FALSE) THEN CAST(`amount` AS DECIMAL(38, 0)) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS STRING) AS `a0:fine`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1, 2;

-- measure weight_mgmt_gross "Tier 2 weight management, gross cost" (samples/prevention.hewitt:116)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    NULLIF(CAST(`icb_name` AS STRING), '') AS `icb_name`,
    NULLIF(CAST(`region` AS STRING), '') AS `region`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    NULLIF(CAST(`programme` AS STRING), '') AS `programme`,
    NULLIF(CAST(`cost_centre` AS STRING), '') AS `cost_centre`,
    NULLIF(CAST(`description` AS STRING), '') AS `description`,
    trim(COALESCE(CAST(`amount` AS STRING), '')) AS `amount`,
    trim(COALESCE(CAST(`recurrent` AS STRING), '')) AS `recurrent`
  FROM `ledger`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `amount` = '' OR (((`amount` RLIKE '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT (`amount` RLIKE '^(?:[+-]£?[+-].*)$')) OR (`amount` RLIKE '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
    `recurrent` = '' OR (lower(`recurrent`) IN ('yes', 'true', 'y', '1') OR lower(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
  FROM cells
),
typed AS (
  SELECT
    `icb`,
    `icb_name`,
    `region`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    `programme`,
    `cost_centre`,
    `description`,
    CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (strpos(`amount`, '-') > 0 OR strpos(`amount`, '(') = 1) THEN -(CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT) END END AS `amount`,
    CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lower(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
    NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN COALESCE(((`amount` <= CAST(0 AS BIGINT)) AND (NOT (`recurrent` = TRUE))), FALSE) THEN -2
      WHEN COALESCE((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), FALSE) THEN 0
      WHEN COALESCE(startswith(`programme`, 'SCR-'), FALSE) THEN 1
      WHEN COALESCE((`programme` = 'NHSHC'), FALSE) THEN 2
      WHEN COALESCE(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), FALSE) THEN 3
      WHEN COALESCE((`programme` = 'DPP'), FALSE) THEN 4
      WHEN COALESCE((`cost_centre` = 'PH-T2W'), FALSE) THEN 5
      WHEN COALESCE(((`programme` = 'SURV') OR startswith(`cost_centre`, 'PH-HP')), FALSE) THEN 6
      WHEN COALESCE((`programme` = 'EPRR'), FALSE) THEN 7
      WHEN COALESCE(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS BIGINT))), FALSE) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM typed
)
SELECT
  `icb`,
  `year`,
  CAST(SUM(CASE WHEN COALESCE((`category:prevention` = 5), FALSE) THEN CAST(`amount` AS DECIMAL(38, 0)) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS STRING) AS `a0:fine`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1, 2;

-- measure non_recurrent_prevention "Prevention spend from one-off pots" (samples/prevention.hewitt:122)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    NULLIF(CAST(`icb_name` AS STRING), '') AS `icb_name`,
    NULLIF(CAST(`region` AS STRING), '') AS `region`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    NULLIF(CAST(`programme` AS STRING), '') AS `programme`,
    NULLIF(CAST(`cost_centre` AS STRING), '') AS `cost_centre`,
    NULLIF(CAST(`description` AS STRING), '') AS `description`,
    trim(COALESCE(CAST(`amount` AS STRING), '')) AS `amount`,
    trim(COALESCE(CAST(`recurrent` AS STRING), '')) AS `recurrent`
  FROM `ledger`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `amount` = '' OR (((`amount` RLIKE '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT (`amount` RLIKE '^(?:[+-]£?[+-].*)$')) OR (`amount` RLIKE '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
    `recurrent` = '' OR (lower(`recurrent`) IN ('yes', 'true', 'y', '1') OR lower(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
  FROM cells
),
typed AS (
  SELECT
    `icb`,
    `icb_name`,
    `region`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    `programme`,
    `cost_centre`,
    `description`,
    CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (strpos(`amount`, '-') > 0 OR strpos(`amount`, '(') = 1) THEN -(CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT) END END AS `amount`,
    CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lower(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
    NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN COALESCE(((`amount` <= CAST(0 AS BIGINT)) AND (NOT (`recurrent` = TRUE))), FALSE) THEN -2
      WHEN COALESCE((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), FALSE) THEN 0
      WHEN COALESCE(startswith(`programme`, 'SCR-'), FALSE) THEN 1
      WHEN COALESCE((`programme` = 'NHSHC'), FALSE) THEN 2
      WHEN COALESCE(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), FALSE) THEN 3
      WHEN COALESCE((`programme` = 'DPP'), FALSE) THEN 4
      WHEN COALESCE((`cost_centre` = 'PH-T2W'), FALSE) THEN 5
      WHEN COALESCE(((`programme` = 'SURV') OR startswith(`cost_centre`, 'PH-HP')), FALSE) THEN 6
      WHEN COALESCE((`programme` = 'EPRR'), FALSE) THEN 7
      WHEN COALESCE(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS BIGINT))), FALSE) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM typed
)
SELECT
  `icb`,
  `year`,
  CAST(SUM(CASE WHEN COALESCE(((`category:prevention` >= 0) AND (`recurrent` = FALSE)), FALSE) THEN CAST(`amount` AS DECIMAL(38, 0)) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS STRING) AS `a0:fine`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1, 2;

-- measure eprr_spend "Emergency preparedness spend" (samples/prevention.hewitt:128)
-- Per year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    NULLIF(CAST(`icb_name` AS STRING), '') AS `icb_name`,
    NULLIF(CAST(`region` AS STRING), '') AS `region`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    NULLIF(CAST(`programme` AS STRING), '') AS `programme`,
    NULLIF(CAST(`cost_centre` AS STRING), '') AS `cost_centre`,
    NULLIF(CAST(`description` AS STRING), '') AS `description`,
    trim(COALESCE(CAST(`amount` AS STRING), '')) AS `amount`,
    trim(COALESCE(CAST(`recurrent` AS STRING), '')) AS `recurrent`
  FROM `ledger`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `amount` = '' OR (((`amount` RLIKE '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT (`amount` RLIKE '^(?:[+-]£?[+-].*)$')) OR (`amount` RLIKE '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
    `recurrent` = '' OR (lower(`recurrent`) IN ('yes', 'true', 'y', '1') OR lower(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
  FROM cells
),
typed AS (
  SELECT
    `icb`,
    `icb_name`,
    `region`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    `programme`,
    `cost_centre`,
    `description`,
    CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (strpos(`amount`, '-') > 0 OR strpos(`amount`, '(') = 1) THEN -(CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT) END END AS `amount`,
    CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lower(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
    NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN COALESCE(((`amount` <= CAST(0 AS BIGINT)) AND (NOT (`recurrent` = TRUE))), FALSE) THEN -2
      WHEN COALESCE((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), FALSE) THEN 0
      WHEN COALESCE(startswith(`programme`, 'SCR-'), FALSE) THEN 1
      WHEN COALESCE((`programme` = 'NHSHC'), FALSE) THEN 2
      WHEN COALESCE(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), FALSE) THEN 3
      WHEN COALESCE((`programme` = 'DPP'), FALSE) THEN 4
      WHEN COALESCE((`cost_centre` = 'PH-T2W'), FALSE) THEN 5
      WHEN COALESCE(((`programme` = 'SURV') OR startswith(`cost_centre`, 'PH-HP')), FALSE) THEN 6
      WHEN COALESCE((`programme` = 'EPRR'), FALSE) THEN 7
      WHEN COALESCE(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS BIGINT))), FALSE) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM typed
)
SELECT
  `year`,
  CAST(SUM(CASE WHEN COALESCE((`category:prevention` = 7), FALSE) THEN CAST(`amount` AS DECIMAL(38, 0)) * (CASE WHEN `category:prevention` = 5 THEN 50000000 ELSE 100000000 END) END) AS STRING) AS `a0:fine`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1;

-- measure prevention_lines "Number of prevention cost lines" (samples/prevention.hewitt:134)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    NULLIF(CAST(`icb_name` AS STRING), '') AS `icb_name`,
    NULLIF(CAST(`region` AS STRING), '') AS `region`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    NULLIF(CAST(`programme` AS STRING), '') AS `programme`,
    NULLIF(CAST(`cost_centre` AS STRING), '') AS `cost_centre`,
    NULLIF(CAST(`description` AS STRING), '') AS `description`,
    trim(COALESCE(CAST(`amount` AS STRING), '')) AS `amount`,
    trim(COALESCE(CAST(`recurrent` AS STRING), '')) AS `recurrent`
  FROM `ledger`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `amount` = '' OR (((`amount` RLIKE '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT (`amount` RLIKE '^(?:[+-]£?[+-].*)$')) OR (`amount` RLIKE '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
    `recurrent` = '' OR (lower(`recurrent`) IN ('yes', 'true', 'y', '1') OR lower(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
  FROM cells
),
typed AS (
  SELECT
    `icb`,
    `icb_name`,
    `region`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    `programme`,
    `cost_centre`,
    `description`,
    CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (strpos(`amount`, '-') > 0 OR strpos(`amount`, '(') = 1) THEN -(CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT) END END AS `amount`,
    CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lower(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
    NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN COALESCE(((`amount` <= CAST(0 AS BIGINT)) AND (NOT (`recurrent` = TRUE))), FALSE) THEN -2
      WHEN COALESCE((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), FALSE) THEN 0
      WHEN COALESCE(startswith(`programme`, 'SCR-'), FALSE) THEN 1
      WHEN COALESCE((`programme` = 'NHSHC'), FALSE) THEN 2
      WHEN COALESCE(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), FALSE) THEN 3
      WHEN COALESCE((`programme` = 'DPP'), FALSE) THEN 4
      WHEN COALESCE((`cost_centre` = 'PH-T2W'), FALSE) THEN 5
      WHEN COALESCE(((`programme` = 'SURV') OR startswith(`cost_centre`, 'PH-HP')), FALSE) THEN 6
      WHEN COALESCE((`programme` = 'EPRR'), FALSE) THEN 7
      WHEN COALESCE(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS BIGINT))), FALSE) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM typed
)
SELECT
  `icb`,
  `year`,
  COUNT(CASE WHEN COALESCE((`category:prevention` >= 0), FALSE) THEN 1 END) AS `a0:count`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1, 2;

-- measure mean_screening_line "Average screening cost line" (samples/prevention.hewitt:140)
-- Per region, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    NULLIF(CAST(`icb_name` AS STRING), '') AS `icb_name`,
    NULLIF(CAST(`region` AS STRING), '') AS `region`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    NULLIF(CAST(`programme` AS STRING), '') AS `programme`,
    NULLIF(CAST(`cost_centre` AS STRING), '') AS `cost_centre`,
    NULLIF(CAST(`description` AS STRING), '') AS `description`,
    trim(COALESCE(CAST(`amount` AS STRING), '')) AS `amount`,
    trim(COALESCE(CAST(`recurrent` AS STRING), '')) AS `recurrent`
  FROM `ledger`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `amount` = '' OR (((`amount` RLIKE '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT (`amount` RLIKE '^(?:[+-]£?[+-].*)$')) OR (`amount` RLIKE '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
    `recurrent` = '' OR (lower(`recurrent`) IN ('yes', 'true', 'y', '1') OR lower(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
  FROM cells
),
typed AS (
  SELECT
    `icb`,
    `icb_name`,
    `region`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    `programme`,
    `cost_centre`,
    `description`,
    CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (strpos(`amount`, '-') > 0 OR strpos(`amount`, '(') = 1) THEN -(CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT) END END AS `amount`,
    CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lower(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
    NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN COALESCE(((`amount` <= CAST(0 AS BIGINT)) AND (NOT (`recurrent` = TRUE))), FALSE) THEN -2
      WHEN COALESCE((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), FALSE) THEN 0
      WHEN COALESCE(startswith(`programme`, 'SCR-'), FALSE) THEN 1
      WHEN COALESCE((`programme` = 'NHSHC'), FALSE) THEN 2
      WHEN COALESCE(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), FALSE) THEN 3
      WHEN COALESCE((`programme` = 'DPP'), FALSE) THEN 4
      WHEN COALESCE((`cost_centre` = 'PH-T2W'), FALSE) THEN 5
      WHEN COALESCE(((`programme` = 'SURV') OR startswith(`cost_centre`, 'PH-HP')), FALSE) THEN 6
      WHEN COALESCE((`programme` = 'EPRR'), FALSE) THEN 7
      WHEN COALESCE(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS BIGINT))), FALSE) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM typed
)
SELECT
  `region`,
  `year`,
  COUNT(CASE WHEN COALESCE((`category:prevention` = 1), FALSE) THEN `amount` END) AS `a0:count`,
  CAST(SUM(CASE WHEN COALESCE((`category:prevention` = 1), FALSE) THEN `amount` END) AS STRING) AS `a0:pence`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1, 2;

-- measure largest_one_off "Largest one-off prevention line" (samples/prevention.hewitt:146)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    NULLIF(CAST(`icb_name` AS STRING), '') AS `icb_name`,
    NULLIF(CAST(`region` AS STRING), '') AS `region`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    NULLIF(CAST(`programme` AS STRING), '') AS `programme`,
    NULLIF(CAST(`cost_centre` AS STRING), '') AS `cost_centre`,
    NULLIF(CAST(`description` AS STRING), '') AS `description`,
    trim(COALESCE(CAST(`amount` AS STRING), '')) AS `amount`,
    trim(COALESCE(CAST(`recurrent` AS STRING), '')) AS `recurrent`
  FROM `ledger`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `amount` = '' OR (((`amount` RLIKE '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT (`amount` RLIKE '^(?:[+-]£?[+-].*)$')) OR (`amount` RLIKE '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
    `recurrent` = '' OR (lower(`recurrent`) IN ('yes', 'true', 'y', '1') OR lower(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
  FROM cells
),
typed AS (
  SELECT
    `icb`,
    `icb_name`,
    `region`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    `programme`,
    `cost_centre`,
    `description`,
    CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (strpos(`amount`, '-') > 0 OR strpos(`amount`, '(') = 1) THEN -(CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT) END END AS `amount`,
    CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lower(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
    NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN COALESCE(((`amount` <= CAST(0 AS BIGINT)) AND (NOT (`recurrent` = TRUE))), FALSE) THEN -2
      WHEN COALESCE((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), FALSE) THEN 0
      WHEN COALESCE(startswith(`programme`, 'SCR-'), FALSE) THEN 1
      WHEN COALESCE((`programme` = 'NHSHC'), FALSE) THEN 2
      WHEN COALESCE(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), FALSE) THEN 3
      WHEN COALESCE((`programme` = 'DPP'), FALSE) THEN 4
      WHEN COALESCE((`cost_centre` = 'PH-T2W'), FALSE) THEN 5
      WHEN COALESCE(((`programme` = 'SURV') OR startswith(`cost_centre`, 'PH-HP')), FALSE) THEN 6
      WHEN COALESCE((`programme` = 'EPRR'), FALSE) THEN 7
      WHEN COALESCE(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS BIGINT))), FALSE) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM typed
)
SELECT
  `icb`,
  `year`,
  COUNT(CASE WHEN COALESCE(((`category:prevention` >= 0) AND (`recurrent` = FALSE)), FALSE) THEN `amount` END) AS `a0:count`,
  CAST(MAX(CASE WHEN COALESCE(((`category:prevention` >= 0) AND (`recurrent` = FALSE)), FALSE) THEN `amount` END) AS STRING) AS `a0:extreme`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1, 2;

-- measure first_dpp_year "First year with Diabetes Prevention Programme spend" (samples/prevention.hewitt:152)
-- Per icb: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    NULLIF(CAST(`icb_name` AS STRING), '') AS `icb_name`,
    NULLIF(CAST(`region` AS STRING), '') AS `region`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    NULLIF(CAST(`programme` AS STRING), '') AS `programme`,
    NULLIF(CAST(`cost_centre` AS STRING), '') AS `cost_centre`,
    NULLIF(CAST(`description` AS STRING), '') AS `description`,
    trim(COALESCE(CAST(`amount` AS STRING), '')) AS `amount`,
    trim(COALESCE(CAST(`recurrent` AS STRING), '')) AS `recurrent`
  FROM `ledger`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `amount` = '' OR (((`amount` RLIKE '^(?:[+-]?£?[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?)$') AND NOT (`amount` RLIKE '^(?:[+-]£?[+-].*)$')) OR (`amount` RLIKE '^(?:\\(\\s*£?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?\\s*\\))$')) AS `fits:amount`,
    `recurrent` = '' OR (lower(`recurrent`) IN ('yes', 'true', 'y', '1') OR lower(`recurrent`) IN ('no', 'false', 'n', '0')) AS `fits:recurrent`
  FROM cells
),
typed AS (
  SELECT
    `icb`,
    `icb_name`,
    `region`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    `programme`,
    `cost_centre`,
    `description`,
    CASE WHEN `amount` <> '' AND `fits:amount` THEN CASE WHEN (strpos(`amount`, '-') > 0 OR strpos(`amount`, '(') = 1) THEN -(CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(`amount`, '[^0-9.]', ''), '.', 2), 2, '0') AS BIGINT) END END AS `amount`,
    CASE WHEN `recurrent` <> '' AND `fits:recurrent` THEN lower(`recurrent`) IN ('yes', 'true', 'y', '1') END AS `recurrent`,
    NOT (`fits:year` AND `fits:amount` AND `fits:recurrent`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN COALESCE(((`amount` <= CAST(0 AS BIGINT)) AND (NOT (`recurrent` = TRUE))), FALSE) THEN -2
      WHEN COALESCE((CASE WHEN `programme` IS NULL THEN NULL ELSE (`programme` IN ('IMMS', 'FLU')) END), FALSE) THEN 0
      WHEN COALESCE(startswith(`programme`, 'SCR-'), FALSE) THEN 1
      WHEN COALESCE((`programme` = 'NHSHC'), FALSE) THEN 2
      WHEN COALESCE(((`programme` = 'SMOK') AND (CASE WHEN `cost_centre` IS NULL THEN NULL ELSE NOT (`cost_centre` IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END)), FALSE) THEN 3
      WHEN COALESCE((`programme` = 'DPP'), FALSE) THEN 4
      WHEN COALESCE((`cost_centre` = 'PH-T2W'), FALSE) THEN 5
      WHEN COALESCE(((`programme` = 'SURV') OR startswith(`cost_centre`, 'PH-HP')), FALSE) THEN 6
      WHEN COALESCE((`programme` = 'EPRR'), FALSE) THEN 7
      WHEN COALESCE(((`programme` = 'CARDIAC-REHAB') AND (`amount` > CAST(0 AS BIGINT))), FALSE) THEN 8
      ELSE -1
    END AS `category:prevention`
  FROM typed
)
SELECT
  `icb`,
  COUNT(CASE WHEN COALESCE((`programme` = 'DPP'), FALSE) THEN `year` END) AS `a0:count`,
  MIN(CASE WHEN COALESCE((`programme` = 'DPP'), FALSE) THEN `year` END) AS `a0:extreme`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1;

-- measure cancer_screening_uptake "Cancer screening uptake" (samples/prevention.hewitt:160)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    NULLIF(CAST(`programme` AS STRING), '') AS `programme`,
    trim(COALESCE(CAST(`eligible` AS STRING), '')) AS `eligible`,
    trim(COALESCE(CAST(`uptake` AS STRING), '')) AS `uptake`,
    trim(COALESCE(CAST(`published_on` AS STRING), '')) AS `published_on`
  FROM `screening_uptake`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `eligible` = '' OR (`eligible` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
    `uptake` = '' OR (`uptake` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?(\\s*%)?)$') AS `fits:uptake`,
    `published_on` = '' OR CASE WHEN (`published_on` RLIKE '^(?:\\d{4}-\\d{2}-\\d{2})$') THEN CAST(substr(`published_on`, 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(substr(`published_on`, 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(substr(`published_on`, 6, 2) AS BIGINT) = 2 THEN CASE WHEN (mod(CAST(substr(`published_on`, 1, 4) AS BIGINT), 4) = 0 AND mod(CAST(substr(`published_on`, 1, 4) AS BIGINT), 100) <> 0 OR mod(CAST(substr(`published_on`, 1, 4) AS BIGINT), 400) = 0) THEN 29 ELSE 28 END WHEN CAST(substr(`published_on`, 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END ELSE FALSE END AS `fits:published_on`
  FROM cells
),
typed AS (
  SELECT
    `icb`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    `programme`,
    CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replace(`eligible`, ',', '') AS DOUBLE) END AS `eligible`,
    CASE WHEN `uptake` <> '' AND `fits:uptake` THEN CAST(replace(rtrim(rtrim(`uptake`, '%')), ',', '') AS DOUBLE) END AS `uptake`,
    CASE WHEN `published_on` <> '' AND `fits:published_on` THEN `published_on` END AS `published_on`,
    NOT (`fits:year` AND `fits:eligible` AND `fits:uptake` AND `fits:published_on`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  `icb`,
  `year`,
  COUNT(CASE WHEN COALESCE((`programme` <> 'SCR-AAA'), FALSE) THEN `uptake` END) AS `a0:count`,
  SUM(CASE WHEN COALESCE((`programme` <> 'SCR-AAA'), FALSE) THEN CAST(`uptake` AS DOUBLE) END) AS `a0:number`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1, 2;

-- measure programmes_below_standard "Screening programmes below 70% uptake" (samples/prevention.hewitt:166)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    NULLIF(CAST(`programme` AS STRING), '') AS `programme`,
    trim(COALESCE(CAST(`eligible` AS STRING), '')) AS `eligible`,
    trim(COALESCE(CAST(`uptake` AS STRING), '')) AS `uptake`,
    trim(COALESCE(CAST(`published_on` AS STRING), '')) AS `published_on`
  FROM `screening_uptake`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `eligible` = '' OR (`eligible` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
    `uptake` = '' OR (`uptake` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?(\\s*%)?)$') AS `fits:uptake`,
    `published_on` = '' OR CASE WHEN (`published_on` RLIKE '^(?:\\d{4}-\\d{2}-\\d{2})$') THEN CAST(substr(`published_on`, 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(substr(`published_on`, 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(substr(`published_on`, 6, 2) AS BIGINT) = 2 THEN CASE WHEN (mod(CAST(substr(`published_on`, 1, 4) AS BIGINT), 4) = 0 AND mod(CAST(substr(`published_on`, 1, 4) AS BIGINT), 100) <> 0 OR mod(CAST(substr(`published_on`, 1, 4) AS BIGINT), 400) = 0) THEN 29 ELSE 28 END WHEN CAST(substr(`published_on`, 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END ELSE FALSE END AS `fits:published_on`
  FROM cells
),
typed AS (
  SELECT
    `icb`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    `programme`,
    CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replace(`eligible`, ',', '') AS DOUBLE) END AS `eligible`,
    CASE WHEN `uptake` <> '' AND `fits:uptake` THEN CAST(replace(rtrim(rtrim(`uptake`, '%')), ',', '') AS DOUBLE) END AS `uptake`,
    CASE WHEN `published_on` <> '' AND `fits:published_on` THEN `published_on` END AS `published_on`,
    NOT (`fits:year` AND `fits:eligible` AND `fits:uptake` AND `fits:published_on`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  `icb`,
  `year`,
  COUNT(CASE WHEN COALESCE(((`uptake` < 70.0) AND (`eligible` >= 1000.0)), FALSE) THEN 1 END) AS `a0:count`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1, 2;

-- measure uptake_published "Latest publication of screening uptake" (samples/prevention.hewitt:172)
-- Per icb: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    NULLIF(CAST(`programme` AS STRING), '') AS `programme`,
    trim(COALESCE(CAST(`eligible` AS STRING), '')) AS `eligible`,
    trim(COALESCE(CAST(`uptake` AS STRING), '')) AS `uptake`,
    trim(COALESCE(CAST(`published_on` AS STRING), '')) AS `published_on`
  FROM `screening_uptake`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `eligible` = '' OR (`eligible` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
    `uptake` = '' OR (`uptake` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?(\\s*%)?)$') AS `fits:uptake`,
    `published_on` = '' OR CASE WHEN (`published_on` RLIKE '^(?:\\d{4}-\\d{2}-\\d{2})$') THEN CAST(substr(`published_on`, 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(substr(`published_on`, 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(substr(`published_on`, 6, 2) AS BIGINT) = 2 THEN CASE WHEN (mod(CAST(substr(`published_on`, 1, 4) AS BIGINT), 4) = 0 AND mod(CAST(substr(`published_on`, 1, 4) AS BIGINT), 100) <> 0 OR mod(CAST(substr(`published_on`, 1, 4) AS BIGINT), 400) = 0) THEN 29 ELSE 28 END WHEN CAST(substr(`published_on`, 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END ELSE FALSE END AS `fits:published_on`
  FROM cells
),
typed AS (
  SELECT
    `icb`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    `programme`,
    CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replace(`eligible`, ',', '') AS DOUBLE) END AS `eligible`,
    CASE WHEN `uptake` <> '' AND `fits:uptake` THEN CAST(replace(rtrim(rtrim(`uptake`, '%')), ',', '') AS DOUBLE) END AS `uptake`,
    CASE WHEN `published_on` <> '' AND `fits:published_on` THEN `published_on` END AS `published_on`,
    NOT (`fits:year` AND `fits:eligible` AND `fits:uptake` AND `fits:published_on`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  `icb`,
  COUNT(`published_on`) AS `a0:count`,
  MAX(`published_on`) AS `a0:extreme`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1;
