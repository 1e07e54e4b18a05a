-- SQL of samples/gp-contract.hewitt for spark, rendered by hewitt sql. Run each statement on its own.
-- Money is in whole pence; empty cells are NULL; a row with a cell that does not fit its column is left out.
-- Spark SQL 3.3 or later (split_part, startswith); string literals use backslash escapes.

-- measure mean_list_size "Average practice list size" (samples/gp-contract.hewitt:110)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`practice` AS STRING), '') AS `practice`,
    NULLIF(CAST(`practice_name` AS STRING), '') AS `practice_name`,
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    trim(COALESCE(CAST(`imd_quintile` AS STRING), '')) AS `imd_quintile`,
    NULLIF(CAST(`indicator` AS STRING), '') AS `indicator`,
    trim(COALESCE(CAST(`eligible` AS STRING), '')) AS `eligible`,
    trim(COALESCE(CAST(`pca` AS STRING), '')) AS `pca`,
    trim(COALESCE(CAST(`achieved` AS STRING), '')) AS `achieved`,
    trim(COALESCE(CAST(`list_size` AS STRING), '')) AS `list_size`
  FROM `qof`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `imd_quintile` = '' OR (`imd_quintile` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
    `eligible` = '' OR (`eligible` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
    `pca` = '' OR (`pca` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
    `achieved` = '' OR (`achieved` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
    `list_size` = '' OR (`list_size` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
  FROM cells
),
typed AS (
  SELECT
    `practice`,
    `practice_name`,
    `icb`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replace(`imd_quintile`, ',', '') AS DOUBLE) END AS `imd_quintile`,
    `indicator`,
    CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replace(`eligible`, ',', '') AS DOUBLE) END AS `eligible`,
    CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replace(`pca`, ',', '') AS DOUBLE) END AS `pca`,
    CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replace(`achieved`, ',', '') AS DOUBLE) END AS `achieved`,
    CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replace(`list_size`, ',', '') AS DOUBLE) END AS `list_size`,
    NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
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
  COUNT(CASE WHEN COALESCE((`indicator` = 'DM020'), FALSE) THEN `list_size` END) AS `a0:count`,
  SUM(CASE WHEN COALESCE((`indicator` = 'DM020'), FALSE) THEN CAST(`list_size` AS DOUBLE) END) AS `a0:number`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1, 2;

-- metric dm020 "Diabetes: HbA1c 58 mmol/mol or less" (samples/gp-contract.hewitt:13)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`practice` AS STRING), '') AS `practice`,
    NULLIF(CAST(`practice_name` AS STRING), '') AS `practice_name`,
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    trim(COALESCE(CAST(`imd_quintile` AS STRING), '')) AS `imd_quintile`,
    NULLIF(CAST(`indicator` AS STRING), '') AS `indicator`,
    trim(COALESCE(CAST(`eligible` AS STRING), '')) AS `eligible`,
    trim(COALESCE(CAST(`pca` AS STRING), '')) AS `pca`,
    trim(COALESCE(CAST(`achieved` AS STRING), '')) AS `achieved`,
    trim(COALESCE(CAST(`list_size` AS STRING), '')) AS `list_size`
  FROM `qof`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `imd_quintile` = '' OR (`imd_quintile` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
    `eligible` = '' OR (`eligible` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
    `pca` = '' OR (`pca` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
    `achieved` = '' OR (`achieved` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
    `list_size` = '' OR (`list_size` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
  FROM cells
),
typed AS (
  SELECT
    `practice`,
    `practice_name`,
    `icb`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replace(`imd_quintile`, ',', '') AS DOUBLE) END AS `imd_quintile`,
    `indicator`,
    CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replace(`eligible`, ',', '') AS DOUBLE) END AS `eligible`,
    CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replace(`pca`, ',', '') AS DOUBLE) END AS `pca`,
    CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replace(`achieved`, ',', '') AS DOUBLE) END AS `achieved`,
    CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replace(`list_size`, ',', '') AS DOUBLE) END AS `list_size`,
    NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  `practice`,
  SUM(CASE WHEN COALESCE((`indicator` = 'DM020'), FALSE) THEN CAST(`achieved` AS DOUBLE) END) AS `a0:number`,
  SUM(CASE WHEN COALESCE((`indicator` = 'DM020'), FALSE) THEN CAST(`eligible` AS DOUBLE) END) AS `a1:number`,
  SUM(CASE WHEN COALESCE((`indicator` = 'DM020'), FALSE) THEN CAST(`pca` AS DOUBLE) END) AS `a2:number`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1;

-- metric dm020, per stratum "Diabetes: HbA1c 58 mmol/mol or less" (samples/gp-contract.hewitt:13)
-- Per stratum: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`practice` AS STRING), '') AS `practice`,
    NULLIF(CAST(`practice_name` AS STRING), '') AS `practice_name`,
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    trim(COALESCE(CAST(`imd_quintile` AS STRING), '')) AS `imd_quintile`,
    NULLIF(CAST(`indicator` AS STRING), '') AS `indicator`,
    trim(COALESCE(CAST(`eligible` AS STRING), '')) AS `eligible`,
    trim(COALESCE(CAST(`pca` AS STRING), '')) AS `pca`,
    trim(COALESCE(CAST(`achieved` AS STRING), '')) AS `achieved`,
    trim(COALESCE(CAST(`list_size` AS STRING), '')) AS `list_size`
  FROM `qof`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `imd_quintile` = '' OR (`imd_quintile` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
    `eligible` = '' OR (`eligible` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
    `pca` = '' OR (`pca` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
    `achieved` = '' OR (`achieved` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
    `list_size` = '' OR (`list_size` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
  FROM cells
),
typed AS (
  SELECT
    `practice`,
    `practice_name`,
    `icb`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replace(`imd_quintile`, ',', '') AS DOUBLE) END AS `imd_quintile`,
    `indicator`,
    CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replace(`eligible`, ',', '') AS DOUBLE) END AS `eligible`,
    CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replace(`pca`, ',', '') AS DOUBLE) END AS `pca`,
    CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replace(`achieved`, ',', '') AS DOUBLE) END AS `achieved`,
    CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replace(`list_size`, ',', '') AS DOUBLE) END AS `list_size`,
    NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  `imd_quintile`,
  SUM(CASE WHEN COALESCE((`indicator` = 'DM020'), FALSE) THEN CAST(`achieved` AS DOUBLE) END) AS `a0:number`,
  SUM(CASE WHEN COALESCE((`indicator` = 'DM020'), FALSE) THEN CAST(`eligible` AS DOUBLE) END) AS `a1:number`,
  SUM(CASE WHEN COALESCE((`indicator` = 'DM020'), FALSE) THEN CAST(`pca` AS DOUBLE) END) AS `a2:number`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1;

-- metric hyp008 "Hypertension: blood pressure 140/90 or less, aged 79 or under" (samples/gp-contract.hewitt:28)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`practice` AS STRING), '') AS `practice`,
    NULLIF(CAST(`practice_name` AS STRING), '') AS `practice_name`,
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    trim(COALESCE(CAST(`imd_quintile` AS STRING), '')) AS `imd_quintile`,
    NULLIF(CAST(`indicator` AS STRING), '') AS `indicator`,
    trim(COALESCE(CAST(`eligible` AS STRING), '')) AS `eligible`,
    trim(COALESCE(CAST(`pca` AS STRING), '')) AS `pca`,
    trim(COALESCE(CAST(`achieved` AS STRING), '')) AS `achieved`,
    trim(COALESCE(CAST(`list_size` AS STRING), '')) AS `list_size`
  FROM `qof`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `imd_quintile` = '' OR (`imd_quintile` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
    `eligible` = '' OR (`eligible` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
    `pca` = '' OR (`pca` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
    `achieved` = '' OR (`achieved` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
    `list_size` = '' OR (`list_size` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
  FROM cells
),
typed AS (
  SELECT
    `practice`,
    `practice_name`,
    `icb`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replace(`imd_quintile`, ',', '') AS DOUBLE) END AS `imd_quintile`,
    `indicator`,
    CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replace(`eligible`, ',', '') AS DOUBLE) END AS `eligible`,
    CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replace(`pca`, ',', '') AS DOUBLE) END AS `pca`,
    CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replace(`achieved`, ',', '') AS DOUBLE) END AS `achieved`,
    CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replace(`list_size`, ',', '') AS DOUBLE) END AS `list_size`,
    NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  `practice`,
  SUM(CASE WHEN COALESCE((`indicator` = 'HYP008'), FALSE) THEN CAST(`achieved` AS DOUBLE) END) AS `a0:number`,
  SUM(CASE WHEN COALESCE((`indicator` = 'HYP008'), FALSE) THEN CAST(`eligible` AS DOUBLE) END) AS `a1:number`,
  SUM(CASE WHEN COALESCE((`indicator` = 'HYP008'), FALSE) THEN CAST(`pca` AS DOUBLE) END) AS `a2:number`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1;

-- metric hyp008, per stratum "Hypertension: blood pressure 140/90 or less, aged 79 or under" (samples/gp-contract.hewitt:28)
-- Per stratum: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`practice` AS STRING), '') AS `practice`,
    NULLIF(CAST(`practice_name` AS STRING), '') AS `practice_name`,
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    trim(COALESCE(CAST(`imd_quintile` AS STRING), '')) AS `imd_quintile`,
    NULLIF(CAST(`indicator` AS STRING), '') AS `indicator`,
    trim(COALESCE(CAST(`eligible` AS STRING), '')) AS `eligible`,
    trim(COALESCE(CAST(`pca` AS STRING), '')) AS `pca`,
    trim(COALESCE(CAST(`achieved` AS STRING), '')) AS `achieved`,
    trim(COALESCE(CAST(`list_size` AS STRING), '')) AS `list_size`
  FROM `qof`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `imd_quintile` = '' OR (`imd_quintile` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
    `eligible` = '' OR (`eligible` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
    `pca` = '' OR (`pca` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
    `achieved` = '' OR (`achieved` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
    `list_size` = '' OR (`list_size` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
  FROM cells
),
typed AS (
  SELECT
    `practice`,
    `practice_name`,
    `icb`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replace(`imd_quintile`, ',', '') AS DOUBLE) END AS `imd_quintile`,
    `indicator`,
    CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replace(`eligible`, ',', '') AS DOUBLE) END AS `eligible`,
    CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replace(`pca`, ',', '') AS DOUBLE) END AS `pca`,
    CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replace(`achieved`, ',', '') AS DOUBLE) END AS `achieved`,
    CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replace(`list_size`, ',', '') AS DOUBLE) END AS `list_size`,
    NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  `imd_quintile`,
  SUM(CASE WHEN COALESCE((`indicator` = 'HYP008'), FALSE) THEN CAST(`achieved` AS DOUBLE) END) AS `a0:number`,
  SUM(CASE WHEN COALESCE((`indicator` = 'HYP008'), FALSE) THEN CAST(`eligible` AS DOUBLE) END) AS `a1:number`,
  SUM(CASE WHEN COALESCE((`indicator` = 'HYP008'), FALSE) THEN CAST(`pca` AS DOUBLE) END) AS `a2:number`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1;

-- metric smok004 "Smokers offered support and treatment" (samples/gp-contract.hewitt:42)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`practice` AS STRING), '') AS `practice`,
    NULLIF(CAST(`practice_name` AS STRING), '') AS `practice_name`,
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    trim(COALESCE(CAST(`imd_quintile` AS STRING), '')) AS `imd_quintile`,
    NULLIF(CAST(`indicator` AS STRING), '') AS `indicator`,
    trim(COALESCE(CAST(`eligible` AS STRING), '')) AS `eligible`,
    trim(COALESCE(CAST(`pca` AS STRING), '')) AS `pca`,
    trim(COALESCE(CAST(`achieved` AS STRING), '')) AS `achieved`,
    trim(COALESCE(CAST(`list_size` AS STRING), '')) AS `list_size`
  FROM `qof`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `imd_quintile` = '' OR (`imd_quintile` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
    `eligible` = '' OR (`eligible` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
    `pca` = '' OR (`pca` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
    `achieved` = '' OR (`achieved` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
    `list_size` = '' OR (`list_size` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
  FROM cells
),
typed AS (
  SELECT
    `practice`,
    `practice_name`,
    `icb`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replace(`imd_quintile`, ',', '') AS DOUBLE) END AS `imd_quintile`,
    `indicator`,
    CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replace(`eligible`, ',', '') AS DOUBLE) END AS `eligible`,
    CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replace(`pca`, ',', '') AS DOUBLE) END AS `pca`,
    CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replace(`achieved`, ',', '') AS DOUBLE) END AS `achieved`,
    CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replace(`list_size`, ',', '') AS DOUBLE) END AS `list_size`,
    NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  `practice`,
  SUM(CASE WHEN COALESCE((`indicator` = 'SMOK004'), FALSE) THEN CAST(`achieved` AS DOUBLE) END) AS `a0:number`,
  SUM(CASE WHEN COALESCE((`indicator` = 'SMOK004'), FALSE) THEN CAST(`eligible` AS DOUBLE) END) AS `a1:number`,
  SUM(CASE WHEN COALESCE((`indicator` = 'SMOK004'), FALSE) THEN CAST(`pca` AS DOUBLE) END) AS `a2:number`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1;

-- metric cs005 "Cervical screening, aged 25 to 49" (samples/gp-contract.hewitt:55)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`practice` AS STRING), '') AS `practice`,
    NULLIF(CAST(`practice_name` AS STRING), '') AS `practice_name`,
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    trim(COALESCE(CAST(`imd_quintile` AS STRING), '')) AS `imd_quintile`,
    NULLIF(CAST(`indicator` AS STRING), '') AS `indicator`,
    trim(COALESCE(CAST(`eligible` AS STRING), '')) AS `eligible`,
    trim(COALESCE(CAST(`pca` AS STRING), '')) AS `pca`,
    trim(COALESCE(CAST(`achieved` AS STRING), '')) AS `achieved`,
    trim(COALESCE(CAST(`list_size` AS STRING), '')) AS `list_size`
  FROM `qof`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `imd_quintile` = '' OR (`imd_quintile` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
    `eligible` = '' OR (`eligible` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
    `pca` = '' OR (`pca` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
    `achieved` = '' OR (`achieved` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
    `list_size` = '' OR (`list_size` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
  FROM cells
),
typed AS (
  SELECT
    `practice`,
    `practice_name`,
    `icb`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replace(`imd_quintile`, ',', '') AS DOUBLE) END AS `imd_quintile`,
    `indicator`,
    CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replace(`eligible`, ',', '') AS DOUBLE) END AS `eligible`,
    CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replace(`pca`, ',', '') AS DOUBLE) END AS `pca`,
    CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replace(`achieved`, ',', '') AS DOUBLE) END AS `achieved`,
    CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replace(`list_size`, ',', '') AS DOUBLE) END AS `list_size`,
    NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  `practice`,
  SUM(CASE WHEN COALESCE((`indicator` = 'CS005'), FALSE) THEN CAST(`achieved` AS DOUBLE) END) AS `a0:number`,
  SUM(CASE WHEN COALESCE((`indicator` = 'CS005'), FALSE) THEN CAST(`eligible` AS DOUBLE) END) AS `a1:number`,
  SUM(CASE WHEN COALESCE((`indicator` = 'CS005'), FALSE) THEN CAST(`pca` AS DOUBLE) END) AS `a2:number`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1;

-- metric bp002 "Blood pressure recorded, aged 45 or over" (samples/gp-contract.hewitt:68)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`practice` AS STRING), '') AS `practice`,
    NULLIF(CAST(`practice_name` AS STRING), '') AS `practice_name`,
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    trim(COALESCE(CAST(`imd_quintile` AS STRING), '')) AS `imd_quintile`,
    NULLIF(CAST(`indicator` AS STRING), '') AS `indicator`,
    trim(COALESCE(CAST(`eligible` AS STRING), '')) AS `eligible`,
    trim(COALESCE(CAST(`pca` AS STRING), '')) AS `pca`,
    trim(COALESCE(CAST(`achieved` AS STRING), '')) AS `achieved`,
    trim(COALESCE(CAST(`list_size` AS STRING), '')) AS `list_size`
  FROM `qof`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `imd_quintile` = '' OR (`imd_quintile` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
    `eligible` = '' OR (`eligible` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
    `pca` = '' OR (`pca` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
    `achieved` = '' OR (`achieved` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
    `list_size` = '' OR (`list_size` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
  FROM cells
),
typed AS (
  SELECT
    `practice`,
    `practice_name`,
    `icb`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replace(`imd_quintile`, ',', '') AS DOUBLE) END AS `imd_quintile`,
    `indicator`,
    CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replace(`eligible`, ',', '') AS DOUBLE) END AS `eligible`,
    CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replace(`pca`, ',', '') AS DOUBLE) END AS `pca`,
    CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replace(`achieved`, ',', '') AS DOUBLE) END AS `achieved`,
    CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replace(`list_size`, ',', '') AS DOUBLE) END AS `list_size`,
    NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  `practice`,
  SUM(CASE WHEN COALESCE((`indicator` = 'BP002'), FALSE) THEN CAST(`achieved` AS DOUBLE) END) AS `a0:number`,
  SUM(CASE WHEN COALESCE((`indicator` = 'BP002'), FALSE) THEN CAST(`eligible` AS DOUBLE) END) AS `a1:number`,
  SUM(CASE WHEN COALESCE((`indicator` = 'BP002'), FALSE) THEN CAST(`pca` AS DOUBLE) END) AS `a2:number`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1;

-- metric pcn_core20_bp "Blood pressure recorded in Core20 neighbourhoods" (samples/gp-contract.hewitt:82)
-- Per icb: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`practice` AS STRING), '') AS `practice`,
    NULLIF(CAST(`practice_name` AS STRING), '') AS `practice_name`,
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    trim(COALESCE(CAST(`imd_quintile` AS STRING), '')) AS `imd_quintile`,
    NULLIF(CAST(`indicator` AS STRING), '') AS `indicator`,
    trim(COALESCE(CAST(`eligible` AS STRING), '')) AS `eligible`,
    trim(COALESCE(CAST(`pca` AS STRING), '')) AS `pca`,
    trim(COALESCE(CAST(`achieved` AS STRING), '')) AS `achieved`,
    trim(COALESCE(CAST(`list_size` AS STRING), '')) AS `list_size`
  FROM `qof`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `imd_quintile` = '' OR (`imd_quintile` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
    `eligible` = '' OR (`eligible` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
    `pca` = '' OR (`pca` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
    `achieved` = '' OR (`achieved` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
    `list_size` = '' OR (`list_size` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
  FROM cells
),
typed AS (
  SELECT
    `practice`,
    `practice_name`,
    `icb`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replace(`imd_quintile`, ',', '') AS DOUBLE) END AS `imd_quintile`,
    `indicator`,
    CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replace(`eligible`, ',', '') AS DOUBLE) END AS `eligible`,
    CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replace(`pca`, ',', '') AS DOUBLE) END AS `pca`,
    CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replace(`achieved`, ',', '') AS DOUBLE) END AS `achieved`,
    CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replace(`list_size`, ',', '') AS DOUBLE) END AS `list_size`,
    NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  `icb`,
  SUM(CASE WHEN COALESCE(((`indicator` = 'BP002') AND (`imd_quintile` = 1.0)), FALSE) THEN CAST(`achieved` AS DOUBLE) END) AS `a0:number`,
  SUM(CASE WHEN COALESCE(((`indicator` = 'BP002') AND (`imd_quintile` = 1.0)), FALSE) THEN CAST(`eligible` AS DOUBLE) END) AS `a1:number`,
  SUM(CASE WHEN COALESCE(((`indicator` = 'BP002') AND (`imd_quintile` = 1.0)), FALSE) THEN CAST(`pca` AS DOUBLE) END) AS `a2:number`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1;

-- metric local_diabetes_stretch "Diabetes control, local stretch" (samples/gp-contract.hewitt:96)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`practice` AS STRING), '') AS `practice`,
    NULLIF(CAST(`practice_name` AS STRING), '') AS `practice_name`,
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    trim(COALESCE(CAST(`imd_quintile` AS STRING), '')) AS `imd_quintile`,
    NULLIF(CAST(`indicator` AS STRING), '') AS `indicator`,
    trim(COALESCE(CAST(`eligible` AS STRING), '')) AS `eligible`,
    trim(COALESCE(CAST(`pca` AS STRING), '')) AS `pca`,
    trim(COALESCE(CAST(`achieved` AS STRING), '')) AS `achieved`,
    trim(COALESCE(CAST(`list_size` AS STRING), '')) AS `list_size`
  FROM `qof`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `imd_quintile` = '' OR (`imd_quintile` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
    `eligible` = '' OR (`eligible` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
    `pca` = '' OR (`pca` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
    `achieved` = '' OR (`achieved` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
    `list_size` = '' OR (`list_size` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
  FROM cells
),
typed AS (
  SELECT
    `practice`,
    `practice_name`,
    `icb`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replace(`imd_quintile`, ',', '') AS DOUBLE) END AS `imd_quintile`,
    `indicator`,
    CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replace(`eligible`, ',', '') AS DOUBLE) END AS `eligible`,
    CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replace(`pca`, ',', '') AS DOUBLE) END AS `pca`,
    CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replace(`achieved`, ',', '') AS DOUBLE) END AS `achieved`,
    CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replace(`list_size`, ',', '') AS DOUBLE) END AS `list_size`,
    NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  `practice`,
  SUM(CASE WHEN COALESCE(((`indicator` = 'DM020') AND (`list_size` >= 1000.0)), FALSE) THEN CAST(`achieved` AS DOUBLE) END) AS `a0:number`,
  SUM(CASE WHEN COALESCE(((`indicator` = 'DM020') AND (`list_size` >= 1000.0)), FALSE) THEN CAST(`eligible` AS DOUBLE) END) AS `a1:number`,
  SUM(CASE WHEN COALESCE(((`indicator` = 'DM020') AND (`list_size` >= 1000.0)), FALSE) THEN CAST(`pca` AS DOUBLE) END) AS `a2:number`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1;

-- metric local_diabetes_stretch, per stratum "Diabetes control, local stretch" (samples/gp-contract.hewitt:96)
-- Per stratum: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST(`practice` AS STRING), '') AS `practice`,
    NULLIF(CAST(`practice_name` AS STRING), '') AS `practice_name`,
    NULLIF(CAST(`icb` AS STRING), '') AS `icb`,
    trim(COALESCE(CAST(`year` AS STRING), '')) AS `year`,
    trim(COALESCE(CAST(`imd_quintile` AS STRING), '')) AS `imd_quintile`,
    NULLIF(CAST(`indicator` AS STRING), '') AS `indicator`,
    trim(COALESCE(CAST(`eligible` AS STRING), '')) AS `eligible`,
    trim(COALESCE(CAST(`pca` AS STRING), '')) AS `pca`,
    trim(COALESCE(CAST(`achieved` AS STRING), '')) AS `achieved`,
    trim(COALESCE(CAST(`list_size` AS STRING), '')) AS `list_size`
  FROM `qof`
),
checked AS (
  SELECT
    *,
    `year` = '' OR CASE WHEN (`year` RLIKE '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN length(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(`year`, 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(`year`, '(\\d{2}|\\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END AS `fits:year`,
    `imd_quintile` = '' OR (`imd_quintile` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
    `eligible` = '' OR (`eligible` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
    `pca` = '' OR (`pca` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
    `achieved` = '' OR (`achieved` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
    `list_size` = '' OR (`list_size` RLIKE '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
  FROM cells
),
typed AS (
  SELECT
    `practice`,
    `practice_name`,
    `icb`,
    CASE WHEN `year` <> '' AND `fits:year` THEN substr(`year`, 1, 4) || '/' || lpad(CAST(mod(CAST(substr(`year`, 1, 4) AS BIGINT) + 1, 100) AS STRING), 2, '0') END AS `year`,
    CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replace(`imd_quintile`, ',', '') AS DOUBLE) END AS `imd_quintile`,
    `indicator`,
    CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replace(`eligible`, ',', '') AS DOUBLE) END AS `eligible`,
    CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replace(`pca`, ',', '') AS DOUBLE) END AS `pca`,
    CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replace(`achieved`, ',', '') AS DOUBLE) END AS `achieved`,
    CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replace(`list_size`, ',', '') AS DOUBLE) END AS `list_size`,
    NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  `imd_quintile`,
  SUM(CASE WHEN COALESCE(((`indicator` = 'DM020') AND (`list_size` >= 1000.0)), FALSE) THEN CAST(`achieved` AS DOUBLE) END) AS `a0:number`,
  SUM(CASE WHEN COALESCE(((`indicator` = 'DM020') AND (`list_size` >= 1000.0)), FALSE) THEN CAST(`eligible` AS DOUBLE) END) AS `a1:number`,
  SUM(CASE WHEN COALESCE(((`indicator` = 'DM020') AND (`list_size` >= 1000.0)), FALSE) THEN CAST(`pca` AS DOUBLE) END) AS `a2:number`
FROM rows
WHERE NOT `hewitt:rejected`
GROUP BY 1;
