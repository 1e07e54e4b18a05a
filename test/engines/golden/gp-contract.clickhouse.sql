-- SQL of samples/gp-contract.hewitt for clickhouse, rendered by hewitt sql. Run each statement on its own.
-- Money is in whole pence; empty cells are NULL; a row with a cell that does not fit its column is left out.
-- ClickHouse 18.16 or later: conditions are 0/1; sums of Decimal are exact, ratios are Float64.

-- measure mean_list_size "Average practice list size" (samples/gp-contract.hewitt:110)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
SELECT
  `icb`,
  `year`,
  COUNT(CASE WHEN (ifNull((`indicator` = 'DM020'), 0) = 1) THEN `list_size` END) AS `a0:count`,
  SUM(CASE WHEN (ifNull((`indicator` = 'DM020'), 0) = 1) THEN CAST(`list_size` AS Nullable(Float64)) END) AS `a0:number`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `practice`,
      `practice_name`,
      `icb`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replaceAll(`imd_quintile`, ',', '') AS Nullable(Float64)) END AS `imd_quintile`,
      `indicator`,
      CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replaceAll(`eligible`, ',', '') AS Nullable(Float64)) END AS `eligible`,
      CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replaceAll(`pca`, ',', '') AS Nullable(Float64)) END AS `pca`,
      CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replaceAll(`achieved`, ',', '') AS Nullable(Float64)) END AS `achieved`,
      CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replaceAll(`list_size`, ',', '') AS Nullable(Float64)) END AS `list_size`,
      NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `imd_quintile` = '' OR match(`imd_quintile`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
        `eligible` = '' OR match(`eligible`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
        `pca` = '' OR match(`pca`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
        `achieved` = '' OR match(`achieved`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
        `list_size` = '' OR match(`list_size`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
      FROM (
        SELECT
          NULLIF(CAST(`practice` AS Nullable(String)), '') AS `practice`,
          NULLIF(CAST(`practice_name` AS Nullable(String)), '') AS `practice_name`,
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          replaceRegexpAll(COALESCE(CAST(`imd_quintile` AS Nullable(String)), ''), '^ +| +$', '') AS `imd_quintile`,
          NULLIF(CAST(`indicator` AS Nullable(String)), '') AS `indicator`,
          replaceRegexpAll(COALESCE(CAST(`eligible` AS Nullable(String)), ''), '^ +| +$', '') AS `eligible`,
          replaceRegexpAll(COALESCE(CAST(`pca` AS Nullable(String)), ''), '^ +| +$', '') AS `pca`,
          replaceRegexpAll(COALESCE(CAST(`achieved` AS Nullable(String)), ''), '^ +| +$', '') AS `achieved`,
          replaceRegexpAll(COALESCE(CAST(`list_size` AS Nullable(String)), ''), '^ +| +$', '') AS `list_size`
        FROM `qof`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `icb`, `year`;

-- metric dm020 "Diabetes: HbA1c 58 mmol/mol or less" (samples/gp-contract.hewitt:13)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
SELECT
  `practice`,
  SUM(CASE WHEN (ifNull((`indicator` = 'DM020'), 0) = 1) THEN CAST(`achieved` AS Nullable(Float64)) END) AS `a0:number`,
  SUM(CASE WHEN (ifNull((`indicator` = 'DM020'), 0) = 1) THEN CAST(`eligible` AS Nullable(Float64)) END) AS `a1:number`,
  SUM(CASE WHEN (ifNull((`indicator` = 'DM020'), 0) = 1) THEN CAST(`pca` AS Nullable(Float64)) END) AS `a2:number`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `practice`,
      `practice_name`,
      `icb`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replaceAll(`imd_quintile`, ',', '') AS Nullable(Float64)) END AS `imd_quintile`,
      `indicator`,
      CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replaceAll(`eligible`, ',', '') AS Nullable(Float64)) END AS `eligible`,
      CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replaceAll(`pca`, ',', '') AS Nullable(Float64)) END AS `pca`,
      CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replaceAll(`achieved`, ',', '') AS Nullable(Float64)) END AS `achieved`,
      CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replaceAll(`list_size`, ',', '') AS Nullable(Float64)) END AS `list_size`,
      NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `imd_quintile` = '' OR match(`imd_quintile`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
        `eligible` = '' OR match(`eligible`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
        `pca` = '' OR match(`pca`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
        `achieved` = '' OR match(`achieved`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
        `list_size` = '' OR match(`list_size`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
      FROM (
        SELECT
          NULLIF(CAST(`practice` AS Nullable(String)), '') AS `practice`,
          NULLIF(CAST(`practice_name` AS Nullable(String)), '') AS `practice_name`,
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          replaceRegexpAll(COALESCE(CAST(`imd_quintile` AS Nullable(String)), ''), '^ +| +$', '') AS `imd_quintile`,
          NULLIF(CAST(`indicator` AS Nullable(String)), '') AS `indicator`,
          replaceRegexpAll(COALESCE(CAST(`eligible` AS Nullable(String)), ''), '^ +| +$', '') AS `eligible`,
          replaceRegexpAll(COALESCE(CAST(`pca` AS Nullable(String)), ''), '^ +| +$', '') AS `pca`,
          replaceRegexpAll(COALESCE(CAST(`achieved` AS Nullable(String)), ''), '^ +| +$', '') AS `achieved`,
          replaceRegexpAll(COALESCE(CAST(`list_size` AS Nullable(String)), ''), '^ +| +$', '') AS `list_size`
        FROM `qof`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `practice`;

-- metric dm020, per stratum "Diabetes: HbA1c 58 mmol/mol or less" (samples/gp-contract.hewitt:13)
-- Per stratum: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
SELECT
  `imd_quintile`,
  SUM(CASE WHEN (ifNull((`indicator` = 'DM020'), 0) = 1) THEN CAST(`achieved` AS Nullable(Float64)) END) AS `a0:number`,
  SUM(CASE WHEN (ifNull((`indicator` = 'DM020'), 0) = 1) THEN CAST(`eligible` AS Nullable(Float64)) END) AS `a1:number`,
  SUM(CASE WHEN (ifNull((`indicator` = 'DM020'), 0) = 1) THEN CAST(`pca` AS Nullable(Float64)) END) AS `a2:number`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `practice`,
      `practice_name`,
      `icb`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replaceAll(`imd_quintile`, ',', '') AS Nullable(Float64)) END AS `imd_quintile`,
      `indicator`,
      CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replaceAll(`eligible`, ',', '') AS Nullable(Float64)) END AS `eligible`,
      CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replaceAll(`pca`, ',', '') AS Nullable(Float64)) END AS `pca`,
      CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replaceAll(`achieved`, ',', '') AS Nullable(Float64)) END AS `achieved`,
      CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replaceAll(`list_size`, ',', '') AS Nullable(Float64)) END AS `list_size`,
      NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `imd_quintile` = '' OR match(`imd_quintile`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
        `eligible` = '' OR match(`eligible`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
        `pca` = '' OR match(`pca`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
        `achieved` = '' OR match(`achieved`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
        `list_size` = '' OR match(`list_size`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
      FROM (
        SELECT
          NULLIF(CAST(`practice` AS Nullable(String)), '') AS `practice`,
          NULLIF(CAST(`practice_name` AS Nullable(String)), '') AS `practice_name`,
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          replaceRegexpAll(COALESCE(CAST(`imd_quintile` AS Nullable(String)), ''), '^ +| +$', '') AS `imd_quintile`,
          NULLIF(CAST(`indicator` AS Nullable(String)), '') AS `indicator`,
          replaceRegexpAll(COALESCE(CAST(`eligible` AS Nullable(String)), ''), '^ +| +$', '') AS `eligible`,
          replaceRegexpAll(COALESCE(CAST(`pca` AS Nullable(String)), ''), '^ +| +$', '') AS `pca`,
          replaceRegexpAll(COALESCE(CAST(`achieved` AS Nullable(String)), ''), '^ +| +$', '') AS `achieved`,
          replaceRegexpAll(COALESCE(CAST(`list_size` AS Nullable(String)), ''), '^ +| +$', '') AS `list_size`
        FROM `qof`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `imd_quintile`;

-- metric hyp008 "Hypertension: blood pressure 140/90 or less, aged 79 or under" (samples/gp-contract.hewitt:28)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
SELECT
  `practice`,
  SUM(CASE WHEN (ifNull((`indicator` = 'HYP008'), 0) = 1) THEN CAST(`achieved` AS Nullable(Float64)) END) AS `a0:number`,
  SUM(CASE WHEN (ifNull((`indicator` = 'HYP008'), 0) = 1) THEN CAST(`eligible` AS Nullable(Float64)) END) AS `a1:number`,
  SUM(CASE WHEN (ifNull((`indicator` = 'HYP008'), 0) = 1) THEN CAST(`pca` AS Nullable(Float64)) END) AS `a2:number`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `practice`,
      `practice_name`,
      `icb`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replaceAll(`imd_quintile`, ',', '') AS Nullable(Float64)) END AS `imd_quintile`,
      `indicator`,
      CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replaceAll(`eligible`, ',', '') AS Nullable(Float64)) END AS `eligible`,
      CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replaceAll(`pca`, ',', '') AS Nullable(Float64)) END AS `pca`,
      CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replaceAll(`achieved`, ',', '') AS Nullable(Float64)) END AS `achieved`,
      CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replaceAll(`list_size`, ',', '') AS Nullable(Float64)) END AS `list_size`,
      NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `imd_quintile` = '' OR match(`imd_quintile`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
        `eligible` = '' OR match(`eligible`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
        `pca` = '' OR match(`pca`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
        `achieved` = '' OR match(`achieved`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
        `list_size` = '' OR match(`list_size`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
      FROM (
        SELECT
          NULLIF(CAST(`practice` AS Nullable(String)), '') AS `practice`,
          NULLIF(CAST(`practice_name` AS Nullable(String)), '') AS `practice_name`,
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          replaceRegexpAll(COALESCE(CAST(`imd_quintile` AS Nullable(String)), ''), '^ +| +$', '') AS `imd_quintile`,
          NULLIF(CAST(`indicator` AS Nullable(String)), '') AS `indicator`,
          replaceRegexpAll(COALESCE(CAST(`eligible` AS Nullable(String)), ''), '^ +| +$', '') AS `eligible`,
          replaceRegexpAll(COALESCE(CAST(`pca` AS Nullable(String)), ''), '^ +| +$', '') AS `pca`,
          replaceRegexpAll(COALESCE(CAST(`achieved` AS Nullable(String)), ''), '^ +| +$', '') AS `achieved`,
          replaceRegexpAll(COALESCE(CAST(`list_size` AS Nullable(String)), ''), '^ +| +$', '') AS `list_size`
        FROM `qof`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `practice`;

-- metric hyp008, per stratum "Hypertension: blood pressure 140/90 or less, aged 79 or under" (samples/gp-contract.hewitt:28)
-- Per stratum: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
SELECT
  `imd_quintile`,
  SUM(CASE WHEN (ifNull((`indicator` = 'HYP008'), 0) = 1) THEN CAST(`achieved` AS Nullable(Float64)) END) AS `a0:number`,
  SUM(CASE WHEN (ifNull((`indicator` = 'HYP008'), 0) = 1) THEN CAST(`eligible` AS Nullable(Float64)) END) AS `a1:number`,
  SUM(CASE WHEN (ifNull((`indicator` = 'HYP008'), 0) = 1) THEN CAST(`pca` AS Nullable(Float64)) END) AS `a2:number`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `practice`,
      `practice_name`,
      `icb`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replaceAll(`imd_quintile`, ',', '') AS Nullable(Float64)) END AS `imd_quintile`,
      `indicator`,
      CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replaceAll(`eligible`, ',', '') AS Nullable(Float64)) END AS `eligible`,
      CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replaceAll(`pca`, ',', '') AS Nullable(Float64)) END AS `pca`,
      CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replaceAll(`achieved`, ',', '') AS Nullable(Float64)) END AS `achieved`,
      CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replaceAll(`list_size`, ',', '') AS Nullable(Float64)) END AS `list_size`,
      NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `imd_quintile` = '' OR match(`imd_quintile`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
        `eligible` = '' OR match(`eligible`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
        `pca` = '' OR match(`pca`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
        `achieved` = '' OR match(`achieved`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
        `list_size` = '' OR match(`list_size`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
      FROM (
        SELECT
          NULLIF(CAST(`practice` AS Nullable(String)), '') AS `practice`,
          NULLIF(CAST(`practice_name` AS Nullable(String)), '') AS `practice_name`,
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          replaceRegexpAll(COALESCE(CAST(`imd_quintile` AS Nullable(String)), ''), '^ +| +$', '') AS `imd_quintile`,
          NULLIF(CAST(`indicator` AS Nullable(String)), '') AS `indicator`,
          replaceRegexpAll(COALESCE(CAST(`eligible` AS Nullable(String)), ''), '^ +| +$', '') AS `eligible`,
          replaceRegexpAll(COALESCE(CAST(`pca` AS Nullable(String)), ''), '^ +| +$', '') AS `pca`,
          replaceRegexpAll(COALESCE(CAST(`achieved` AS Nullable(String)), ''), '^ +| +$', '') AS `achieved`,
          replaceRegexpAll(COALESCE(CAST(`list_size` AS Nullable(String)), ''), '^ +| +$', '') AS `list_size`
        FROM `qof`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `imd_quintile`;

-- metric smok004 "Smokers offered support and treatment" (samples/gp-contract.hewitt:42)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
SELECT
  `practice`,
  SUM(CASE WHEN (ifNull((`indicator` = 'SMOK004'), 0) = 1) THEN CAST(`achieved` AS Nullable(Float64)) END) AS `a0:number`,
  SUM(CASE WHEN (ifNull((`indicator` = 'SMOK004'), 0) = 1) THEN CAST(`eligible` AS Nullable(Float64)) END) AS `a1:number`,
  SUM(CASE WHEN (ifNull((`indicator` = 'SMOK004'), 0) = 1) THEN CAST(`pca` AS Nullable(Float64)) END) AS `a2:number`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `practice`,
      `practice_name`,
      `icb`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replaceAll(`imd_quintile`, ',', '') AS Nullable(Float64)) END AS `imd_quintile`,
      `indicator`,
      CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replaceAll(`eligible`, ',', '') AS Nullable(Float64)) END AS `eligible`,
      CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replaceAll(`pca`, ',', '') AS Nullable(Float64)) END AS `pca`,
      CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replaceAll(`achieved`, ',', '') AS Nullable(Float64)) END AS `achieved`,
      CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replaceAll(`list_size`, ',', '') AS Nullable(Float64)) END AS `list_size`,
      NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `imd_quintile` = '' OR match(`imd_quintile`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
        `eligible` = '' OR match(`eligible`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
        `pca` = '' OR match(`pca`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
        `achieved` = '' OR match(`achieved`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
        `list_size` = '' OR match(`list_size`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
      FROM (
        SELECT
          NULLIF(CAST(`practice` AS Nullable(String)), '') AS `practice`,
          NULLIF(CAST(`practice_name` AS Nullable(String)), '') AS `practice_name`,
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          replaceRegexpAll(COALESCE(CAST(`imd_quintile` AS Nullable(String)), ''), '^ +| +$', '') AS `imd_quintile`,
          NULLIF(CAST(`indicator` AS Nullable(String)), '') AS `indicator`,
          replaceRegexpAll(COALESCE(CAST(`eligible` AS Nullable(String)), ''), '^ +| +$', '') AS `eligible`,
          replaceRegexpAll(COALESCE(CAST(`pca` AS Nullable(String)), ''), '^ +| +$', '') AS `pca`,
          replaceRegexpAll(COALESCE(CAST(`achieved` AS Nullable(String)), ''), '^ +| +$', '') AS `achieved`,
          replaceRegexpAll(COALESCE(CAST(`list_size` AS Nullable(String)), ''), '^ +| +$', '') AS `list_size`
        FROM `qof`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `practice`;

-- metric cs005 "Cervical screening, aged 25 to 49" (samples/gp-contract.hewitt:55)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
SELECT
  `practice`,
  SUM(CASE WHEN (ifNull((`indicator` = 'CS005'), 0) = 1) THEN CAST(`achieved` AS Nullable(Float64)) END) AS `a0:number`,
  SUM(CASE WHEN (ifNull((`indicator` = 'CS005'), 0) = 1) THEN CAST(`eligible` AS Nullable(Float64)) END) AS `a1:number`,
  SUM(CASE WHEN (ifNull((`indicator` = 'CS005'), 0) = 1) THEN CAST(`pca` AS Nullable(Float64)) END) AS `a2:number`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `practice`,
      `practice_name`,
      `icb`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replaceAll(`imd_quintile`, ',', '') AS Nullable(Float64)) END AS `imd_quintile`,
      `indicator`,
      CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replaceAll(`eligible`, ',', '') AS Nullable(Float64)) END AS `eligible`,
      CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replaceAll(`pca`, ',', '') AS Nullable(Float64)) END AS `pca`,
      CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replaceAll(`achieved`, ',', '') AS Nullable(Float64)) END AS `achieved`,
      CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replaceAll(`list_size`, ',', '') AS Nullable(Float64)) END AS `list_size`,
      NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `imd_quintile` = '' OR match(`imd_quintile`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
        `eligible` = '' OR match(`eligible`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
        `pca` = '' OR match(`pca`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
        `achieved` = '' OR match(`achieved`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
        `list_size` = '' OR match(`list_size`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
      FROM (
        SELECT
          NULLIF(CAST(`practice` AS Nullable(String)), '') AS `practice`,
          NULLIF(CAST(`practice_name` AS Nullable(String)), '') AS `practice_name`,
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          replaceRegexpAll(COALESCE(CAST(`imd_quintile` AS Nullable(String)), ''), '^ +| +$', '') AS `imd_quintile`,
          NULLIF(CAST(`indicator` AS Nullable(String)), '') AS `indicator`,
          replaceRegexpAll(COALESCE(CAST(`eligible` AS Nullable(String)), ''), '^ +| +$', '') AS `eligible`,
          replaceRegexpAll(COALESCE(CAST(`pca` AS Nullable(String)), ''), '^ +| +$', '') AS `pca`,
          replaceRegexpAll(COALESCE(CAST(`achieved` AS Nullable(String)), ''), '^ +| +$', '') AS `achieved`,
          replaceRegexpAll(COALESCE(CAST(`list_size` AS Nullable(String)), ''), '^ +| +$', '') AS `list_size`
        FROM `qof`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `practice`;

-- metric bp002 "Blood pressure recorded, aged 45 or over" (samples/gp-contract.hewitt:68)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
SELECT
  `practice`,
  SUM(CASE WHEN (ifNull((`indicator` = 'BP002'), 0) = 1) THEN CAST(`achieved` AS Nullable(Float64)) END) AS `a0:number`,
  SUM(CASE WHEN (ifNull((`indicator` = 'BP002'), 0) = 1) THEN CAST(`eligible` AS Nullable(Float64)) END) AS `a1:number`,
  SUM(CASE WHEN (ifNull((`indicator` = 'BP002'), 0) = 1) THEN CAST(`pca` AS Nullable(Float64)) END) AS `a2:number`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `practice`,
      `practice_name`,
      `icb`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replaceAll(`imd_quintile`, ',', '') AS Nullable(Float64)) END AS `imd_quintile`,
      `indicator`,
      CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replaceAll(`eligible`, ',', '') AS Nullable(Float64)) END AS `eligible`,
      CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replaceAll(`pca`, ',', '') AS Nullable(Float64)) END AS `pca`,
      CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replaceAll(`achieved`, ',', '') AS Nullable(Float64)) END AS `achieved`,
      CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replaceAll(`list_size`, ',', '') AS Nullable(Float64)) END AS `list_size`,
      NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `imd_quintile` = '' OR match(`imd_quintile`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
        `eligible` = '' OR match(`eligible`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
        `pca` = '' OR match(`pca`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
        `achieved` = '' OR match(`achieved`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
        `list_size` = '' OR match(`list_size`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
      FROM (
        SELECT
          NULLIF(CAST(`practice` AS Nullable(String)), '') AS `practice`,
          NULLIF(CAST(`practice_name` AS Nullable(String)), '') AS `practice_name`,
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          replaceRegexpAll(COALESCE(CAST(`imd_quintile` AS Nullable(String)), ''), '^ +| +$', '') AS `imd_quintile`,
          NULLIF(CAST(`indicator` AS Nullable(String)), '') AS `indicator`,
          replaceRegexpAll(COALESCE(CAST(`eligible` AS Nullable(String)), ''), '^ +| +$', '') AS `eligible`,
          replaceRegexpAll(COALESCE(CAST(`pca` AS Nullable(String)), ''), '^ +| +$', '') AS `pca`,
          replaceRegexpAll(COALESCE(CAST(`achieved` AS Nullable(String)), ''), '^ +| +$', '') AS `achieved`,
          replaceRegexpAll(COALESCE(CAST(`list_size` AS Nullable(String)), ''), '^ +| +$', '') AS `list_size`
        FROM `qof`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `practice`;

-- metric pcn_core20_bp "Blood pressure recorded in Core20 neighbourhoods" (samples/gp-contract.hewitt:82)
-- Per icb: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
SELECT
  `icb`,
  SUM(CASE WHEN (ifNull(((`indicator` = 'BP002') AND (`imd_quintile` = 1.0)), 0) = 1) THEN CAST(`achieved` AS Nullable(Float64)) END) AS `a0:number`,
  SUM(CASE WHEN (ifNull(((`indicator` = 'BP002') AND (`imd_quintile` = 1.0)), 0) = 1) THEN CAST(`eligible` AS Nullable(Float64)) END) AS `a1:number`,
  SUM(CASE WHEN (ifNull(((`indicator` = 'BP002') AND (`imd_quintile` = 1.0)), 0) = 1) THEN CAST(`pca` AS Nullable(Float64)) END) AS `a2:number`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `practice`,
      `practice_name`,
      `icb`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replaceAll(`imd_quintile`, ',', '') AS Nullable(Float64)) END AS `imd_quintile`,
      `indicator`,
      CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replaceAll(`eligible`, ',', '') AS Nullable(Float64)) END AS `eligible`,
      CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replaceAll(`pca`, ',', '') AS Nullable(Float64)) END AS `pca`,
      CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replaceAll(`achieved`, ',', '') AS Nullable(Float64)) END AS `achieved`,
      CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replaceAll(`list_size`, ',', '') AS Nullable(Float64)) END AS `list_size`,
      NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `imd_quintile` = '' OR match(`imd_quintile`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
        `eligible` = '' OR match(`eligible`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
        `pca` = '' OR match(`pca`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
        `achieved` = '' OR match(`achieved`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
        `list_size` = '' OR match(`list_size`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
      FROM (
        SELECT
          NULLIF(CAST(`practice` AS Nullable(String)), '') AS `practice`,
          NULLIF(CAST(`practice_name` AS Nullable(String)), '') AS `practice_name`,
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          replaceRegexpAll(COALESCE(CAST(`imd_quintile` AS Nullable(String)), ''), '^ +| +$', '') AS `imd_quintile`,
          NULLIF(CAST(`indicator` AS Nullable(String)), '') AS `indicator`,
          replaceRegexpAll(COALESCE(CAST(`eligible` AS Nullable(String)), ''), '^ +| +$', '') AS `eligible`,
          replaceRegexpAll(COALESCE(CAST(`pca` AS Nullable(String)), ''), '^ +| +$', '') AS `pca`,
          replaceRegexpAll(COALESCE(CAST(`achieved` AS Nullable(String)), ''), '^ +| +$', '') AS `achieved`,
          replaceRegexpAll(COALESCE(CAST(`list_size` AS Nullable(String)), ''), '^ +| +$', '') AS `list_size`
        FROM `qof`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `icb`;

-- metric local_diabetes_stretch "Diabetes control, local stretch" (samples/gp-contract.hewitt:96)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
SELECT
  `practice`,
  SUM(CASE WHEN (ifNull(((`indicator` = 'DM020') AND (`list_size` >= 1000.0)), 0) = 1) THEN CAST(`achieved` AS Nullable(Float64)) END) AS `a0:number`,
  SUM(CASE WHEN (ifNull(((`indicator` = 'DM020') AND (`list_size` >= 1000.0)), 0) = 1) THEN CAST(`eligible` AS Nullable(Float64)) END) AS `a1:number`,
  SUM(CASE WHEN (ifNull(((`indicator` = 'DM020') AND (`list_size` >= 1000.0)), 0) = 1) THEN CAST(`pca` AS Nullable(Float64)) END) AS `a2:number`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `practice`,
      `practice_name`,
      `icb`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replaceAll(`imd_quintile`, ',', '') AS Nullable(Float64)) END AS `imd_quintile`,
      `indicator`,
      CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replaceAll(`eligible`, ',', '') AS Nullable(Float64)) END AS `eligible`,
      CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replaceAll(`pca`, ',', '') AS Nullable(Float64)) END AS `pca`,
      CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replaceAll(`achieved`, ',', '') AS Nullable(Float64)) END AS `achieved`,
      CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replaceAll(`list_size`, ',', '') AS Nullable(Float64)) END AS `list_size`,
      NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `imd_quintile` = '' OR match(`imd_quintile`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
        `eligible` = '' OR match(`eligible`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
        `pca` = '' OR match(`pca`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
        `achieved` = '' OR match(`achieved`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
        `list_size` = '' OR match(`list_size`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
      FROM (
        SELECT
          NULLIF(CAST(`practice` AS Nullable(String)), '') AS `practice`,
          NULLIF(CAST(`practice_name` AS Nullable(String)), '') AS `practice_name`,
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          replaceRegexpAll(COALESCE(CAST(`imd_quintile` AS Nullable(String)), ''), '^ +| +$', '') AS `imd_quintile`,
          NULLIF(CAST(`indicator` AS Nullable(String)), '') AS `indicator`,
          replaceRegexpAll(COALESCE(CAST(`eligible` AS Nullable(String)), ''), '^ +| +$', '') AS `eligible`,
          replaceRegexpAll(COALESCE(CAST(`pca` AS Nullable(String)), ''), '^ +| +$', '') AS `pca`,
          replaceRegexpAll(COALESCE(CAST(`achieved` AS Nullable(String)), ''), '^ +| +$', '') AS `achieved`,
          replaceRegexpAll(COALESCE(CAST(`list_size` AS Nullable(String)), ''), '^ +| +$', '') AS `list_size`
        FROM `qof`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `practice`;

-- metric local_diabetes_stretch, per stratum "Diabetes control, local stretch" (samples/gp-contract.hewitt:96)
-- Per stratum: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
SELECT
  `imd_quintile`,
  SUM(CASE WHEN (ifNull(((`indicator` = 'DM020') AND (`list_size` >= 1000.0)), 0) = 1) THEN CAST(`achieved` AS Nullable(Float64)) END) AS `a0:number`,
  SUM(CASE WHEN (ifNull(((`indicator` = 'DM020') AND (`list_size` >= 1000.0)), 0) = 1) THEN CAST(`eligible` AS Nullable(Float64)) END) AS `a1:number`,
  SUM(CASE WHEN (ifNull(((`indicator` = 'DM020') AND (`list_size` >= 1000.0)), 0) = 1) THEN CAST(`pca` AS Nullable(Float64)) END) AS `a2:number`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `practice`,
      `practice_name`,
      `icb`,
      CASE WHEN `year` <> '' AND `fits:year` THEN concat(substringUTF8(`year`, 1, 4), '/', substring(concat('0', '0', CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))), lengthUTF8(CAST(modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) AS Nullable(String))) + 1, 2)) END AS `year`,
      CASE WHEN `imd_quintile` <> '' AND `fits:imd_quintile` THEN CAST(replaceAll(`imd_quintile`, ',', '') AS Nullable(Float64)) END AS `imd_quintile`,
      `indicator`,
      CASE WHEN `eligible` <> '' AND `fits:eligible` THEN CAST(replaceAll(`eligible`, ',', '') AS Nullable(Float64)) END AS `eligible`,
      CASE WHEN `pca` <> '' AND `fits:pca` THEN CAST(replaceAll(`pca`, ',', '') AS Nullable(Float64)) END AS `pca`,
      CASE WHEN `achieved` <> '' AND `fits:achieved` THEN CAST(replaceAll(`achieved`, ',', '') AS Nullable(Float64)) END AS `achieved`,
      CASE WHEN `list_size` <> '' AND `fits:list_size` THEN CAST(replaceAll(`list_size`, ',', '') AS Nullable(Float64)) END AS `list_size`,
      NOT (`fits:year` AND `fits:imd_quintile` AND `fits:eligible` AND `fits:pca` AND `fits:achieved` AND `fits:list_size`) AS `hewitt:rejected`
    FROM (
      SELECT
        *,
        `year` = '' OR CASE WHEN match(`year`, '^(?:\\d{4}\\s*[/-]\\s*(\\d{2}|\\d{4}))$') THEN CASE WHEN lengthUTF8(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '')) = 2 THEN modulo(CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1, 100) = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) ELSE CAST(substringUTF8(`year`, 1, 4) AS Nullable(Int64)) + 1 = CAST(nullIf(extract(`year`, '(\\d{2}|\\d{4})$'), '') AS Nullable(Int64)) END ELSE 0 END AS `fits:year`,
        `imd_quintile` = '' OR match(`imd_quintile`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:imd_quintile`,
        `eligible` = '' OR match(`eligible`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:eligible`,
        `pca` = '' OR match(`pca`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:pca`,
        `achieved` = '' OR match(`achieved`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:achieved`,
        `list_size` = '' OR match(`list_size`, '^(?:[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?)$') AS `fits:list_size`
      FROM (
        SELECT
          NULLIF(CAST(`practice` AS Nullable(String)), '') AS `practice`,
          NULLIF(CAST(`practice_name` AS Nullable(String)), '') AS `practice_name`,
          NULLIF(CAST(`icb` AS Nullable(String)), '') AS `icb`,
          replaceRegexpAll(COALESCE(CAST(`year` AS Nullable(String)), ''), '^ +| +$', '') AS `year`,
          replaceRegexpAll(COALESCE(CAST(`imd_quintile` AS Nullable(String)), ''), '^ +| +$', '') AS `imd_quintile`,
          NULLIF(CAST(`indicator` AS Nullable(String)), '') AS `indicator`,
          replaceRegexpAll(COALESCE(CAST(`eligible` AS Nullable(String)), ''), '^ +| +$', '') AS `eligible`,
          replaceRegexpAll(COALESCE(CAST(`pca` AS Nullable(String)), ''), '^ +| +$', '') AS `pca`,
          replaceRegexpAll(COALESCE(CAST(`achieved` AS Nullable(String)), ''), '^ +| +$', '') AS `achieved`,
          replaceRegexpAll(COALESCE(CAST(`list_size` AS Nullable(String)), ''), '^ +| +$', '') AS `list_size`
        FROM `qof`
      )
    )
  )
)
WHERE NOT `hewitt:rejected`
GROUP BY `imd_quintile`;
