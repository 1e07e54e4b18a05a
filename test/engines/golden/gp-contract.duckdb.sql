-- SQL of samples/gp-contract.hewitt for duckdb, rendered by hewitt sql. Run each statement on its own.
-- Money is in whole pence; empty cells are NULL; a row with a cell that does not fit its column is left out.

-- measure mean_list_size "Average practice list size" (samples/gp-contract.hewitt:110)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS VARCHAR), '') AS "practice",
    NULLIF(CAST("practice_name" AS VARCHAR), '') AS "practice_name",
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("imd_quintile" AS VARCHAR), '') ELSE '' END AS "imd_quintile",
    CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:imd_quintile",
    NULLIF(CAST("indicator" AS VARCHAR), '') AS "indicator",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("eligible" AS VARCHAR), '') ELSE '' END AS "eligible",
    CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:eligible",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("pca" AS VARCHAR), '') ELSE '' END AS "pca",
    CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:pca",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("achieved" AS VARCHAR), '') ELSE '' END AS "achieved",
    CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:achieved",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("list_size" AS VARCHAR), '') ELSE '' END AS "list_size",
    CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:list_size"
  FROM read_csv('samples/data/qof.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN TRUE ELSE trim("imd_quintile") = '' OR regexp_full_match(trim("imd_quintile"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:imd_quintile",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN TRUE ELSE trim("eligible") = '' OR regexp_full_match(trim("eligible"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN TRUE ELSE trim("pca") = '' OR regexp_full_match(trim("pca"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN TRUE ELSE trim("achieved") = '' OR regexp_full_match(trim("achieved"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN TRUE ELSE trim("list_size") = '' OR regexp_full_match(trim("list_size"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN "canonical:imd_quintile" WHEN trim("imd_quintile") <> '' AND "fits:imd_quintile" THEN CAST(replace(trim("imd_quintile"), ',', '') AS DOUBLE) END AS "imd_quintile",
    "indicator",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN "canonical:eligible" WHEN trim("eligible") <> '' AND "fits:eligible" THEN CAST(replace(trim("eligible"), ',', '') AS DOUBLE) END AS "eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN "canonical:pca" WHEN trim("pca") <> '' AND "fits:pca" THEN CAST(replace(trim("pca"), ',', '') AS DOUBLE) END AS "pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN "canonical:achieved" WHEN trim("achieved") <> '' AND "fits:achieved" THEN CAST(replace(trim("achieved"), ',', '') AS DOUBLE) END AS "achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN "canonical:list_size" WHEN trim("list_size") <> '' AND "fits:list_size" THEN CAST(replace(trim("list_size"), ',', '') AS DOUBLE) END AS "list_size",
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
  SUM(CASE WHEN (("indicator" = 'DM020')) IS TRUE THEN CAST("list_size" AS DOUBLE) END) AS "a0:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1, 2;

-- metric dm020 "Diabetes: HbA1c 58 mmol/mol or less" (samples/gp-contract.hewitt:13)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS VARCHAR), '') AS "practice",
    NULLIF(CAST("practice_name" AS VARCHAR), '') AS "practice_name",
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("imd_quintile" AS VARCHAR), '') ELSE '' END AS "imd_quintile",
    CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:imd_quintile",
    NULLIF(CAST("indicator" AS VARCHAR), '') AS "indicator",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("eligible" AS VARCHAR), '') ELSE '' END AS "eligible",
    CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:eligible",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("pca" AS VARCHAR), '') ELSE '' END AS "pca",
    CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:pca",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("achieved" AS VARCHAR), '') ELSE '' END AS "achieved",
    CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:achieved",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("list_size" AS VARCHAR), '') ELSE '' END AS "list_size",
    CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:list_size"
  FROM read_csv('samples/data/qof.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN TRUE ELSE trim("imd_quintile") = '' OR regexp_full_match(trim("imd_quintile"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:imd_quintile",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN TRUE ELSE trim("eligible") = '' OR regexp_full_match(trim("eligible"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN TRUE ELSE trim("pca") = '' OR regexp_full_match(trim("pca"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN TRUE ELSE trim("achieved") = '' OR regexp_full_match(trim("achieved"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN TRUE ELSE trim("list_size") = '' OR regexp_full_match(trim("list_size"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN "canonical:imd_quintile" WHEN trim("imd_quintile") <> '' AND "fits:imd_quintile" THEN CAST(replace(trim("imd_quintile"), ',', '') AS DOUBLE) END AS "imd_quintile",
    "indicator",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN "canonical:eligible" WHEN trim("eligible") <> '' AND "fits:eligible" THEN CAST(replace(trim("eligible"), ',', '') AS DOUBLE) END AS "eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN "canonical:pca" WHEN trim("pca") <> '' AND "fits:pca" THEN CAST(replace(trim("pca"), ',', '') AS DOUBLE) END AS "pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN "canonical:achieved" WHEN trim("achieved") <> '' AND "fits:achieved" THEN CAST(replace(trim("achieved"), ',', '') AS DOUBLE) END AS "achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN "canonical:list_size" WHEN trim("list_size") <> '' AND "fits:list_size" THEN CAST(replace(trim("list_size"), ',', '') AS DOUBLE) END AS "list_size",
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
  SUM(CASE WHEN (("indicator" = 'DM020')) IS TRUE THEN CAST("achieved" AS DOUBLE) END) AS "a0:number",
  SUM(CASE WHEN (("indicator" = 'DM020')) IS TRUE THEN CAST("eligible" AS DOUBLE) END) AS "a1:number",
  SUM(CASE WHEN (("indicator" = 'DM020')) IS TRUE THEN CAST("pca" AS DOUBLE) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric dm020, per stratum "Diabetes: HbA1c 58 mmol/mol or less" (samples/gp-contract.hewitt:13)
-- Per stratum: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS VARCHAR), '') AS "practice",
    NULLIF(CAST("practice_name" AS VARCHAR), '') AS "practice_name",
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("imd_quintile" AS VARCHAR), '') ELSE '' END AS "imd_quintile",
    CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:imd_quintile",
    NULLIF(CAST("indicator" AS VARCHAR), '') AS "indicator",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("eligible" AS VARCHAR), '') ELSE '' END AS "eligible",
    CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:eligible",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("pca" AS VARCHAR), '') ELSE '' END AS "pca",
    CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:pca",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("achieved" AS VARCHAR), '') ELSE '' END AS "achieved",
    CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:achieved",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("list_size" AS VARCHAR), '') ELSE '' END AS "list_size",
    CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:list_size"
  FROM read_csv('samples/data/qof.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN TRUE ELSE trim("imd_quintile") = '' OR regexp_full_match(trim("imd_quintile"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:imd_quintile",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN TRUE ELSE trim("eligible") = '' OR regexp_full_match(trim("eligible"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN TRUE ELSE trim("pca") = '' OR regexp_full_match(trim("pca"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN TRUE ELSE trim("achieved") = '' OR regexp_full_match(trim("achieved"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN TRUE ELSE trim("list_size") = '' OR regexp_full_match(trim("list_size"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN "canonical:imd_quintile" WHEN trim("imd_quintile") <> '' AND "fits:imd_quintile" THEN CAST(replace(trim("imd_quintile"), ',', '') AS DOUBLE) END AS "imd_quintile",
    "indicator",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN "canonical:eligible" WHEN trim("eligible") <> '' AND "fits:eligible" THEN CAST(replace(trim("eligible"), ',', '') AS DOUBLE) END AS "eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN "canonical:pca" WHEN trim("pca") <> '' AND "fits:pca" THEN CAST(replace(trim("pca"), ',', '') AS DOUBLE) END AS "pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN "canonical:achieved" WHEN trim("achieved") <> '' AND "fits:achieved" THEN CAST(replace(trim("achieved"), ',', '') AS DOUBLE) END AS "achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN "canonical:list_size" WHEN trim("list_size") <> '' AND "fits:list_size" THEN CAST(replace(trim("list_size"), ',', '') AS DOUBLE) END AS "list_size",
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
  SUM(CASE WHEN (("indicator" = 'DM020')) IS TRUE THEN CAST("achieved" AS DOUBLE) END) AS "a0:number",
  SUM(CASE WHEN (("indicator" = 'DM020')) IS TRUE THEN CAST("eligible" AS DOUBLE) END) AS "a1:number",
  SUM(CASE WHEN (("indicator" = 'DM020')) IS TRUE THEN CAST("pca" AS DOUBLE) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric hyp008 "Hypertension: blood pressure 140/90 or less, aged 79 or under" (samples/gp-contract.hewitt:28)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS VARCHAR), '') AS "practice",
    NULLIF(CAST("practice_name" AS VARCHAR), '') AS "practice_name",
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("imd_quintile" AS VARCHAR), '') ELSE '' END AS "imd_quintile",
    CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:imd_quintile",
    NULLIF(CAST("indicator" AS VARCHAR), '') AS "indicator",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("eligible" AS VARCHAR), '') ELSE '' END AS "eligible",
    CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:eligible",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("pca" AS VARCHAR), '') ELSE '' END AS "pca",
    CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:pca",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("achieved" AS VARCHAR), '') ELSE '' END AS "achieved",
    CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:achieved",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("list_size" AS VARCHAR), '') ELSE '' END AS "list_size",
    CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:list_size"
  FROM read_csv('samples/data/qof.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN TRUE ELSE trim("imd_quintile") = '' OR regexp_full_match(trim("imd_quintile"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:imd_quintile",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN TRUE ELSE trim("eligible") = '' OR regexp_full_match(trim("eligible"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN TRUE ELSE trim("pca") = '' OR regexp_full_match(trim("pca"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN TRUE ELSE trim("achieved") = '' OR regexp_full_match(trim("achieved"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN TRUE ELSE trim("list_size") = '' OR regexp_full_match(trim("list_size"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN "canonical:imd_quintile" WHEN trim("imd_quintile") <> '' AND "fits:imd_quintile" THEN CAST(replace(trim("imd_quintile"), ',', '') AS DOUBLE) END AS "imd_quintile",
    "indicator",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN "canonical:eligible" WHEN trim("eligible") <> '' AND "fits:eligible" THEN CAST(replace(trim("eligible"), ',', '') AS DOUBLE) END AS "eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN "canonical:pca" WHEN trim("pca") <> '' AND "fits:pca" THEN CAST(replace(trim("pca"), ',', '') AS DOUBLE) END AS "pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN "canonical:achieved" WHEN trim("achieved") <> '' AND "fits:achieved" THEN CAST(replace(trim("achieved"), ',', '') AS DOUBLE) END AS "achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN "canonical:list_size" WHEN trim("list_size") <> '' AND "fits:list_size" THEN CAST(replace(trim("list_size"), ',', '') AS DOUBLE) END AS "list_size",
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
  SUM(CASE WHEN (("indicator" = 'HYP008')) IS TRUE THEN CAST("achieved" AS DOUBLE) END) AS "a0:number",
  SUM(CASE WHEN (("indicator" = 'HYP008')) IS TRUE THEN CAST("eligible" AS DOUBLE) END) AS "a1:number",
  SUM(CASE WHEN (("indicator" = 'HYP008')) IS TRUE THEN CAST("pca" AS DOUBLE) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric hyp008, per stratum "Hypertension: blood pressure 140/90 or less, aged 79 or under" (samples/gp-contract.hewitt:28)
-- Per stratum: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS VARCHAR), '') AS "practice",
    NULLIF(CAST("practice_name" AS VARCHAR), '') AS "practice_name",
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("imd_quintile" AS VARCHAR), '') ELSE '' END AS "imd_quintile",
    CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:imd_quintile",
    NULLIF(CAST("indicator" AS VARCHAR), '') AS "indicator",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("eligible" AS VARCHAR), '') ELSE '' END AS "eligible",
    CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:eligible",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("pca" AS VARCHAR), '') ELSE '' END AS "pca",
    CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:pca",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("achieved" AS VARCHAR), '') ELSE '' END AS "achieved",
    CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:achieved",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("list_size" AS VARCHAR), '') ELSE '' END AS "list_size",
    CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:list_size"
  FROM read_csv('samples/data/qof.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN TRUE ELSE trim("imd_quintile") = '' OR regexp_full_match(trim("imd_quintile"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:imd_quintile",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN TRUE ELSE trim("eligible") = '' OR regexp_full_match(trim("eligible"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN TRUE ELSE trim("pca") = '' OR regexp_full_match(trim("pca"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN TRUE ELSE trim("achieved") = '' OR regexp_full_match(trim("achieved"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN TRUE ELSE trim("list_size") = '' OR regexp_full_match(trim("list_size"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN "canonical:imd_quintile" WHEN trim("imd_quintile") <> '' AND "fits:imd_quintile" THEN CAST(replace(trim("imd_quintile"), ',', '') AS DOUBLE) END AS "imd_quintile",
    "indicator",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN "canonical:eligible" WHEN trim("eligible") <> '' AND "fits:eligible" THEN CAST(replace(trim("eligible"), ',', '') AS DOUBLE) END AS "eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN "canonical:pca" WHEN trim("pca") <> '' AND "fits:pca" THEN CAST(replace(trim("pca"), ',', '') AS DOUBLE) END AS "pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN "canonical:achieved" WHEN trim("achieved") <> '' AND "fits:achieved" THEN CAST(replace(trim("achieved"), ',', '') AS DOUBLE) END AS "achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN "canonical:list_size" WHEN trim("list_size") <> '' AND "fits:list_size" THEN CAST(replace(trim("list_size"), ',', '') AS DOUBLE) END AS "list_size",
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
  SUM(CASE WHEN (("indicator" = 'HYP008')) IS TRUE THEN CAST("achieved" AS DOUBLE) END) AS "a0:number",
  SUM(CASE WHEN (("indicator" = 'HYP008')) IS TRUE THEN CAST("eligible" AS DOUBLE) END) AS "a1:number",
  SUM(CASE WHEN (("indicator" = 'HYP008')) IS TRUE THEN CAST("pca" AS DOUBLE) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric smok004 "Smokers offered support and treatment" (samples/gp-contract.hewitt:42)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS VARCHAR), '') AS "practice",
    NULLIF(CAST("practice_name" AS VARCHAR), '') AS "practice_name",
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("imd_quintile" AS VARCHAR), '') ELSE '' END AS "imd_quintile",
    CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:imd_quintile",
    NULLIF(CAST("indicator" AS VARCHAR), '') AS "indicator",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("eligible" AS VARCHAR), '') ELSE '' END AS "eligible",
    CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:eligible",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("pca" AS VARCHAR), '') ELSE '' END AS "pca",
    CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:pca",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("achieved" AS VARCHAR), '') ELSE '' END AS "achieved",
    CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:achieved",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("list_size" AS VARCHAR), '') ELSE '' END AS "list_size",
    CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:list_size"
  FROM read_csv('samples/data/qof.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN TRUE ELSE trim("imd_quintile") = '' OR regexp_full_match(trim("imd_quintile"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:imd_quintile",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN TRUE ELSE trim("eligible") = '' OR regexp_full_match(trim("eligible"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN TRUE ELSE trim("pca") = '' OR regexp_full_match(trim("pca"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN TRUE ELSE trim("achieved") = '' OR regexp_full_match(trim("achieved"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN TRUE ELSE trim("list_size") = '' OR regexp_full_match(trim("list_size"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN "canonical:imd_quintile" WHEN trim("imd_quintile") <> '' AND "fits:imd_quintile" THEN CAST(replace(trim("imd_quintile"), ',', '') AS DOUBLE) END AS "imd_quintile",
    "indicator",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN "canonical:eligible" WHEN trim("eligible") <> '' AND "fits:eligible" THEN CAST(replace(trim("eligible"), ',', '') AS DOUBLE) END AS "eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN "canonical:pca" WHEN trim("pca") <> '' AND "fits:pca" THEN CAST(replace(trim("pca"), ',', '') AS DOUBLE) END AS "pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN "canonical:achieved" WHEN trim("achieved") <> '' AND "fits:achieved" THEN CAST(replace(trim("achieved"), ',', '') AS DOUBLE) END AS "achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN "canonical:list_size" WHEN trim("list_size") <> '' AND "fits:list_size" THEN CAST(replace(trim("list_size"), ',', '') AS DOUBLE) END AS "list_size",
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
  SUM(CASE WHEN (("indicator" = 'SMOK004')) IS TRUE THEN CAST("achieved" AS DOUBLE) END) AS "a0:number",
  SUM(CASE WHEN (("indicator" = 'SMOK004')) IS TRUE THEN CAST("eligible" AS DOUBLE) END) AS "a1:number",
  SUM(CASE WHEN (("indicator" = 'SMOK004')) IS TRUE THEN CAST("pca" AS DOUBLE) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric cs005 "Cervical screening, aged 25 to 49" (samples/gp-contract.hewitt:55)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS VARCHAR), '') AS "practice",
    NULLIF(CAST("practice_name" AS VARCHAR), '') AS "practice_name",
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("imd_quintile" AS VARCHAR), '') ELSE '' END AS "imd_quintile",
    CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:imd_quintile",
    NULLIF(CAST("indicator" AS VARCHAR), '') AS "indicator",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("eligible" AS VARCHAR), '') ELSE '' END AS "eligible",
    CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:eligible",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("pca" AS VARCHAR), '') ELSE '' END AS "pca",
    CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:pca",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("achieved" AS VARCHAR), '') ELSE '' END AS "achieved",
    CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:achieved",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("list_size" AS VARCHAR), '') ELSE '' END AS "list_size",
    CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:list_size"
  FROM read_csv('samples/data/qof.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN TRUE ELSE trim("imd_quintile") = '' OR regexp_full_match(trim("imd_quintile"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:imd_quintile",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN TRUE ELSE trim("eligible") = '' OR regexp_full_match(trim("eligible"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN TRUE ELSE trim("pca") = '' OR regexp_full_match(trim("pca"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN TRUE ELSE trim("achieved") = '' OR regexp_full_match(trim("achieved"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN TRUE ELSE trim("list_size") = '' OR regexp_full_match(trim("list_size"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN "canonical:imd_quintile" WHEN trim("imd_quintile") <> '' AND "fits:imd_quintile" THEN CAST(replace(trim("imd_quintile"), ',', '') AS DOUBLE) END AS "imd_quintile",
    "indicator",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN "canonical:eligible" WHEN trim("eligible") <> '' AND "fits:eligible" THEN CAST(replace(trim("eligible"), ',', '') AS DOUBLE) END AS "eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN "canonical:pca" WHEN trim("pca") <> '' AND "fits:pca" THEN CAST(replace(trim("pca"), ',', '') AS DOUBLE) END AS "pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN "canonical:achieved" WHEN trim("achieved") <> '' AND "fits:achieved" THEN CAST(replace(trim("achieved"), ',', '') AS DOUBLE) END AS "achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN "canonical:list_size" WHEN trim("list_size") <> '' AND "fits:list_size" THEN CAST(replace(trim("list_size"), ',', '') AS DOUBLE) END AS "list_size",
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
  SUM(CASE WHEN (("indicator" = 'CS005')) IS TRUE THEN CAST("achieved" AS DOUBLE) END) AS "a0:number",
  SUM(CASE WHEN (("indicator" = 'CS005')) IS TRUE THEN CAST("eligible" AS DOUBLE) END) AS "a1:number",
  SUM(CASE WHEN (("indicator" = 'CS005')) IS TRUE THEN CAST("pca" AS DOUBLE) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric bp002 "Blood pressure recorded, aged 45 or over" (samples/gp-contract.hewitt:68)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS VARCHAR), '') AS "practice",
    NULLIF(CAST("practice_name" AS VARCHAR), '') AS "practice_name",
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("imd_quintile" AS VARCHAR), '') ELSE '' END AS "imd_quintile",
    CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:imd_quintile",
    NULLIF(CAST("indicator" AS VARCHAR), '') AS "indicator",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("eligible" AS VARCHAR), '') ELSE '' END AS "eligible",
    CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:eligible",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("pca" AS VARCHAR), '') ELSE '' END AS "pca",
    CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:pca",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("achieved" AS VARCHAR), '') ELSE '' END AS "achieved",
    CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:achieved",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("list_size" AS VARCHAR), '') ELSE '' END AS "list_size",
    CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:list_size"
  FROM read_csv('samples/data/qof.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN TRUE ELSE trim("imd_quintile") = '' OR regexp_full_match(trim("imd_quintile"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:imd_quintile",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN TRUE ELSE trim("eligible") = '' OR regexp_full_match(trim("eligible"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN TRUE ELSE trim("pca") = '' OR regexp_full_match(trim("pca"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN TRUE ELSE trim("achieved") = '' OR regexp_full_match(trim("achieved"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN TRUE ELSE trim("list_size") = '' OR regexp_full_match(trim("list_size"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN "canonical:imd_quintile" WHEN trim("imd_quintile") <> '' AND "fits:imd_quintile" THEN CAST(replace(trim("imd_quintile"), ',', '') AS DOUBLE) END AS "imd_quintile",
    "indicator",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN "canonical:eligible" WHEN trim("eligible") <> '' AND "fits:eligible" THEN CAST(replace(trim("eligible"), ',', '') AS DOUBLE) END AS "eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN "canonical:pca" WHEN trim("pca") <> '' AND "fits:pca" THEN CAST(replace(trim("pca"), ',', '') AS DOUBLE) END AS "pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN "canonical:achieved" WHEN trim("achieved") <> '' AND "fits:achieved" THEN CAST(replace(trim("achieved"), ',', '') AS DOUBLE) END AS "achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN "canonical:list_size" WHEN trim("list_size") <> '' AND "fits:list_size" THEN CAST(replace(trim("list_size"), ',', '') AS DOUBLE) END AS "list_size",
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
  SUM(CASE WHEN (("indicator" = 'BP002')) IS TRUE THEN CAST("achieved" AS DOUBLE) END) AS "a0:number",
  SUM(CASE WHEN (("indicator" = 'BP002')) IS TRUE THEN CAST("eligible" AS DOUBLE) END) AS "a1:number",
  SUM(CASE WHEN (("indicator" = 'BP002')) IS TRUE THEN CAST("pca" AS DOUBLE) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric pcn_core20_bp "Blood pressure recorded in Core20 neighbourhoods" (samples/gp-contract.hewitt:82)
-- Per icb: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS VARCHAR), '') AS "practice",
    NULLIF(CAST("practice_name" AS VARCHAR), '') AS "practice_name",
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("imd_quintile" AS VARCHAR), '') ELSE '' END AS "imd_quintile",
    CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:imd_quintile",
    NULLIF(CAST("indicator" AS VARCHAR), '') AS "indicator",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("eligible" AS VARCHAR), '') ELSE '' END AS "eligible",
    CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:eligible",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("pca" AS VARCHAR), '') ELSE '' END AS "pca",
    CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:pca",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("achieved" AS VARCHAR), '') ELSE '' END AS "achieved",
    CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:achieved",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("list_size" AS VARCHAR), '') ELSE '' END AS "list_size",
    CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:list_size"
  FROM read_csv('samples/data/qof.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN TRUE ELSE trim("imd_quintile") = '' OR regexp_full_match(trim("imd_quintile"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:imd_quintile",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN TRUE ELSE trim("eligible") = '' OR regexp_full_match(trim("eligible"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN TRUE ELSE trim("pca") = '' OR regexp_full_match(trim("pca"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN TRUE ELSE trim("achieved") = '' OR regexp_full_match(trim("achieved"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN TRUE ELSE trim("list_size") = '' OR regexp_full_match(trim("list_size"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN "canonical:imd_quintile" WHEN trim("imd_quintile") <> '' AND "fits:imd_quintile" THEN CAST(replace(trim("imd_quintile"), ',', '') AS DOUBLE) END AS "imd_quintile",
    "indicator",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN "canonical:eligible" WHEN trim("eligible") <> '' AND "fits:eligible" THEN CAST(replace(trim("eligible"), ',', '') AS DOUBLE) END AS "eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN "canonical:pca" WHEN trim("pca") <> '' AND "fits:pca" THEN CAST(replace(trim("pca"), ',', '') AS DOUBLE) END AS "pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN "canonical:achieved" WHEN trim("achieved") <> '' AND "fits:achieved" THEN CAST(replace(trim("achieved"), ',', '') AS DOUBLE) END AS "achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN "canonical:list_size" WHEN trim("list_size") <> '' AND "fits:list_size" THEN CAST(replace(trim("list_size"), ',', '') AS DOUBLE) END AS "list_size",
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
  SUM(CASE WHEN ((("indicator" = 'BP002') AND ("imd_quintile" = 1.0))) IS TRUE THEN CAST("achieved" AS DOUBLE) END) AS "a0:number",
  SUM(CASE WHEN ((("indicator" = 'BP002') AND ("imd_quintile" = 1.0))) IS TRUE THEN CAST("eligible" AS DOUBLE) END) AS "a1:number",
  SUM(CASE WHEN ((("indicator" = 'BP002') AND ("imd_quintile" = 1.0))) IS TRUE THEN CAST("pca" AS DOUBLE) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric local_diabetes_stretch "Diabetes control, local stretch" (samples/gp-contract.hewitt:96)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS VARCHAR), '') AS "practice",
    NULLIF(CAST("practice_name" AS VARCHAR), '') AS "practice_name",
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("imd_quintile" AS VARCHAR), '') ELSE '' END AS "imd_quintile",
    CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:imd_quintile",
    NULLIF(CAST("indicator" AS VARCHAR), '') AS "indicator",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("eligible" AS VARCHAR), '') ELSE '' END AS "eligible",
    CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:eligible",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("pca" AS VARCHAR), '') ELSE '' END AS "pca",
    CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:pca",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("achieved" AS VARCHAR), '') ELSE '' END AS "achieved",
    CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:achieved",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("list_size" AS VARCHAR), '') ELSE '' END AS "list_size",
    CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:list_size"
  FROM read_csv('samples/data/qof.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN TRUE ELSE trim("imd_quintile") = '' OR regexp_full_match(trim("imd_quintile"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:imd_quintile",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN TRUE ELSE trim("eligible") = '' OR regexp_full_match(trim("eligible"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN TRUE ELSE trim("pca") = '' OR regexp_full_match(trim("pca"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN TRUE ELSE trim("achieved") = '' OR regexp_full_match(trim("achieved"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN TRUE ELSE trim("list_size") = '' OR regexp_full_match(trim("list_size"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN "canonical:imd_quintile" WHEN trim("imd_quintile") <> '' AND "fits:imd_quintile" THEN CAST(replace(trim("imd_quintile"), ',', '') AS DOUBLE) END AS "imd_quintile",
    "indicator",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN "canonical:eligible" WHEN trim("eligible") <> '' AND "fits:eligible" THEN CAST(replace(trim("eligible"), ',', '') AS DOUBLE) END AS "eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN "canonical:pca" WHEN trim("pca") <> '' AND "fits:pca" THEN CAST(replace(trim("pca"), ',', '') AS DOUBLE) END AS "pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN "canonical:achieved" WHEN trim("achieved") <> '' AND "fits:achieved" THEN CAST(replace(trim("achieved"), ',', '') AS DOUBLE) END AS "achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN "canonical:list_size" WHEN trim("list_size") <> '' AND "fits:list_size" THEN CAST(replace(trim("list_size"), ',', '') AS DOUBLE) END AS "list_size",
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
  SUM(CASE WHEN ((("indicator" = 'DM020') AND ("list_size" >= 1000.0))) IS TRUE THEN CAST("achieved" AS DOUBLE) END) AS "a0:number",
  SUM(CASE WHEN ((("indicator" = 'DM020') AND ("list_size" >= 1000.0))) IS TRUE THEN CAST("eligible" AS DOUBLE) END) AS "a1:number",
  SUM(CASE WHEN ((("indicator" = 'DM020') AND ("list_size" >= 1000.0))) IS TRUE THEN CAST("pca" AS DOUBLE) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- metric local_diabetes_stretch, per stratum "Diabetes control, local stretch" (samples/gp-contract.hewitt:96)
-- Per stratum: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("practice" AS VARCHAR), '') AS "practice",
    NULLIF(CAST("practice_name" AS VARCHAR), '') AS "practice_name",
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("imd_quintile" AS VARCHAR), '') ELSE '' END AS "imd_quintile",
    CASE WHEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("imd_quintile" AS VARCHAR) THEN CAST(TRY_CAST(CAST("imd_quintile" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:imd_quintile",
    NULLIF(CAST("indicator" AS VARCHAR), '') AS "indicator",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("eligible" AS VARCHAR), '') ELSE '' END AS "eligible",
    CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:eligible",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("pca" AS VARCHAR), '') ELSE '' END AS "pca",
    CASE WHEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("pca" AS VARCHAR) THEN CAST(TRY_CAST(CAST("pca" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:pca",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("achieved" AS VARCHAR), '') ELSE '' END AS "achieved",
    CASE WHEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("achieved" AS VARCHAR) THEN CAST(TRY_CAST(CAST("achieved" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:achieved",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("list_size" AS VARCHAR), '') ELSE '' END AS "list_size",
    CASE WHEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("list_size" AS VARCHAR) THEN CAST(TRY_CAST(CAST("list_size" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:list_size"
  FROM read_csv('samples/data/qof.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN TRUE ELSE trim("imd_quintile") = '' OR regexp_full_match(trim("imd_quintile"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:imd_quintile",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN TRUE ELSE trim("eligible") = '' OR regexp_full_match(trim("eligible"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN TRUE ELSE trim("pca") = '' OR regexp_full_match(trim("pca"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN TRUE ELSE trim("achieved") = '' OR regexp_full_match(trim("achieved"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN TRUE ELSE trim("list_size") = '' OR regexp_full_match(trim("list_size"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:list_size"
  FROM "cells"
),
"typed" AS (
  SELECT
    "practice",
    "practice_name",
    "icb",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    CASE WHEN "canonical:imd_quintile" IS NOT NULL THEN "canonical:imd_quintile" WHEN trim("imd_quintile") <> '' AND "fits:imd_quintile" THEN CAST(replace(trim("imd_quintile"), ',', '') AS DOUBLE) END AS "imd_quintile",
    "indicator",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN "canonical:eligible" WHEN trim("eligible") <> '' AND "fits:eligible" THEN CAST(replace(trim("eligible"), ',', '') AS DOUBLE) END AS "eligible",
    CASE WHEN "canonical:pca" IS NOT NULL THEN "canonical:pca" WHEN trim("pca") <> '' AND "fits:pca" THEN CAST(replace(trim("pca"), ',', '') AS DOUBLE) END AS "pca",
    CASE WHEN "canonical:achieved" IS NOT NULL THEN "canonical:achieved" WHEN trim("achieved") <> '' AND "fits:achieved" THEN CAST(replace(trim("achieved"), ',', '') AS DOUBLE) END AS "achieved",
    CASE WHEN "canonical:list_size" IS NOT NULL THEN "canonical:list_size" WHEN trim("list_size") <> '' AND "fits:list_size" THEN CAST(replace(trim("list_size"), ',', '') AS DOUBLE) END AS "list_size",
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
  SUM(CASE WHEN ((("indicator" = 'DM020') AND ("list_size" >= 1000.0))) IS TRUE THEN CAST("achieved" AS DOUBLE) END) AS "a0:number",
  SUM(CASE WHEN ((("indicator" = 'DM020') AND ("list_size" >= 1000.0))) IS TRUE THEN CAST("eligible" AS DOUBLE) END) AS "a1:number",
  SUM(CASE WHEN ((("indicator" = 'DM020') AND ("list_size" >= 1000.0))) IS TRUE THEN CAST("pca" AS DOUBLE) END) AS "a2:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;
