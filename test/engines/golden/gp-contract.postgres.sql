-- SQL of samples/gp-contract.hewitt for postgres, rendered by hewitt sql. Run each statement on its own.
-- Money is in whole pence; empty cells are NULL; a row with a cell that does not fit its column is left out.

-- measure mean_list_size "Average practice list size" (samples/gp-contract.hewitt:110)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS TEXT), '') AS "practice",
    NULLIF(CAST("practice_name" AS TEXT), '') AS "practice_name",
    NULLIF(CAST("icb" AS TEXT), '') AS "icb",
    trim(COALESCE(CAST("year" AS TEXT), '')) AS "year",
    trim(COALESCE(CAST("imd_quintile" AS TEXT), '')) AS "imd_quintile",
    NULLIF(CAST("indicator" AS TEXT), '') AS "indicator",
    trim(COALESCE(CAST("eligible" AS TEXT), '')) AS "eligible",
    trim(COALESCE(CAST("pca" AS TEXT), '')) AS "pca",
    trim(COALESCE(CAST("achieved" AS TEXT), '')) AS "achieved",
    trim(COALESCE(CAST("list_size" AS TEXT), '')) AS "list_size"
  FROM "qof"
),
"checked" AS (
  SELECT
    *,
    "year" = '' OR CASE WHEN ("year" ~ '^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN length((regexp_match("year", '(\d{2}|\d{4})$'))[1]) = 2 THEN mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) ELSE CAST(substr("year", 1, 4) AS BIGINT) + 1 = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) END ELSE FALSE END AS "fits:year",
    "imd_quintile" = '' OR ("imd_quintile" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:imd_quintile",
    "eligible" = '' OR ("eligible" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:eligible",
    "pca" = '' OR ("pca" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:pca",
    "achieved" = '' OR ("achieved" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:achieved",
    "list_size" = '' OR ("list_size" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "year" <> '' AND "fits:year" THEN substr("year", 1, 4) || '/' || lpad(CAST(mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) AS TEXT), 2, '0') END AS "year",
    CASE WHEN "imd_quintile" <> '' AND "fits:imd_quintile" THEN CAST(replace("imd_quintile", ',', '') AS DOUBLE PRECISION) END AS "imd_quintile",
    "indicator",
    CASE WHEN "eligible" <> '' AND "fits:eligible" THEN CAST(replace("eligible", ',', '') AS DOUBLE PRECISION) END AS "eligible",
    CASE WHEN "pca" <> '' AND "fits:pca" THEN CAST(replace("pca", ',', '') AS DOUBLE PRECISION) END AS "pca",
    CASE WHEN "achieved" <> '' AND "fits:achieved" THEN CAST(replace("achieved", ',', '') AS DOUBLE PRECISION) END AS "achieved",
    CASE WHEN "list_size" <> '' AND "fits:list_size" THEN CAST(replace("list_size", ',', '') AS DOUBLE PRECISION) END AS "list_size",
    NOT ("fits:year" AND "fits:imd_quintile" AND "fits:eligible" AND "fits:pca" AND "fits:achieved" AND "fits:list_size") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *
  FROM "typed"
)
SELECT
  "icb",
  "year",
  COUNT(CASE WHEN (("indicator" = 'DM020')) IS TRUE THEN "list_size" END) AS "a0:count",
  SUM(CASE WHEN (("indicator" = 'DM020')) IS TRUE THEN CAST("list_size" AS DOUBLE PRECISION) END) AS "a0:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1, 2;

-- metric dm020 "Diabetes: HbA1c 58 mmol/mol or less" (samples/gp-contract.hewitt:13)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS TEXT), '') AS "practice",
    NULLIF(CAST("practice_name" AS TEXT), '') AS "practice_name",
    NULLIF(CAST("icb" AS TEXT), '') AS "icb",
    trim(COALESCE(CAST("year" AS TEXT), '')) AS "year",
    trim(COALESCE(CAST("imd_quintile" AS TEXT), '')) AS "imd_quintile",
    NULLIF(CAST("indicator" AS TEXT), '') AS "indicator",
    trim(COALESCE(CAST("eligible" AS TEXT), '')) AS "eligible",
    trim(COALESCE(CAST("pca" AS TEXT), '')) AS "pca",
    trim(COALESCE(CAST("achieved" AS TEXT), '')) AS "achieved",
    trim(COALESCE(CAST("list_size" AS TEXT), '')) AS "list_size"
  FROM "qof"
),
"checked" AS (
  SELECT
    *,
    "year" = '' OR CASE WHEN ("year" ~ '^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN length((regexp_match("year", '(\d{2}|\d{4})$'))[1]) = 2 THEN mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) ELSE CAST(substr("year", 1, 4) AS BIGINT) + 1 = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) END ELSE FALSE END AS "fits:year",
    "imd_quintile" = '' OR ("imd_quintile" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:imd_quintile",
    "eligible" = '' OR ("eligible" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:eligible",
    "pca" = '' OR ("pca" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:pca",
    "achieved" = '' OR ("achieved" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:achieved",
    "list_size" = '' OR ("list_size" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "year" <> '' AND "fits:year" THEN substr("year", 1, 4) || '/' || lpad(CAST(mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) AS TEXT), 2, '0') END AS "year",
    CASE WHEN "imd_quintile" <> '' AND "fits:imd_quintile" THEN CAST(replace("imd_quintile", ',', '') AS DOUBLE PRECISION) END AS "imd_quintile",
    "indicator",
    CASE WHEN "eligible" <> '' AND "fits:eligible" THEN CAST(replace("eligible", ',', '') AS DOUBLE PRECISION) END AS "eligible",
    CASE WHEN "pca" <> '' AND "fits:pca" THEN CAST(replace("pca", ',', '') AS DOUBLE PRECISION) END AS "pca",
    CASE WHEN "achieved" <> '' AND "fits:achieved" THEN CAST(replace("achieved", ',', '') AS DOUBLE PRECISION) END AS "achieved",
    CASE WHEN "list_size" <> '' AND "fits:list_size" THEN CAST(replace("list_size", ',', '') AS DOUBLE PRECISION) END AS "list_size",
    NOT ("fits:year" AND "fits:imd_quintile" AND "fits:eligible" AND "fits:pca" AND "fits:achieved" AND "fits:list_size") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *
  FROM "typed"
)
SELECT
  "practice",
  SUM(CASE WHEN (("indicator" = 'DM020')) IS TRUE THEN CAST("achieved" AS DOUBLE PRECISION) END) AS "a0:number",
  SUM(CASE WHEN (("indicator" = 'DM020')) IS TRUE THEN CAST("eligible" AS DOUBLE PRECISION) END) AS "a1:number",
  SUM(CASE WHEN (("indicator" = 'DM020')) IS TRUE THEN CAST("pca" AS DOUBLE PRECISION) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric dm020, per stratum "Diabetes: HbA1c 58 mmol/mol or less" (samples/gp-contract.hewitt:13)
-- Per stratum: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS TEXT), '') AS "practice",
    NULLIF(CAST("practice_name" AS TEXT), '') AS "practice_name",
    NULLIF(CAST("icb" AS TEXT), '') AS "icb",
    trim(COALESCE(CAST("year" AS TEXT), '')) AS "year",
    trim(COALESCE(CAST("imd_quintile" AS TEXT), '')) AS "imd_quintile",
    NULLIF(CAST("indicator" AS TEXT), '') AS "indicator",
    trim(COALESCE(CAST("eligible" AS TEXT), '')) AS "eligible",
    trim(COALESCE(CAST("pca" AS TEXT), '')) AS "pca",
    trim(COALESCE(CAST("achieved" AS TEXT), '')) AS "achieved",
    trim(COALESCE(CAST("list_size" AS TEXT), '')) AS "list_size"
  FROM "qof"
),
"checked" AS (
  SELECT
    *,
    "year" = '' OR CASE WHEN ("year" ~ '^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN length((regexp_match("year", '(\d{2}|\d{4})$'))[1]) = 2 THEN mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) ELSE CAST(substr("year", 1, 4) AS BIGINT) + 1 = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) END ELSE FALSE END AS "fits:year",
    "imd_quintile" = '' OR ("imd_quintile" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:imd_quintile",
    "eligible" = '' OR ("eligible" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:eligible",
    "pca" = '' OR ("pca" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:pca",
    "achieved" = '' OR ("achieved" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:achieved",
    "list_size" = '' OR ("list_size" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "year" <> '' AND "fits:year" THEN substr("year", 1, 4) || '/' || lpad(CAST(mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) AS TEXT), 2, '0') END AS "year",
    CASE WHEN "imd_quintile" <> '' AND "fits:imd_quintile" THEN CAST(replace("imd_quintile", ',', '') AS DOUBLE PRECISION) END AS "imd_quintile",
    "indicator",
    CASE WHEN "eligible" <> '' AND "fits:eligible" THEN CAST(replace("eligible", ',', '') AS DOUBLE PRECISION) END AS "eligible",
    CASE WHEN "pca" <> '' AND "fits:pca" THEN CAST(replace("pca", ',', '') AS DOUBLE PRECISION) END AS "pca",
    CASE WHEN "achieved" <> '' AND "fits:achieved" THEN CAST(replace("achieved", ',', '') AS DOUBLE PRECISION) END AS "achieved",
    CASE WHEN "list_size" <> '' AND "fits:list_size" THEN CAST(replace("list_size", ',', '') AS DOUBLE PRECISION) END AS "list_size",
    NOT ("fits:year" AND "fits:imd_quintile" AND "fits:eligible" AND "fits:pca" AND "fits:achieved" AND "fits:list_size") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *
  FROM "typed"
)
SELECT
  "imd_quintile",
  SUM(CASE WHEN (("indicator" = 'DM020')) IS TRUE THEN CAST("achieved" AS DOUBLE PRECISION) END) AS "a0:number",
  SUM(CASE WHEN (("indicator" = 'DM020')) IS TRUE THEN CAST("eligible" AS DOUBLE PRECISION) END) AS "a1:number",
  SUM(CASE WHEN (("indicator" = 'DM020')) IS TRUE THEN CAST("pca" AS DOUBLE PRECISION) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric hyp008 "Hypertension: blood pressure 140/90 or less, aged 79 or under" (samples/gp-contract.hewitt:28)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS TEXT), '') AS "practice",
    NULLIF(CAST("practice_name" AS TEXT), '') AS "practice_name",
    NULLIF(CAST("icb" AS TEXT), '') AS "icb",
    trim(COALESCE(CAST("year" AS TEXT), '')) AS "year",
    trim(COALESCE(CAST("imd_quintile" AS TEXT), '')) AS "imd_quintile",
    NULLIF(CAST("indicator" AS TEXT), '') AS "indicator",
    trim(COALESCE(CAST("eligible" AS TEXT), '')) AS "eligible",
    trim(COALESCE(CAST("pca" AS TEXT), '')) AS "pca",
    trim(COALESCE(CAST("achieved" AS TEXT), '')) AS "achieved",
    trim(COALESCE(CAST("list_size" AS TEXT), '')) AS "list_size"
  FROM "qof"
),
"checked" AS (
  SELECT
    *,
    "year" = '' OR CASE WHEN ("year" ~ '^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN length((regexp_match("year", '(\d{2}|\d{4})$'))[1]) = 2 THEN mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) ELSE CAST(substr("year", 1, 4) AS BIGINT) + 1 = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) END ELSE FALSE END AS "fits:year",
    "imd_quintile" = '' OR ("imd_quintile" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:imd_quintile",
    "eligible" = '' OR ("eligible" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:eligible",
    "pca" = '' OR ("pca" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:pca",
    "achieved" = '' OR ("achieved" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:achieved",
    "list_size" = '' OR ("list_size" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "year" <> '' AND "fits:year" THEN substr("year", 1, 4) || '/' || lpad(CAST(mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) AS TEXT), 2, '0') END AS "year",
    CASE WHEN "imd_quintile" <> '' AND "fits:imd_quintile" THEN CAST(replace("imd_quintile", ',', '') AS DOUBLE PRECISION) END AS "imd_quintile",
    "indicator",
    CASE WHEN "eligible" <> '' AND "fits:eligible" THEN CAST(replace("eligible", ',', '') AS DOUBLE PRECISION) END AS "eligible",
    CASE WHEN "pca" <> '' AND "fits:pca" THEN CAST(replace("pca", ',', '') AS DOUBLE PRECISION) END AS "pca",
    CASE WHEN "achieved" <> '' AND "fits:achieved" THEN CAST(replace("achieved", ',', '') AS DOUBLE PRECISION) END AS "achieved",
    CASE WHEN "list_size" <> '' AND "fits:list_size" THEN CAST(replace("list_size", ',', '') AS DOUBLE PRECISION) END AS "list_size",
    NOT ("fits:year" AND "fits:imd_quintile" AND "fits:eligible" AND "fits:pca" AND "fits:achieved" AND "fits:list_size") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *
  FROM "typed"
)
SELECT
  "practice",
  SUM(CASE WHEN (("indicator" = 'HYP008')) IS TRUE THEN CAST("achieved" AS DOUBLE PRECISION) END) AS "a0:number",
  SUM(CASE WHEN (("indicator" = 'HYP008')) IS TRUE THEN CAST("eligible" AS DOUBLE PRECISION) END) AS "a1:number",
  SUM(CASE WHEN (("indicator" = 'HYP008')) IS TRUE THEN CAST("pca" AS DOUBLE PRECISION) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric hyp008, per stratum "Hypertension: blood pressure 140/90 or less, aged 79 or under" (samples/gp-contract.hewitt:28)
-- Per stratum: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS TEXT), '') AS "practice",
    NULLIF(CAST("practice_name" AS TEXT), '') AS "practice_name",
    NULLIF(CAST("icb" AS TEXT), '') AS "icb",
    trim(COALESCE(CAST("year" AS TEXT), '')) AS "year",
    trim(COALESCE(CAST("imd_quintile" AS TEXT), '')) AS "imd_quintile",
    NULLIF(CAST("indicator" AS TEXT), '') AS "indicator",
    trim(COALESCE(CAST("eligible" AS TEXT), '')) AS "eligible",
    trim(COALESCE(CAST("pca" AS TEXT), '')) AS "pca",
    trim(COALESCE(CAST("achieved" AS TEXT), '')) AS "achieved",
    trim(COALESCE(CAST("list_size" AS TEXT), '')) AS "list_size"
  FROM "qof"
),
"checked" AS (
  SELECT
    *,
    "year" = '' OR CASE WHEN ("year" ~ '^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN length((regexp_match("year", '(\d{2}|\d{4})$'))[1]) = 2 THEN mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) ELSE CAST(substr("year", 1, 4) AS BIGINT) + 1 = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) END ELSE FALSE END AS "fits:year",
    "imd_quintile" = '' OR ("imd_quintile" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:imd_quintile",
    "eligible" = '' OR ("eligible" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:eligible",
    "pca" = '' OR ("pca" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:pca",
    "achieved" = '' OR ("achieved" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:achieved",
    "list_size" = '' OR ("list_size" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "year" <> '' AND "fits:year" THEN substr("year", 1, 4) || '/' || lpad(CAST(mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) AS TEXT), 2, '0') END AS "year",
    CASE WHEN "imd_quintile" <> '' AND "fits:imd_quintile" THEN CAST(replace("imd_quintile", ',', '') AS DOUBLE PRECISION) END AS "imd_quintile",
    "indicator",
    CASE WHEN "eligible" <> '' AND "fits:eligible" THEN CAST(replace("eligible", ',', '') AS DOUBLE PRECISION) END AS "eligible",
    CASE WHEN "pca" <> '' AND "fits:pca" THEN CAST(replace("pca", ',', '') AS DOUBLE PRECISION) END AS "pca",
    CASE WHEN "achieved" <> '' AND "fits:achieved" THEN CAST(replace("achieved", ',', '') AS DOUBLE PRECISION) END AS "achieved",
    CASE WHEN "list_size" <> '' AND "fits:list_size" THEN CAST(replace("list_size", ',', '') AS DOUBLE PRECISION) END AS "list_size",
    NOT ("fits:year" AND "fits:imd_quintile" AND "fits:eligible" AND "fits:pca" AND "fits:achieved" AND "fits:list_size") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *
  FROM "typed"
)
SELECT
  "imd_quintile",
  SUM(CASE WHEN (("indicator" = 'HYP008')) IS TRUE THEN CAST("achieved" AS DOUBLE PRECISION) END) AS "a0:number",
  SUM(CASE WHEN (("indicator" = 'HYP008')) IS TRUE THEN CAST("eligible" AS DOUBLE PRECISION) END) AS "a1:number",
  SUM(CASE WHEN (("indicator" = 'HYP008')) IS TRUE THEN CAST("pca" AS DOUBLE PRECISION) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric smok004 "Smokers offered support and treatment" (samples/gp-contract.hewitt:42)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS TEXT), '') AS "practice",
    NULLIF(CAST("practice_name" AS TEXT), '') AS "practice_name",
    NULLIF(CAST("icb" AS TEXT), '') AS "icb",
    trim(COALESCE(CAST("year" AS TEXT), '')) AS "year",
    trim(COALESCE(CAST("imd_quintile" AS TEXT), '')) AS "imd_quintile",
    NULLIF(CAST("indicator" AS TEXT), '') AS "indicator",
    trim(COALESCE(CAST("eligible" AS TEXT), '')) AS "eligible",
    trim(COALESCE(CAST("pca" AS TEXT), '')) AS "pca",
    trim(COALESCE(CAST("achieved" AS TEXT), '')) AS "achieved",
    trim(COALESCE(CAST("list_size" AS TEXT), '')) AS "list_size"
  FROM "qof"
),
"checked" AS (
  SELECT
    *,
    "year" = '' OR CASE WHEN ("year" ~ '^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN length((regexp_match("year", '(\d{2}|\d{4})$'))[1]) = 2 THEN mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) ELSE CAST(substr("year", 1, 4) AS BIGINT) + 1 = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) END ELSE FALSE END AS "fits:year",
    "imd_quintile" = '' OR ("imd_quintile" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:imd_quintile",
    "eligible" = '' OR ("eligible" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:eligible",
    "pca" = '' OR ("pca" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:pca",
    "achieved" = '' OR ("achieved" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:achieved",
    "list_size" = '' OR ("list_size" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "year" <> '' AND "fits:year" THEN substr("year", 1, 4) || '/' || lpad(CAST(mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) AS TEXT), 2, '0') END AS "year",
    CASE WHEN "imd_quintile" <> '' AND "fits:imd_quintile" THEN CAST(replace("imd_quintile", ',', '') AS DOUBLE PRECISION) END AS "imd_quintile",
    "indicator",
    CASE WHEN "eligible" <> '' AND "fits:eligible" THEN CAST(replace("eligible", ',', '') AS DOUBLE PRECISION) END AS "eligible",
    CASE WHEN "pca" <> '' AND "fits:pca" THEN CAST(replace("pca", ',', '') AS DOUBLE PRECISION) END AS "pca",
    CASE WHEN "achieved" <> '' AND "fits:achieved" THEN CAST(replace("achieved", ',', '') AS DOUBLE PRECISION) END AS "achieved",
    CASE WHEN "list_size" <> '' AND "fits:list_size" THEN CAST(replace("list_size", ',', '') AS DOUBLE PRECISION) END AS "list_size",
    NOT ("fits:year" AND "fits:imd_quintile" AND "fits:eligible" AND "fits:pca" AND "fits:achieved" AND "fits:list_size") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *
  FROM "typed"
)
SELECT
  "practice",
  SUM(CASE WHEN (("indicator" = 'SMOK004')) IS TRUE THEN CAST("achieved" AS DOUBLE PRECISION) END) AS "a0:number",
  SUM(CASE WHEN (("indicator" = 'SMOK004')) IS TRUE THEN CAST("eligible" AS DOUBLE PRECISION) END) AS "a1:number",
  SUM(CASE WHEN (("indicator" = 'SMOK004')) IS TRUE THEN CAST("pca" AS DOUBLE PRECISION) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric cs005 "Cervical screening, aged 25 to 49" (samples/gp-contract.hewitt:55)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS TEXT), '') AS "practice",
    NULLIF(CAST("practice_name" AS TEXT), '') AS "practice_name",
    NULLIF(CAST("icb" AS TEXT), '') AS "icb",
    trim(COALESCE(CAST("year" AS TEXT), '')) AS "year",
    trim(COALESCE(CAST("imd_quintile" AS TEXT), '')) AS "imd_quintile",
    NULLIF(CAST("indicator" AS TEXT), '') AS "indicator",
    trim(COALESCE(CAST("eligible" AS TEXT), '')) AS "eligible",
    trim(COALESCE(CAST("pca" AS TEXT), '')) AS "pca",
    trim(COALESCE(CAST("achieved" AS TEXT), '')) AS "achieved",
    trim(COALESCE(CAST("list_size" AS TEXT), '')) AS "list_size"
  FROM "qof"
),
"checked" AS (
  SELECT
    *,
    "year" = '' OR CASE WHEN ("year" ~ '^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN length((regexp_match("year", '(\d{2}|\d{4})$'))[1]) = 2 THEN mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) ELSE CAST(substr("year", 1, 4) AS BIGINT) + 1 = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) END ELSE FALSE END AS "fits:year",
    "imd_quintile" = '' OR ("imd_quintile" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:imd_quintile",
    "eligible" = '' OR ("eligible" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:eligible",
    "pca" = '' OR ("pca" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:pca",
    "achieved" = '' OR ("achieved" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:achieved",
    "list_size" = '' OR ("list_size" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "year" <> '' AND "fits:year" THEN substr("year", 1, 4) || '/' || lpad(CAST(mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) AS TEXT), 2, '0') END AS "year",
    CASE WHEN "imd_quintile" <> '' AND "fits:imd_quintile" THEN CAST(replace("imd_quintile", ',', '') AS DOUBLE PRECISION) END AS "imd_quintile",
    "indicator",
    CASE WHEN "eligible" <> '' AND "fits:eligible" THEN CAST(replace("eligible", ',', '') AS DOUBLE PRECISION) END AS "eligible",
    CASE WHEN "pca" <> '' AND "fits:pca" THEN CAST(replace("pca", ',', '') AS DOUBLE PRECISION) END AS "pca",
    CASE WHEN "achieved" <> '' AND "fits:achieved" THEN CAST(replace("achieved", ',', '') AS DOUBLE PRECISION) END AS "achieved",
    CASE WHEN "list_size" <> '' AND "fits:list_size" THEN CAST(replace("list_size", ',', '') AS DOUBLE PRECISION) END AS "list_size",
    NOT ("fits:year" AND "fits:imd_quintile" AND "fits:eligible" AND "fits:pca" AND "fits:achieved" AND "fits:list_size") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *
  FROM "typed"
)
SELECT
  "practice",
  SUM(CASE WHEN (("indicator" = 'CS005')) IS TRUE THEN CAST("achieved" AS DOUBLE PRECISION) END) AS "a0:number",
  SUM(CASE WHEN (("indicator" = 'CS005')) IS TRUE THEN CAST("eligible" AS DOUBLE PRECISION) END) AS "a1:number",
  SUM(CASE WHEN (("indicator" = 'CS005')) IS TRUE THEN CAST("pca" AS DOUBLE PRECISION) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric bp002 "Blood pressure recorded, aged 45 or over" (samples/gp-contract.hewitt:68)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS TEXT), '') AS "practice",
    NULLIF(CAST("practice_name" AS TEXT), '') AS "practice_name",
    NULLIF(CAST("icb" AS TEXT), '') AS "icb",
    trim(COALESCE(CAST("year" AS TEXT), '')) AS "year",
    trim(COALESCE(CAST("imd_quintile" AS TEXT), '')) AS "imd_quintile",
    NULLIF(CAST("indicator" AS TEXT), '') AS "indicator",
    trim(COALESCE(CAST("eligible" AS TEXT), '')) AS "eligible",
    trim(COALESCE(CAST("pca" AS TEXT), '')) AS "pca",
    trim(COALESCE(CAST("achieved" AS TEXT), '')) AS "achieved",
    trim(COALESCE(CAST("list_size" AS TEXT), '')) AS "list_size"
  FROM "qof"
),
"checked" AS (
  SELECT
    *,
    "year" = '' OR CASE WHEN ("year" ~ '^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN length((regexp_match("year", '(\d{2}|\d{4})$'))[1]) = 2 THEN mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) ELSE CAST(substr("year", 1, 4) AS BIGINT) + 1 = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) END ELSE FALSE END AS "fits:year",
    "imd_quintile" = '' OR ("imd_quintile" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:imd_quintile",
    "eligible" = '' OR ("eligible" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:eligible",
    "pca" = '' OR ("pca" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:pca",
    "achieved" = '' OR ("achieved" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:achieved",
    "list_size" = '' OR ("list_size" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "year" <> '' AND "fits:year" THEN substr("year", 1, 4) || '/' || lpad(CAST(mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) AS TEXT), 2, '0') END AS "year",
    CASE WHEN "imd_quintile" <> '' AND "fits:imd_quintile" THEN CAST(replace("imd_quintile", ',', '') AS DOUBLE PRECISION) END AS "imd_quintile",
    "indicator",
    CASE WHEN "eligible" <> '' AND "fits:eligible" THEN CAST(replace("eligible", ',', '') AS DOUBLE PRECISION) END AS "eligible",
    CASE WHEN "pca" <> '' AND "fits:pca" THEN CAST(replace("pca", ',', '') AS DOUBLE PRECISION) END AS "pca",
    CASE WHEN "achieved" <> '' AND "fits:achieved" THEN CAST(replace("achieved", ',', '') AS DOUBLE PRECISION) END AS "achieved",
    CASE WHEN "list_size" <> '' AND "fits:list_size" THEN CAST(replace("list_size", ',', '') AS DOUBLE PRECISION) END AS "list_size",
    NOT ("fits:year" AND "fits:imd_quintile" AND "fits:eligible" AND "fits:pca" AND "fits:achieved" AND "fits:list_size") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *
  FROM "typed"
)
SELECT
  "practice",
  SUM(CASE WHEN (("indicator" = 'BP002')) IS TRUE THEN CAST("achieved" AS DOUBLE PRECISION) END) AS "a0:number",
  SUM(CASE WHEN (("indicator" = 'BP002')) IS TRUE THEN CAST("eligible" AS DOUBLE PRECISION) END) AS "a1:number",
  SUM(CASE WHEN (("indicator" = 'BP002')) IS TRUE THEN CAST("pca" AS DOUBLE PRECISION) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric pcn_core20_bp "Blood pressure recorded in Core20 neighbourhoods" (samples/gp-contract.hewitt:82)
-- Per icb: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS TEXT), '') AS "practice",
    NULLIF(CAST("practice_name" AS TEXT), '') AS "practice_name",
    NULLIF(CAST("icb" AS TEXT), '') AS "icb",
    trim(COALESCE(CAST("year" AS TEXT), '')) AS "year",
    trim(COALESCE(CAST("imd_quintile" AS TEXT), '')) AS "imd_quintile",
    NULLIF(CAST("indicator" AS TEXT), '') AS "indicator",
    trim(COALESCE(CAST("eligible" AS TEXT), '')) AS "eligible",
    trim(COALESCE(CAST("pca" AS TEXT), '')) AS "pca",
    trim(COALESCE(CAST("achieved" AS TEXT), '')) AS "achieved",
    trim(COALESCE(CAST("list_size" AS TEXT), '')) AS "list_size"
  FROM "qof"
),
"checked" AS (
  SELECT
    *,
    "year" = '' OR CASE WHEN ("year" ~ '^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN length((regexp_match("year", '(\d{2}|\d{4})$'))[1]) = 2 THEN mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) ELSE CAST(substr("year", 1, 4) AS BIGINT) + 1 = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) END ELSE FALSE END AS "fits:year",
    "imd_quintile" = '' OR ("imd_quintile" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:imd_quintile",
    "eligible" = '' OR ("eligible" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:eligible",
    "pca" = '' OR ("pca" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:pca",
    "achieved" = '' OR ("achieved" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:achieved",
    "list_size" = '' OR ("list_size" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "year" <> '' AND "fits:year" THEN substr("year", 1, 4) || '/' || lpad(CAST(mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) AS TEXT), 2, '0') END AS "year",
    CASE WHEN "imd_quintile" <> '' AND "fits:imd_quintile" THEN CAST(replace("imd_quintile", ',', '') AS DOUBLE PRECISION) END AS "imd_quintile",
    "indicator",
    CASE WHEN "eligible" <> '' AND "fits:eligible" THEN CAST(replace("eligible", ',', '') AS DOUBLE PRECISION) END AS "eligible",
    CASE WHEN "pca" <> '' AND "fits:pca" THEN CAST(replace("pca", ',', '') AS DOUBLE PRECISION) END AS "pca",
    CASE WHEN "achieved" <> '' AND "fits:achieved" THEN CAST(replace("achieved", ',', '') AS DOUBLE PRECISION) END AS "achieved",
    CASE WHEN "list_size" <> '' AND "fits:list_size" THEN CAST(replace("list_size", ',', '') AS DOUBLE PRECISION) END AS "list_size",
    NOT ("fits:year" AND "fits:imd_quintile" AND "fits:eligible" AND "fits:pca" AND "fits:achieved" AND "fits:list_size") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *
  FROM "typed"
)
SELECT
  "icb",
  SUM(CASE WHEN ((("indicator" = 'BP002') AND ("imd_quintile" = 1.0))) IS TRUE THEN CAST("achieved" AS DOUBLE PRECISION) END) AS "a0:number",
  SUM(CASE WHEN ((("indicator" = 'BP002') AND ("imd_quintile" = 1.0))) IS TRUE THEN CAST("eligible" AS DOUBLE PRECISION) END) AS "a1:number",
  SUM(CASE WHEN ((("indicator" = 'BP002') AND ("imd_quintile" = 1.0))) IS TRUE THEN CAST("pca" AS DOUBLE PRECISION) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric local_diabetes_stretch "Diabetes control, local stretch" (samples/gp-contract.hewitt:96)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS TEXT), '') AS "practice",
    NULLIF(CAST("practice_name" AS TEXT), '') AS "practice_name",
    NULLIF(CAST("icb" AS TEXT), '') AS "icb",
    trim(COALESCE(CAST("year" AS TEXT), '')) AS "year",
    trim(COALESCE(CAST("imd_quintile" AS TEXT), '')) AS "imd_quintile",
    NULLIF(CAST("indicator" AS TEXT), '') AS "indicator",
    trim(COALESCE(CAST("eligible" AS TEXT), '')) AS "eligible",
    trim(COALESCE(CAST("pca" AS TEXT), '')) AS "pca",
    trim(COALESCE(CAST("achieved" AS TEXT), '')) AS "achieved",
    trim(COALESCE(CAST("list_size" AS TEXT), '')) AS "list_size"
  FROM "qof"
),
"checked" AS (
  SELECT
    *,
    "year" = '' OR CASE WHEN ("year" ~ '^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN length((regexp_match("year", '(\d{2}|\d{4})$'))[1]) = 2 THEN mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) ELSE CAST(substr("year", 1, 4) AS BIGINT) + 1 = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) END ELSE FALSE END AS "fits:year",
    "imd_quintile" = '' OR ("imd_quintile" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:imd_quintile",
    "eligible" = '' OR ("eligible" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:eligible",
    "pca" = '' OR ("pca" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:pca",
    "achieved" = '' OR ("achieved" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:achieved",
    "list_size" = '' OR ("list_size" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "year" <> '' AND "fits:year" THEN substr("year", 1, 4) || '/' || lpad(CAST(mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) AS TEXT), 2, '0') END AS "year",
    CASE WHEN "imd_quintile" <> '' AND "fits:imd_quintile" THEN CAST(replace("imd_quintile", ',', '') AS DOUBLE PRECISION) END AS "imd_quintile",
    "indicator",
    CASE WHEN "eligible" <> '' AND "fits:eligible" THEN CAST(replace("eligible", ',', '') AS DOUBLE PRECISION) END AS "eligible",
    CASE WHEN "pca" <> '' AND "fits:pca" THEN CAST(replace("pca", ',', '') AS DOUBLE PRECISION) END AS "pca",
    CASE WHEN "achieved" <> '' AND "fits:achieved" THEN CAST(replace("achieved", ',', '') AS DOUBLE PRECISION) END AS "achieved",
    CASE WHEN "list_size" <> '' AND "fits:list_size" THEN CAST(replace("list_size", ',', '') AS DOUBLE PRECISION) END AS "list_size",
    NOT ("fits:year" AND "fits:imd_quintile" AND "fits:eligible" AND "fits:pca" AND "fits:achieved" AND "fits:list_size") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *
  FROM "typed"
)
SELECT
  "practice",
  SUM(CASE WHEN ((("indicator" = 'DM020') AND ("list_size" >= 1000.0))) IS TRUE THEN CAST("achieved" AS DOUBLE PRECISION) END) AS "a0:number",
  SUM(CASE WHEN ((("indicator" = 'DM020') AND ("list_size" >= 1000.0))) IS TRUE THEN CAST("eligible" AS DOUBLE PRECISION) END) AS "a1:number",
  SUM(CASE WHEN ((("indicator" = 'DM020') AND ("list_size" >= 1000.0))) IS TRUE THEN CAST("pca" AS DOUBLE PRECISION) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric local_diabetes_stretch, per stratum "Diabetes control, local stretch" (samples/gp-contract.hewitt:96)
-- Per stratum: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS TEXT), '') AS "practice",
    NULLIF(CAST("practice_name" AS TEXT), '') AS "practice_name",
    NULLIF(CAST("icb" AS TEXT), '') AS "icb",
    trim(COALESCE(CAST("year" AS TEXT), '')) AS "year",
    trim(COALESCE(CAST("imd_quintile" AS TEXT), '')) AS "imd_quintile",
    NULLIF(CAST("indicator" AS TEXT), '') AS "indicator",
    trim(COALESCE(CAST("eligible" AS TEXT), '')) AS "eligible",
    trim(COALESCE(CAST("pca" AS TEXT), '')) AS "pca",
    trim(COALESCE(CAST("achieved" AS TEXT), '')) AS "achieved",
    trim(COALESCE(CAST("list_size" AS TEXT), '')) AS "list_size"
  FROM "qof"
),
"checked" AS (
  SELECT
    *,
    "year" = '' OR CASE WHEN ("year" ~ '^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN length((regexp_match("year", '(\d{2}|\d{4})$'))[1]) = 2 THEN mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) ELSE CAST(substr("year", 1, 4) AS BIGINT) + 1 = CAST((regexp_match("year", '(\d{2}|\d{4})$'))[1] AS BIGINT) END ELSE FALSE END AS "fits:year",
    "imd_quintile" = '' OR ("imd_quintile" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:imd_quintile",
    "eligible" = '' OR ("eligible" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:eligible",
    "pca" = '' OR ("pca" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:pca",
    "achieved" = '' OR ("achieved" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:achieved",
    "list_size" = '' OR ("list_size" ~ '^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "year" <> '' AND "fits:year" THEN substr("year", 1, 4) || '/' || lpad(CAST(mod(CAST(substr("year", 1, 4) AS BIGINT) + 1, 100) AS TEXT), 2, '0') END AS "year",
    CASE WHEN "imd_quintile" <> '' AND "fits:imd_quintile" THEN CAST(replace("imd_quintile", ',', '') AS DOUBLE PRECISION) END AS "imd_quintile",
    "indicator",
    CASE WHEN "eligible" <> '' AND "fits:eligible" THEN CAST(replace("eligible", ',', '') AS DOUBLE PRECISION) END AS "eligible",
    CASE WHEN "pca" <> '' AND "fits:pca" THEN CAST(replace("pca", ',', '') AS DOUBLE PRECISION) END AS "pca",
    CASE WHEN "achieved" <> '' AND "fits:achieved" THEN CAST(replace("achieved", ',', '') AS DOUBLE PRECISION) END AS "achieved",
    CASE WHEN "list_size" <> '' AND "fits:list_size" THEN CAST(replace("list_size", ',', '') AS DOUBLE PRECISION) END AS "list_size",
    NOT ("fits:year" AND "fits:imd_quintile" AND "fits:eligible" AND "fits:pca" AND "fits:achieved" AND "fits:list_size") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *
  FROM "typed"
)
SELECT
  "imd_quintile",
  SUM(CASE WHEN ((("indicator" = 'DM020') AND ("list_size" >= 1000.0))) IS TRUE THEN CAST("achieved" AS DOUBLE PRECISION) END) AS "a0:number",
  SUM(CASE WHEN ((("indicator" = 'DM020') AND ("list_size" >= 1000.0))) IS TRUE THEN CAST("eligible" AS DOUBLE PRECISION) END) AS "a1:number",
  SUM(CASE WHEN ((("indicator" = 'DM020') AND ("list_size" >= 1000.0))) IS TRUE THEN CAST("pca" AS DOUBLE PRECISION) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;
