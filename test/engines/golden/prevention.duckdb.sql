-- SQL of samples/prevention.hewitt for duckdb, rendered by hewitt sql. Run each statement on its own.
-- Money is in whole pence; empty cells are NULL; a row with a cell that does not fit its column is left out.

-- classification prevention "Prevention spend, broad definition" (samples/prevention.hewitt:12)
-- Each accepted row of ledger with its category: the index of the first category whose condition holds (in declaration order from 0), -1 for none, -2 when excluded.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    NULLIF(CAST("icb_name" AS VARCHAR), '') AS "icb_name",
    NULLIF(CAST("region" AS VARCHAR), '') AS "region",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    NULLIF(CAST("programme" AS VARCHAR), '') AS "programme",
    NULLIF(CAST("cost_centre" AS VARCHAR), '') AS "cost_centre",
    NULLIF(CAST("description" AS VARCHAR), '') AS "description",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END IS NULL THEN COALESCE(CAST("amount" AS VARCHAR), '') ELSE '' END AS "amount",
    CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END AS "canonical:amount",
    CASE WHEN CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END IS NULL THEN COALESCE(CAST("recurrent" AS VARCHAR), '') ELSE '' END AS "recurrent",
    CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END AS "canonical:recurrent"
  FROM read_csv('samples/data/ledger.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:amount" IS NOT NULL THEN TRUE ELSE trim("amount") = '' OR ((regexp_full_match(trim("amount"), '[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?') AND NOT regexp_full_match(trim("amount"), '[+-]£?[+-].*')) OR regexp_full_match(trim("amount"), '\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\)')) END AS "fits:amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN TRUE ELSE trim("recurrent") = '' OR (lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') OR lower(trim("recurrent")) IN ('no', 'false', 'n', '0')) END AS "fits:recurrent"
  FROM "cells"
),
"typed" AS (
  SELECT
    "icb",
    "icb_name",
    "region",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    "programme",
    "cost_centre",
    "description",
    CASE WHEN "canonical:amount" IS NOT NULL THEN "canonical:amount" WHEN trim("amount") <> '' AND "fits:amount" THEN CASE WHEN (strpos(trim("amount"), '-') > 0 OR strpos(trim("amount"), '(') = 1) THEN -(CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT) END END AS "amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN "canonical:recurrent" WHEN trim("recurrent") <> '' AND "fits:recurrent" THEN lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') END AS "recurrent",
    NOT ("fits:year" AND "fits:amount" AND "fits:recurrent") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *,
    CASE
      WHEN ((("amount" <= CAST(0 AS BIGINT)) AND (NOT ("recurrent" = TRUE)))) IS TRUE THEN -2
      WHEN ((CASE WHEN "programme" IS NULL THEN NULL ELSE ("programme" IN ('IMMS', 'FLU')) END)) IS TRUE THEN 0
      WHEN (starts_with("programme", 'SCR-')) IS TRUE THEN 1
      WHEN (("programme" = 'NHSHC')) IS TRUE THEN 2
      WHEN ((("programme" = 'SMOK') AND (CASE WHEN "cost_centre" IS NULL THEN NULL ELSE NOT ("cost_centre" IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END))) IS TRUE THEN 3
      WHEN (("programme" = 'DPP')) IS TRUE THEN 4
      WHEN (("cost_centre" = 'PH-T2W')) IS TRUE THEN 5
      WHEN ((("programme" = 'SURV') OR starts_with("cost_centre", 'PH-HP'))) IS TRUE THEN 6
      WHEN (("programme" = 'EPRR')) IS TRUE THEN 7
      WHEN ((("programme" = 'CARDIAC-REHAB') AND ("amount" > CAST(0 AS BIGINT)))) IS TRUE THEN 8
      ELSE -1
    END AS "category:prevention"
  FROM "typed"
)
SELECT
  "icb",
  "icb_name",
  "region",
  "year",
  "programme",
  "cost_centre",
  "description",
  "amount",
  "recurrent",
  "category:prevention" AS "category"
FROM "rows"
WHERE NOT "hewitt:rejected";

-- measure prevention_share "Share of ICB spend on prevention" (samples/prevention.hewitt:77)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    NULLIF(CAST("icb_name" AS VARCHAR), '') AS "icb_name",
    NULLIF(CAST("region" AS VARCHAR), '') AS "region",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    NULLIF(CAST("programme" AS VARCHAR), '') AS "programme",
    NULLIF(CAST("cost_centre" AS VARCHAR), '') AS "cost_centre",
    NULLIF(CAST("description" AS VARCHAR), '') AS "description",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END IS NULL THEN COALESCE(CAST("amount" AS VARCHAR), '') ELSE '' END AS "amount",
    CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END AS "canonical:amount",
    CASE WHEN CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END IS NULL THEN COALESCE(CAST("recurrent" AS VARCHAR), '') ELSE '' END AS "recurrent",
    CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END AS "canonical:recurrent"
  FROM read_csv('samples/data/ledger.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:amount" IS NOT NULL THEN TRUE ELSE trim("amount") = '' OR ((regexp_full_match(trim("amount"), '[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?') AND NOT regexp_full_match(trim("amount"), '[+-]£?[+-].*')) OR regexp_full_match(trim("amount"), '\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\)')) END AS "fits:amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN TRUE ELSE trim("recurrent") = '' OR (lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') OR lower(trim("recurrent")) IN ('no', 'false', 'n', '0')) END AS "fits:recurrent"
  FROM "cells"
),
"typed" AS (
  SELECT
    "icb",
    "icb_name",
    "region",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    "programme",
    "cost_centre",
    "description",
    CASE WHEN "canonical:amount" IS NOT NULL THEN "canonical:amount" WHEN trim("amount") <> '' AND "fits:amount" THEN CASE WHEN (strpos(trim("amount"), '-') > 0 OR strpos(trim("amount"), '(') = 1) THEN -(CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT) END END AS "amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN "canonical:recurrent" WHEN trim("recurrent") <> '' AND "fits:recurrent" THEN lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') END AS "recurrent",
    NOT ("fits:year" AND "fits:amount" AND "fits:recurrent") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *,
    CASE
      WHEN ((("amount" <= CAST(0 AS BIGINT)) AND (NOT ("recurrent" = TRUE)))) IS TRUE THEN -2
      WHEN ((CASE WHEN "programme" IS NULL THEN NULL ELSE ("programme" IN ('IMMS', 'FLU')) END)) IS TRUE THEN 0
      WHEN (starts_with("programme", 'SCR-')) IS TRUE THEN 1
      WHEN (("programme" = 'NHSHC')) IS TRUE THEN 2
      WHEN ((("programme" = 'SMOK') AND (CASE WHEN "cost_centre" IS NULL THEN NULL ELSE NOT ("cost_centre" IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END))) IS TRUE THEN 3
      WHEN (("programme" = 'DPP')) IS TRUE THEN 4
      WHEN (("cost_centre" = 'PH-T2W')) IS TRUE THEN 5
      WHEN ((("programme" = 'SURV') OR starts_with("cost_centre", 'PH-HP'))) IS TRUE THEN 6
      WHEN (("programme" = 'EPRR')) IS TRUE THEN 7
      WHEN ((("programme" = 'CARDIAC-REHAB') AND ("amount" > CAST(0 AS BIGINT)))) IS TRUE THEN 8
      ELSE -1
    END AS "category:prevention"
  FROM "typed"
)
SELECT
  "icb",
  "year",
  CAST(SUM(CASE WHEN (("category:prevention" >= 0)) IS TRUE THEN CAST("amount" AS HUGEINT) * (CASE WHEN "category:prevention" = 5 THEN 50000000 ELSE 100000000 END) END) AS VARCHAR) AS "a0:fine",
  CAST(SUM("amount") AS VARCHAR) AS "a1:pence"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1, 2;

-- measure national_prevention_share "Share of all ICB spend on prevention, England" (samples/prevention.hewitt:83)
-- Per year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    NULLIF(CAST("icb_name" AS VARCHAR), '') AS "icb_name",
    NULLIF(CAST("region" AS VARCHAR), '') AS "region",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    NULLIF(CAST("programme" AS VARCHAR), '') AS "programme",
    NULLIF(CAST("cost_centre" AS VARCHAR), '') AS "cost_centre",
    NULLIF(CAST("description" AS VARCHAR), '') AS "description",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END IS NULL THEN COALESCE(CAST("amount" AS VARCHAR), '') ELSE '' END AS "amount",
    CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END AS "canonical:amount",
    CASE WHEN CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END IS NULL THEN COALESCE(CAST("recurrent" AS VARCHAR), '') ELSE '' END AS "recurrent",
    CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END AS "canonical:recurrent"
  FROM read_csv('samples/data/ledger.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:amount" IS NOT NULL THEN TRUE ELSE trim("amount") = '' OR ((regexp_full_match(trim("amount"), '[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?') AND NOT regexp_full_match(trim("amount"), '[+-]£?[+-].*')) OR regexp_full_match(trim("amount"), '\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\)')) END AS "fits:amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN TRUE ELSE trim("recurrent") = '' OR (lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') OR lower(trim("recurrent")) IN ('no', 'false', 'n', '0')) END AS "fits:recurrent"
  FROM "cells"
),
"typed" AS (
  SELECT
    "icb",
    "icb_name",
    "region",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    "programme",
    "cost_centre",
    "description",
    CASE WHEN "canonical:amount" IS NOT NULL THEN "canonical:amount" WHEN trim("amount") <> '' AND "fits:amount" THEN CASE WHEN (strpos(trim("amount"), '-') > 0 OR strpos(trim("amount"), '(') = 1) THEN -(CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT) END END AS "amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN "canonical:recurrent" WHEN trim("recurrent") <> '' AND "fits:recurrent" THEN lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') END AS "recurrent",
    NOT ("fits:year" AND "fits:amount" AND "fits:recurrent") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *,
    CASE
      WHEN ((("amount" <= CAST(0 AS BIGINT)) AND (NOT ("recurrent" = TRUE)))) IS TRUE THEN -2
      WHEN ((CASE WHEN "programme" IS NULL THEN NULL ELSE ("programme" IN ('IMMS', 'FLU')) END)) IS TRUE THEN 0
      WHEN (starts_with("programme", 'SCR-')) IS TRUE THEN 1
      WHEN (("programme" = 'NHSHC')) IS TRUE THEN 2
      WHEN ((("programme" = 'SMOK') AND (CASE WHEN "cost_centre" IS NULL THEN NULL ELSE NOT ("cost_centre" IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END))) IS TRUE THEN 3
      WHEN (("programme" = 'DPP')) IS TRUE THEN 4
      WHEN (("cost_centre" = 'PH-T2W')) IS TRUE THEN 5
      WHEN ((("programme" = 'SURV') OR starts_with("cost_centre", 'PH-HP'))) IS TRUE THEN 6
      WHEN (("programme" = 'EPRR')) IS TRUE THEN 7
      WHEN ((("programme" = 'CARDIAC-REHAB') AND ("amount" > CAST(0 AS BIGINT)))) IS TRUE THEN 8
      ELSE -1
    END AS "category:prevention"
  FROM "typed"
)
SELECT
  "year",
  CAST(SUM(CASE WHEN (("category:prevention" >= 0)) IS TRUE THEN CAST("amount" AS HUGEINT) * (CASE WHEN "category:prevention" = 5 THEN 50000000 ELSE 100000000 END) END) AS VARCHAR) AS "a0:fine",
  CAST(SUM("amount") AS VARCHAR) AS "a1:pence"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- measure national_prevention_spend "Prevention spend across all ICBs, England" (samples/prevention.hewitt:89)
-- Per year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    NULLIF(CAST("icb_name" AS VARCHAR), '') AS "icb_name",
    NULLIF(CAST("region" AS VARCHAR), '') AS "region",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    NULLIF(CAST("programme" AS VARCHAR), '') AS "programme",
    NULLIF(CAST("cost_centre" AS VARCHAR), '') AS "cost_centre",
    NULLIF(CAST("description" AS VARCHAR), '') AS "description",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END IS NULL THEN COALESCE(CAST("amount" AS VARCHAR), '') ELSE '' END AS "amount",
    CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END AS "canonical:amount",
    CASE WHEN CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END IS NULL THEN COALESCE(CAST("recurrent" AS VARCHAR), '') ELSE '' END AS "recurrent",
    CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END AS "canonical:recurrent"
  FROM read_csv('samples/data/ledger.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:amount" IS NOT NULL THEN TRUE ELSE trim("amount") = '' OR ((regexp_full_match(trim("amount"), '[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?') AND NOT regexp_full_match(trim("amount"), '[+-]£?[+-].*')) OR regexp_full_match(trim("amount"), '\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\)')) END AS "fits:amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN TRUE ELSE trim("recurrent") = '' OR (lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') OR lower(trim("recurrent")) IN ('no', 'false', 'n', '0')) END AS "fits:recurrent"
  FROM "cells"
),
"typed" AS (
  SELECT
    "icb",
    "icb_name",
    "region",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    "programme",
    "cost_centre",
    "description",
    CASE WHEN "canonical:amount" IS NOT NULL THEN "canonical:amount" WHEN trim("amount") <> '' AND "fits:amount" THEN CASE WHEN (strpos(trim("amount"), '-') > 0 OR strpos(trim("amount"), '(') = 1) THEN -(CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT) END END AS "amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN "canonical:recurrent" WHEN trim("recurrent") <> '' AND "fits:recurrent" THEN lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') END AS "recurrent",
    NOT ("fits:year" AND "fits:amount" AND "fits:recurrent") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *,
    CASE
      WHEN ((("amount" <= CAST(0 AS BIGINT)) AND (NOT ("recurrent" = TRUE)))) IS TRUE THEN -2
      WHEN ((CASE WHEN "programme" IS NULL THEN NULL ELSE ("programme" IN ('IMMS', 'FLU')) END)) IS TRUE THEN 0
      WHEN (starts_with("programme", 'SCR-')) IS TRUE THEN 1
      WHEN (("programme" = 'NHSHC')) IS TRUE THEN 2
      WHEN ((("programme" = 'SMOK') AND (CASE WHEN "cost_centre" IS NULL THEN NULL ELSE NOT ("cost_centre" IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END))) IS TRUE THEN 3
      WHEN (("programme" = 'DPP')) IS TRUE THEN 4
      WHEN (("cost_centre" = 'PH-T2W')) IS TRUE THEN 5
      WHEN ((("programme" = 'SURV') OR starts_with("cost_centre", 'PH-HP'))) IS TRUE THEN 6
      WHEN (("programme" = 'EPRR')) IS TRUE THEN 7
      WHEN ((("programme" = 'CARDIAC-REHAB') AND ("amount" > CAST(0 AS BIGINT)))) IS TRUE THEN 8
      ELSE -1
    END AS "category:prevention"
  FROM "typed"
)
SELECT
  "year",
  CAST(SUM(CASE WHEN (("category:prevention" >= 0)) IS TRUE THEN CAST("amount" AS HUGEINT) * (CASE WHEN "category:prevention" = 5 THEN 50000000 ELSE 100000000 END) END) AS VARCHAR) AS "a0:fine"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- measure screening_share "Screening's share of prevention spend" (samples/prevention.hewitt:96)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    NULLIF(CAST("icb_name" AS VARCHAR), '') AS "icb_name",
    NULLIF(CAST("region" AS VARCHAR), '') AS "region",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    NULLIF(CAST("programme" AS VARCHAR), '') AS "programme",
    NULLIF(CAST("cost_centre" AS VARCHAR), '') AS "cost_centre",
    NULLIF(CAST("description" AS VARCHAR), '') AS "description",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END IS NULL THEN COALESCE(CAST("amount" AS VARCHAR), '') ELSE '' END AS "amount",
    CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END AS "canonical:amount",
    CASE WHEN CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END IS NULL THEN COALESCE(CAST("recurrent" AS VARCHAR), '') ELSE '' END AS "recurrent",
    CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END AS "canonical:recurrent"
  FROM read_csv('samples/data/ledger.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:amount" IS NOT NULL THEN TRUE ELSE trim("amount") = '' OR ((regexp_full_match(trim("amount"), '[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?') AND NOT regexp_full_match(trim("amount"), '[+-]£?[+-].*')) OR regexp_full_match(trim("amount"), '\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\)')) END AS "fits:amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN TRUE ELSE trim("recurrent") = '' OR (lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') OR lower(trim("recurrent")) IN ('no', 'false', 'n', '0')) END AS "fits:recurrent"
  FROM "cells"
),
"typed" AS (
  SELECT
    "icb",
    "icb_name",
    "region",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    "programme",
    "cost_centre",
    "description",
    CASE WHEN "canonical:amount" IS NOT NULL THEN "canonical:amount" WHEN trim("amount") <> '' AND "fits:amount" THEN CASE WHEN (strpos(trim("amount"), '-') > 0 OR strpos(trim("amount"), '(') = 1) THEN -(CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT) END END AS "amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN "canonical:recurrent" WHEN trim("recurrent") <> '' AND "fits:recurrent" THEN lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') END AS "recurrent",
    NOT ("fits:year" AND "fits:amount" AND "fits:recurrent") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *,
    CASE
      WHEN ((("amount" <= CAST(0 AS BIGINT)) AND (NOT ("recurrent" = TRUE)))) IS TRUE THEN -2
      WHEN ((CASE WHEN "programme" IS NULL THEN NULL ELSE ("programme" IN ('IMMS', 'FLU')) END)) IS TRUE THEN 0
      WHEN (starts_with("programme", 'SCR-')) IS TRUE THEN 1
      WHEN (("programme" = 'NHSHC')) IS TRUE THEN 2
      WHEN ((("programme" = 'SMOK') AND (CASE WHEN "cost_centre" IS NULL THEN NULL ELSE NOT ("cost_centre" IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END))) IS TRUE THEN 3
      WHEN (("programme" = 'DPP')) IS TRUE THEN 4
      WHEN (("cost_centre" = 'PH-T2W')) IS TRUE THEN 5
      WHEN ((("programme" = 'SURV') OR starts_with("cost_centre", 'PH-HP'))) IS TRUE THEN 6
      WHEN (("programme" = 'EPRR')) IS TRUE THEN 7
      WHEN ((("programme" = 'CARDIAC-REHAB') AND ("amount" > CAST(0 AS BIGINT)))) IS TRUE THEN 8
      ELSE -1
    END AS "category:prevention"
  FROM "typed"
)
SELECT
  "icb",
  "year",
  CAST(SUM(CASE WHEN (("category:prevention" = 1)) IS TRUE THEN CAST("amount" AS HUGEINT) * (CASE WHEN "category:prevention" = 5 THEN 50000000 ELSE 100000000 END) END) AS VARCHAR) AS "a0:fine",
  CAST(SUM(CASE WHEN (("category:prevention" >= 0)) IS TRUE THEN CAST("amount" AS HUGEINT) * (CASE WHEN "category:prevention" = 5 THEN 50000000 ELSE 100000000 END) END) AS VARCHAR) AS "a1:fine"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1, 2;

-- measure core_programmes_share "Immunisation and screening as a share of prevention spend" (samples/prevention.hewitt:102)
-- Per region, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    NULLIF(CAST("icb_name" AS VARCHAR), '') AS "icb_name",
    NULLIF(CAST("region" AS VARCHAR), '') AS "region",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    NULLIF(CAST("programme" AS VARCHAR), '') AS "programme",
    NULLIF(CAST("cost_centre" AS VARCHAR), '') AS "cost_centre",
    NULLIF(CAST("description" AS VARCHAR), '') AS "description",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END IS NULL THEN COALESCE(CAST("amount" AS VARCHAR), '') ELSE '' END AS "amount",
    CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END AS "canonical:amount",
    CASE WHEN CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END IS NULL THEN COALESCE(CAST("recurrent" AS VARCHAR), '') ELSE '' END AS "recurrent",
    CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END AS "canonical:recurrent"
  FROM read_csv('samples/data/ledger.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:amount" IS NOT NULL THEN TRUE ELSE trim("amount") = '' OR ((regexp_full_match(trim("amount"), '[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?') AND NOT regexp_full_match(trim("amount"), '[+-]£?[+-].*')) OR regexp_full_match(trim("amount"), '\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\)')) END AS "fits:amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN TRUE ELSE trim("recurrent") = '' OR (lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') OR lower(trim("recurrent")) IN ('no', 'false', 'n', '0')) END AS "fits:recurrent"
  FROM "cells"
),
"typed" AS (
  SELECT
    "icb",
    "icb_name",
    "region",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    "programme",
    "cost_centre",
    "description",
    CASE WHEN "canonical:amount" IS NOT NULL THEN "canonical:amount" WHEN trim("amount") <> '' AND "fits:amount" THEN CASE WHEN (strpos(trim("amount"), '-') > 0 OR strpos(trim("amount"), '(') = 1) THEN -(CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT) END END AS "amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN "canonical:recurrent" WHEN trim("recurrent") <> '' AND "fits:recurrent" THEN lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') END AS "recurrent",
    NOT ("fits:year" AND "fits:amount" AND "fits:recurrent") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *,
    CASE
      WHEN ((("amount" <= CAST(0 AS BIGINT)) AND (NOT ("recurrent" = TRUE)))) IS TRUE THEN -2
      WHEN ((CASE WHEN "programme" IS NULL THEN NULL ELSE ("programme" IN ('IMMS', 'FLU')) END)) IS TRUE THEN 0
      WHEN (starts_with("programme", 'SCR-')) IS TRUE THEN 1
      WHEN (("programme" = 'NHSHC')) IS TRUE THEN 2
      WHEN ((("programme" = 'SMOK') AND (CASE WHEN "cost_centre" IS NULL THEN NULL ELSE NOT ("cost_centre" IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END))) IS TRUE THEN 3
      WHEN (("programme" = 'DPP')) IS TRUE THEN 4
      WHEN (("cost_centre" = 'PH-T2W')) IS TRUE THEN 5
      WHEN ((("programme" = 'SURV') OR starts_with("cost_centre", 'PH-HP'))) IS TRUE THEN 6
      WHEN (("programme" = 'EPRR')) IS TRUE THEN 7
      WHEN ((("programme" = 'CARDIAC-REHAB') AND ("amount" > CAST(0 AS BIGINT)))) IS TRUE THEN 8
      ELSE -1
    END AS "category:prevention"
  FROM "typed"
)
SELECT
  "region",
  "year",
  CAST(SUM(CASE WHEN (("category:prevention" = 0)) IS TRUE THEN CAST("amount" AS HUGEINT) * (CASE WHEN "category:prevention" = 5 THEN 50000000 ELSE 100000000 END) END) AS VARCHAR) AS "a0:fine",
  CAST(SUM(CASE WHEN (("category:prevention" = 1)) IS TRUE THEN CAST("amount" AS HUGEINT) * (CASE WHEN "category:prevention" = 5 THEN 50000000 ELSE 100000000 END) END) AS VARCHAR) AS "a1:fine",
  CAST(SUM(CASE WHEN (("category:prevention" >= 0)) IS TRUE THEN CAST("amount" AS HUGEINT) * (CASE WHEN "category:prevention" = 5 THEN 50000000 ELSE 100000000 END) END) AS VARCHAR) AS "a2:fine"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1, 2;

-- measure stop_smoking_spend "Stop smoking services spend" (samples/prevention.hewitt:108)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    NULLIF(CAST("icb_name" AS VARCHAR), '') AS "icb_name",
    NULLIF(CAST("region" AS VARCHAR), '') AS "region",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    NULLIF(CAST("programme" AS VARCHAR), '') AS "programme",
    NULLIF(CAST("cost_centre" AS VARCHAR), '') AS "cost_centre",
    NULLIF(CAST("description" AS VARCHAR), '') AS "description",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END IS NULL THEN COALESCE(CAST("amount" AS VARCHAR), '') ELSE '' END AS "amount",
    CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END AS "canonical:amount",
    CASE WHEN CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END IS NULL THEN COALESCE(CAST("recurrent" AS VARCHAR), '') ELSE '' END AS "recurrent",
    CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END AS "canonical:recurrent"
  FROM read_csv('samples/data/ledger.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:amount" IS NOT NULL THEN TRUE ELSE trim("amount") = '' OR ((regexp_full_match(trim("amount"), '[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?') AND NOT regexp_full_match(trim("amount"), '[+-]£?[+-].*')) OR regexp_full_match(trim("amount"), '\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\)')) END AS "fits:amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN TRUE ELSE trim("recurrent") = '' OR (lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') OR lower(trim("recurrent")) IN ('no', 'false', 'n', '0')) END AS "fits:recurrent"
  FROM "cells"
),
"typed" AS (
  SELECT
    "icb",
    "icb_name",
    "region",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    "programme",
    "cost_centre",
    "description",
    CASE WHEN "canonical:amount" IS NOT NULL THEN "canonical:amount" WHEN trim("amount") <> '' AND "fits:amount" THEN CASE WHEN (strpos(trim("amount"), '-') > 0 OR strpos(trim("amount"), '(') = 1) THEN -(CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT) END END AS "amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN "canonical:recurrent" WHEN trim("recurrent") <> '' AND "fits:recurrent" THEN lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') END AS "recurrent",
    NOT ("fits:year" AND "fits:amount" AND "fits:recurrent") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *,
    CASE
      WHEN ((("amount" <= CAST(0 AS BIGINT)) AND (NOT ("recurrent" = TRUE)))) IS TRUE THEN -2
      WHEN ((CASE WHEN "programme" IS NULL THEN NULL ELSE ("programme" IN ('IMMS', 'FLU')) END)) IS TRUE THEN 0
      WHEN (starts_with("programme", 'SCR-')) IS TRUE THEN 1
      WHEN (("programme" = 'NHSHC')) IS TRUE THEN 2
      WHEN ((("programme" = 'SMOK') AND (CASE WHEN "cost_centre" IS NULL THEN NULL ELSE NOT ("cost_centre" IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END))) IS TRUE THEN 3
      WHEN (("programme" = 'DPP')) IS TRUE THEN 4
      WHEN (("cost_centre" = 'PH-T2W')) IS TRUE THEN 5
      WHEN ((("programme" = 'SURV') OR starts_with("cost_centre", 'PH-HP'))) IS TRUE THEN 6
      WHEN (("programme" = 'EPRR')) IS TRUE THEN 7
      WHEN ((("programme" = 'CARDIAC-REHAB') AND ("amount" > CAST(0 AS BIGINT)))) IS TRUE THEN 8
      ELSE -1
    END AS "category:prevention"
  FROM "typed"
)
SELECT
  "icb",
  "year",
  CAST(SUM(CASE WHEN (("category:prevention" = 3)) IS TRUE THEN CAST("amount" AS HUGEINT) * (CASE WHEN "category:prevention" = 5 THEN 50000000 ELSE 100000000 END) END) AS VARCHAR) AS "a0:fine"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1, 2;

-- measure weight_mgmt_gross "Tier 2 weight management, gross cost" (samples/prevention.hewitt:116)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    NULLIF(CAST("icb_name" AS VARCHAR), '') AS "icb_name",
    NULLIF(CAST("region" AS VARCHAR), '') AS "region",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    NULLIF(CAST("programme" AS VARCHAR), '') AS "programme",
    NULLIF(CAST("cost_centre" AS VARCHAR), '') AS "cost_centre",
    NULLIF(CAST("description" AS VARCHAR), '') AS "description",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END IS NULL THEN COALESCE(CAST("amount" AS VARCHAR), '') ELSE '' END AS "amount",
    CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END AS "canonical:amount",
    CASE WHEN CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END IS NULL THEN COALESCE(CAST("recurrent" AS VARCHAR), '') ELSE '' END AS "recurrent",
    CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END AS "canonical:recurrent"
  FROM read_csv('samples/data/ledger.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:amount" IS NOT NULL THEN TRUE ELSE trim("amount") = '' OR ((regexp_full_match(trim("amount"), '[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?') AND NOT regexp_full_match(trim("amount"), '[+-]£?[+-].*')) OR regexp_full_match(trim("amount"), '\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\)')) END AS "fits:amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN TRUE ELSE trim("recurrent") = '' OR (lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') OR lower(trim("recurrent")) IN ('no', 'false', 'n', '0')) END AS "fits:recurrent"
  FROM "cells"
),
"typed" AS (
  SELECT
    "icb",
    "icb_name",
    "region",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    "programme",
    "cost_centre",
    "description",
    CASE WHEN "canonical:amount" IS NOT NULL THEN "canonical:amount" WHEN trim("amount") <> '' AND "fits:amount" THEN CASE WHEN (strpos(trim("amount"), '-') > 0 OR strpos(trim("amount"), '(') = 1) THEN -(CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT) END END AS "amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN "canonical:recurrent" WHEN trim("recurrent") <> '' AND "fits:recurrent" THEN lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') END AS "recurrent",
    NOT ("fits:year" AND "fits:amount" AND "fits:recurrent") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *,
    CASE
      WHEN ((("amount" <= CAST(0 AS BIGINT)) AND (NOT ("recurrent" = TRUE)))) IS TRUE THEN -2
      WHEN ((CASE WHEN "programme" IS NULL THEN NULL ELSE ("programme" IN ('IMMS', 'FLU')) END)) IS TRUE THEN 0
      WHEN (starts_with("programme", 'SCR-')) IS TRUE THEN 1
      WHEN (("programme" = 'NHSHC')) IS TRUE THEN 2
      WHEN ((("programme" = 'SMOK') AND (CASE WHEN "cost_centre" IS NULL THEN NULL ELSE NOT ("cost_centre" IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END))) IS TRUE THEN 3
      WHEN (("programme" = 'DPP')) IS TRUE THEN 4
      WHEN (("cost_centre" = 'PH-T2W')) IS TRUE THEN 5
      WHEN ((("programme" = 'SURV') OR starts_with("cost_centre", 'PH-HP'))) IS TRUE THEN 6
      WHEN (("programme" = 'EPRR')) IS TRUE THEN 7
      WHEN ((("programme" = 'CARDIAC-REHAB') AND ("amount" > CAST(0 AS BIGINT)))) IS TRUE THEN 8
      ELSE -1
    END AS "category:prevention"
  FROM "typed"
)
SELECT
  "icb",
  "year",
  CAST(SUM(CASE WHEN (("category:prevention" = 5)) IS TRUE THEN CAST("amount" AS HUGEINT) * (CASE WHEN "category:prevention" = 5 THEN 50000000 ELSE 100000000 END) END) AS VARCHAR) AS "a0:fine"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1, 2;

-- measure non_recurrent_prevention "Prevention spend from one-off pots" (samples/prevention.hewitt:122)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    NULLIF(CAST("icb_name" AS VARCHAR), '') AS "icb_name",
    NULLIF(CAST("region" AS VARCHAR), '') AS "region",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    NULLIF(CAST("programme" AS VARCHAR), '') AS "programme",
    NULLIF(CAST("cost_centre" AS VARCHAR), '') AS "cost_centre",
    NULLIF(CAST("description" AS VARCHAR), '') AS "description",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END IS NULL THEN COALESCE(CAST("amount" AS VARCHAR), '') ELSE '' END AS "amount",
    CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END AS "canonical:amount",
    CASE WHEN CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END IS NULL THEN COALESCE(CAST("recurrent" AS VARCHAR), '') ELSE '' END AS "recurrent",
    CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END AS "canonical:recurrent"
  FROM read_csv('samples/data/ledger.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:amount" IS NOT NULL THEN TRUE ELSE trim("amount") = '' OR ((regexp_full_match(trim("amount"), '[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?') AND NOT regexp_full_match(trim("amount"), '[+-]£?[+-].*')) OR regexp_full_match(trim("amount"), '\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\)')) END AS "fits:amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN TRUE ELSE trim("recurrent") = '' OR (lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') OR lower(trim("recurrent")) IN ('no', 'false', 'n', '0')) END AS "fits:recurrent"
  FROM "cells"
),
"typed" AS (
  SELECT
    "icb",
    "icb_name",
    "region",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    "programme",
    "cost_centre",
    "description",
    CASE WHEN "canonical:amount" IS NOT NULL THEN "canonical:amount" WHEN trim("amount") <> '' AND "fits:amount" THEN CASE WHEN (strpos(trim("amount"), '-') > 0 OR strpos(trim("amount"), '(') = 1) THEN -(CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT) END END AS "amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN "canonical:recurrent" WHEN trim("recurrent") <> '' AND "fits:recurrent" THEN lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') END AS "recurrent",
    NOT ("fits:year" AND "fits:amount" AND "fits:recurrent") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *,
    CASE
      WHEN ((("amount" <= CAST(0 AS BIGINT)) AND (NOT ("recurrent" = TRUE)))) IS TRUE THEN -2
      WHEN ((CASE WHEN "programme" IS NULL THEN NULL ELSE ("programme" IN ('IMMS', 'FLU')) END)) IS TRUE THEN 0
      WHEN (starts_with("programme", 'SCR-')) IS TRUE THEN 1
      WHEN (("programme" = 'NHSHC')) IS TRUE THEN 2
      WHEN ((("programme" = 'SMOK') AND (CASE WHEN "cost_centre" IS NULL THEN NULL ELSE NOT ("cost_centre" IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END))) IS TRUE THEN 3
      WHEN (("programme" = 'DPP')) IS TRUE THEN 4
      WHEN (("cost_centre" = 'PH-T2W')) IS TRUE THEN 5
      WHEN ((("programme" = 'SURV') OR starts_with("cost_centre", 'PH-HP'))) IS TRUE THEN 6
      WHEN (("programme" = 'EPRR')) IS TRUE THEN 7
      WHEN ((("programme" = 'CARDIAC-REHAB') AND ("amount" > CAST(0 AS BIGINT)))) IS TRUE THEN 8
      ELSE -1
    END AS "category:prevention"
  FROM "typed"
)
SELECT
  "icb",
  "year",
  CAST(SUM(CASE WHEN ((("category:prevention" >= 0) AND ("recurrent" = FALSE))) IS TRUE THEN CAST("amount" AS HUGEINT) * (CASE WHEN "category:prevention" = 5 THEN 50000000 ELSE 100000000 END) END) AS VARCHAR) AS "a0:fine"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1, 2;

-- measure eprr_spend "Emergency preparedness spend" (samples/prevention.hewitt:128)
-- Per year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    NULLIF(CAST("icb_name" AS VARCHAR), '') AS "icb_name",
    NULLIF(CAST("region" AS VARCHAR), '') AS "region",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    NULLIF(CAST("programme" AS VARCHAR), '') AS "programme",
    NULLIF(CAST("cost_centre" AS VARCHAR), '') AS "cost_centre",
    NULLIF(CAST("description" AS VARCHAR), '') AS "description",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END IS NULL THEN COALESCE(CAST("amount" AS VARCHAR), '') ELSE '' END AS "amount",
    CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END AS "canonical:amount",
    CASE WHEN CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END IS NULL THEN COALESCE(CAST("recurrent" AS VARCHAR), '') ELSE '' END AS "recurrent",
    CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END AS "canonical:recurrent"
  FROM read_csv('samples/data/ledger.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:amount" IS NOT NULL THEN TRUE ELSE trim("amount") = '' OR ((regexp_full_match(trim("amount"), '[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?') AND NOT regexp_full_match(trim("amount"), '[+-]£?[+-].*')) OR regexp_full_match(trim("amount"), '\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\)')) END AS "fits:amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN TRUE ELSE trim("recurrent") = '' OR (lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') OR lower(trim("recurrent")) IN ('no', 'false', 'n', '0')) END AS "fits:recurrent"
  FROM "cells"
),
"typed" AS (
  SELECT
    "icb",
    "icb_name",
    "region",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    "programme",
    "cost_centre",
    "description",
    CASE WHEN "canonical:amount" IS NOT NULL THEN "canonical:amount" WHEN trim("amount") <> '' AND "fits:amount" THEN CASE WHEN (strpos(trim("amount"), '-') > 0 OR strpos(trim("amount"), '(') = 1) THEN -(CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT) END END AS "amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN "canonical:recurrent" WHEN trim("recurrent") <> '' AND "fits:recurrent" THEN lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') END AS "recurrent",
    NOT ("fits:year" AND "fits:amount" AND "fits:recurrent") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *,
    CASE
      WHEN ((("amount" <= CAST(0 AS BIGINT)) AND (NOT ("recurrent" = TRUE)))) IS TRUE THEN -2
      WHEN ((CASE WHEN "programme" IS NULL THEN NULL ELSE ("programme" IN ('IMMS', 'FLU')) END)) IS TRUE THEN 0
      WHEN (starts_with("programme", 'SCR-')) IS TRUE THEN 1
      WHEN (("programme" = 'NHSHC')) IS TRUE THEN 2
      WHEN ((("programme" = 'SMOK') AND (CASE WHEN "cost_centre" IS NULL THEN NULL ELSE NOT ("cost_centre" IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END))) IS TRUE THEN 3
      WHEN (("programme" = 'DPP')) IS TRUE THEN 4
      WHEN (("cost_centre" = 'PH-T2W')) IS TRUE THEN 5
      WHEN ((("programme" = 'SURV') OR starts_with("cost_centre", 'PH-HP'))) IS TRUE THEN 6
      WHEN (("programme" = 'EPRR')) IS TRUE THEN 7
      WHEN ((("programme" = 'CARDIAC-REHAB') AND ("amount" > CAST(0 AS BIGINT)))) IS TRUE THEN 8
      ELSE -1
    END AS "category:prevention"
  FROM "typed"
)
SELECT
  "year",
  CAST(SUM(CASE WHEN (("category:prevention" = 7)) IS TRUE THEN CAST("amount" AS HUGEINT) * (CASE WHEN "category:prevention" = 5 THEN 50000000 ELSE 100000000 END) END) AS VARCHAR) AS "a0:fine"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- measure prevention_lines "Number of prevention cost lines" (samples/prevention.hewitt:134)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    NULLIF(CAST("icb_name" AS VARCHAR), '') AS "icb_name",
    NULLIF(CAST("region" AS VARCHAR), '') AS "region",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    NULLIF(CAST("programme" AS VARCHAR), '') AS "programme",
    NULLIF(CAST("cost_centre" AS VARCHAR), '') AS "cost_centre",
    NULLIF(CAST("description" AS VARCHAR), '') AS "description",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END IS NULL THEN COALESCE(CAST("amount" AS VARCHAR), '') ELSE '' END AS "amount",
    CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END AS "canonical:amount",
    CASE WHEN CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END IS NULL THEN COALESCE(CAST("recurrent" AS VARCHAR), '') ELSE '' END AS "recurrent",
    CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END AS "canonical:recurrent"
  FROM read_csv('samples/data/ledger.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:amount" IS NOT NULL THEN TRUE ELSE trim("amount") = '' OR ((regexp_full_match(trim("amount"), '[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?') AND NOT regexp_full_match(trim("amount"), '[+-]£?[+-].*')) OR regexp_full_match(trim("amount"), '\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\)')) END AS "fits:amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN TRUE ELSE trim("recurrent") = '' OR (lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') OR lower(trim("recurrent")) IN ('no', 'false', 'n', '0')) END AS "fits:recurrent"
  FROM "cells"
),
"typed" AS (
  SELECT
    "icb",
    "icb_name",
    "region",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    "programme",
    "cost_centre",
    "description",
    CASE WHEN "canonical:amount" IS NOT NULL THEN "canonical:amount" WHEN trim("amount") <> '' AND "fits:amount" THEN CASE WHEN (strpos(trim("amount"), '-') > 0 OR strpos(trim("amount"), '(') = 1) THEN -(CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT) END END AS "amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN "canonical:recurrent" WHEN trim("recurrent") <> '' AND "fits:recurrent" THEN lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') END AS "recurrent",
    NOT ("fits:year" AND "fits:amount" AND "fits:recurrent") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *,
    CASE
      WHEN ((("amount" <= CAST(0 AS BIGINT)) AND (NOT ("recurrent" = TRUE)))) IS TRUE THEN -2
      WHEN ((CASE WHEN "programme" IS NULL THEN NULL ELSE ("programme" IN ('IMMS', 'FLU')) END)) IS TRUE THEN 0
      WHEN (starts_with("programme", 'SCR-')) IS TRUE THEN 1
      WHEN (("programme" = 'NHSHC')) IS TRUE THEN 2
      WHEN ((("programme" = 'SMOK') AND (CASE WHEN "cost_centre" IS NULL THEN NULL ELSE NOT ("cost_centre" IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END))) IS TRUE THEN 3
      WHEN (("programme" = 'DPP')) IS TRUE THEN 4
      WHEN (("cost_centre" = 'PH-T2W')) IS TRUE THEN 5
      WHEN ((("programme" = 'SURV') OR starts_with("cost_centre", 'PH-HP'))) IS TRUE THEN 6
      WHEN (("programme" = 'EPRR')) IS TRUE THEN 7
      WHEN ((("programme" = 'CARDIAC-REHAB') AND ("amount" > CAST(0 AS BIGINT)))) IS TRUE THEN 8
      ELSE -1
    END AS "category:prevention"
  FROM "typed"
)
SELECT
  "icb",
  "year",
  COUNT(CASE WHEN (("category:prevention" >= 0)) IS TRUE THEN 1 END) AS "a0:count"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1, 2;

-- measure mean_screening_line "Average screening cost line" (samples/prevention.hewitt:140)
-- Per region, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    NULLIF(CAST("icb_name" AS VARCHAR), '') AS "icb_name",
    NULLIF(CAST("region" AS VARCHAR), '') AS "region",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    NULLIF(CAST("programme" AS VARCHAR), '') AS "programme",
    NULLIF(CAST("cost_centre" AS VARCHAR), '') AS "cost_centre",
    NULLIF(CAST("description" AS VARCHAR), '') AS "description",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END IS NULL THEN COALESCE(CAST("amount" AS VARCHAR), '') ELSE '' END AS "amount",
    CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END AS "canonical:amount",
    CASE WHEN CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END IS NULL THEN COALESCE(CAST("recurrent" AS VARCHAR), '') ELSE '' END AS "recurrent",
    CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END AS "canonical:recurrent"
  FROM read_csv('samples/data/ledger.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:amount" IS NOT NULL THEN TRUE ELSE trim("amount") = '' OR ((regexp_full_match(trim("amount"), '[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?') AND NOT regexp_full_match(trim("amount"), '[+-]£?[+-].*')) OR regexp_full_match(trim("amount"), '\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\)')) END AS "fits:amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN TRUE ELSE trim("recurrent") = '' OR (lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') OR lower(trim("recurrent")) IN ('no', 'false', 'n', '0')) END AS "fits:recurrent"
  FROM "cells"
),
"typed" AS (
  SELECT
    "icb",
    "icb_name",
    "region",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    "programme",
    "cost_centre",
    "description",
    CASE WHEN "canonical:amount" IS NOT NULL THEN "canonical:amount" WHEN trim("amount") <> '' AND "fits:amount" THEN CASE WHEN (strpos(trim("amount"), '-') > 0 OR strpos(trim("amount"), '(') = 1) THEN -(CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT) END END AS "amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN "canonical:recurrent" WHEN trim("recurrent") <> '' AND "fits:recurrent" THEN lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') END AS "recurrent",
    NOT ("fits:year" AND "fits:amount" AND "fits:recurrent") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *,
    CASE
      WHEN ((("amount" <= CAST(0 AS BIGINT)) AND (NOT ("recurrent" = TRUE)))) IS TRUE THEN -2
      WHEN ((CASE WHEN "programme" IS NULL THEN NULL ELSE ("programme" IN ('IMMS', 'FLU')) END)) IS TRUE THEN 0
      WHEN (starts_with("programme", 'SCR-')) IS TRUE THEN 1
      WHEN (("programme" = 'NHSHC')) IS TRUE THEN 2
      WHEN ((("programme" = 'SMOK') AND (CASE WHEN "cost_centre" IS NULL THEN NULL ELSE NOT ("cost_centre" IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END))) IS TRUE THEN 3
      WHEN (("programme" = 'DPP')) IS TRUE THEN 4
      WHEN (("cost_centre" = 'PH-T2W')) IS TRUE THEN 5
      WHEN ((("programme" = 'SURV') OR starts_with("cost_centre", 'PH-HP'))) IS TRUE THEN 6
      WHEN (("programme" = 'EPRR')) IS TRUE THEN 7
      WHEN ((("programme" = 'CARDIAC-REHAB') AND ("amount" > CAST(0 AS BIGINT)))) IS TRUE THEN 8
      ELSE -1
    END AS "category:prevention"
  FROM "typed"
)
SELECT
  "region",
  "year",
  COUNT(CASE WHEN (("category:prevention" = 1)) IS TRUE THEN "amount" END) AS "a0:count",
  CAST(SUM(CASE WHEN (("category:prevention" = 1)) IS TRUE THEN "amount" END) AS VARCHAR) AS "a0:pence"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1, 2;

-- measure largest_one_off "Largest one-off prevention line" (samples/prevention.hewitt:146)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    NULLIF(CAST("icb_name" AS VARCHAR), '') AS "icb_name",
    NULLIF(CAST("region" AS VARCHAR), '') AS "region",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    NULLIF(CAST("programme" AS VARCHAR), '') AS "programme",
    NULLIF(CAST("cost_centre" AS VARCHAR), '') AS "cost_centre",
    NULLIF(CAST("description" AS VARCHAR), '') AS "description",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END IS NULL THEN COALESCE(CAST("amount" AS VARCHAR), '') ELSE '' END AS "amount",
    CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END AS "canonical:amount",
    CASE WHEN CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END IS NULL THEN COALESCE(CAST("recurrent" AS VARCHAR), '') ELSE '' END AS "recurrent",
    CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END AS "canonical:recurrent"
  FROM read_csv('samples/data/ledger.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:amount" IS NOT NULL THEN TRUE ELSE trim("amount") = '' OR ((regexp_full_match(trim("amount"), '[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?') AND NOT regexp_full_match(trim("amount"), '[+-]£?[+-].*')) OR regexp_full_match(trim("amount"), '\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\)')) END AS "fits:amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN TRUE ELSE trim("recurrent") = '' OR (lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') OR lower(trim("recurrent")) IN ('no', 'false', 'n', '0')) END AS "fits:recurrent"
  FROM "cells"
),
"typed" AS (
  SELECT
    "icb",
    "icb_name",
    "region",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    "programme",
    "cost_centre",
    "description",
    CASE WHEN "canonical:amount" IS NOT NULL THEN "canonical:amount" WHEN trim("amount") <> '' AND "fits:amount" THEN CASE WHEN (strpos(trim("amount"), '-') > 0 OR strpos(trim("amount"), '(') = 1) THEN -(CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT) END END AS "amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN "canonical:recurrent" WHEN trim("recurrent") <> '' AND "fits:recurrent" THEN lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') END AS "recurrent",
    NOT ("fits:year" AND "fits:amount" AND "fits:recurrent") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *,
    CASE
      WHEN ((("amount" <= CAST(0 AS BIGINT)) AND (NOT ("recurrent" = TRUE)))) IS TRUE THEN -2
      WHEN ((CASE WHEN "programme" IS NULL THEN NULL ELSE ("programme" IN ('IMMS', 'FLU')) END)) IS TRUE THEN 0
      WHEN (starts_with("programme", 'SCR-')) IS TRUE THEN 1
      WHEN (("programme" = 'NHSHC')) IS TRUE THEN 2
      WHEN ((("programme" = 'SMOK') AND (CASE WHEN "cost_centre" IS NULL THEN NULL ELSE NOT ("cost_centre" IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END))) IS TRUE THEN 3
      WHEN (("programme" = 'DPP')) IS TRUE THEN 4
      WHEN (("cost_centre" = 'PH-T2W')) IS TRUE THEN 5
      WHEN ((("programme" = 'SURV') OR starts_with("cost_centre", 'PH-HP'))) IS TRUE THEN 6
      WHEN (("programme" = 'EPRR')) IS TRUE THEN 7
      WHEN ((("programme" = 'CARDIAC-REHAB') AND ("amount" > CAST(0 AS BIGINT)))) IS TRUE THEN 8
      ELSE -1
    END AS "category:prevention"
  FROM "typed"
)
SELECT
  "icb",
  "year",
  COUNT(CASE WHEN ((("category:prevention" >= 0) AND ("recurrent" = FALSE))) IS TRUE THEN "amount" END) AS "a0:count",
  CAST(MAX(CASE WHEN ((("category:prevention" >= 0) AND ("recurrent" = FALSE))) IS TRUE THEN "amount" END) AS VARCHAR) AS "a0:extreme"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1, 2;

-- measure first_dpp_year "First year with Diabetes Prevention Programme spend" (samples/prevention.hewitt:152)
-- Per icb: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    NULLIF(CAST("icb_name" AS VARCHAR), '') AS "icb_name",
    NULLIF(CAST("region" AS VARCHAR), '') AS "region",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    NULLIF(CAST("programme" AS VARCHAR), '') AS "programme",
    NULLIF(CAST("cost_centre" AS VARCHAR), '') AS "cost_centre",
    NULLIF(CAST("description" AS VARCHAR), '') AS "description",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END IS NULL THEN COALESCE(CAST("amount" AS VARCHAR), '') ELSE '' END AS "amount",
    CASE WHEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS DECIMAL(18,2)) * 100 AS BIGINT) WHEN length(CAST("amount" AS VARCHAR)) <= 16 AND CAST(TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("amount" AS VARCHAR) THEN TRY_CAST(CAST("amount" AS VARCHAR) AS BIGINT) * 100 END AS "canonical:amount",
    CASE WHEN CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END IS NULL THEN COALESCE(CAST("recurrent" AS VARCHAR), '') ELSE '' END AS "recurrent",
    CASE CAST("recurrent" AS VARCHAR) WHEN 'yes' THEN TRUE WHEN 'true' THEN TRUE WHEN 'y' THEN TRUE WHEN '1' THEN TRUE WHEN 'no' THEN FALSE WHEN 'false' THEN FALSE WHEN 'n' THEN FALSE WHEN '0' THEN FALSE END AS "canonical:recurrent"
  FROM read_csv('samples/data/ledger.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:amount" IS NOT NULL THEN TRUE ELSE trim("amount") = '' OR ((regexp_full_match(trim("amount"), '[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?') AND NOT regexp_full_match(trim("amount"), '[+-]£?[+-].*')) OR regexp_full_match(trim("amount"), '\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\)')) END AS "fits:amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN TRUE ELSE trim("recurrent") = '' OR (lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') OR lower(trim("recurrent")) IN ('no', 'false', 'n', '0')) END AS "fits:recurrent"
  FROM "cells"
),
"typed" AS (
  SELECT
    "icb",
    "icb_name",
    "region",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    "programme",
    "cost_centre",
    "description",
    CASE WHEN "canonical:amount" IS NOT NULL THEN "canonical:amount" WHEN trim("amount") <> '' AND "fits:amount" THEN CASE WHEN (strpos(trim("amount"), '-') > 0 OR strpos(trim("amount"), '(') = 1) THEN -(CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT)) ELSE CAST(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 1) AS BIGINT) * 100 + CAST(rpad(split_part(regexp_replace(trim("amount"), '[^0-9.]', '', 'g'), '.', 2), 2, '0') AS BIGINT) END END AS "amount",
    CASE WHEN "canonical:recurrent" IS NOT NULL THEN "canonical:recurrent" WHEN trim("recurrent") <> '' AND "fits:recurrent" THEN lower(trim("recurrent")) IN ('yes', 'true', 'y', '1') END AS "recurrent",
    NOT ("fits:year" AND "fits:amount" AND "fits:recurrent") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *,
    CASE
      WHEN ((("amount" <= CAST(0 AS BIGINT)) AND (NOT ("recurrent" = TRUE)))) IS TRUE THEN -2
      WHEN ((CASE WHEN "programme" IS NULL THEN NULL ELSE ("programme" IN ('IMMS', 'FLU')) END)) IS TRUE THEN 0
      WHEN (starts_with("programme", 'SCR-')) IS TRUE THEN 1
      WHEN (("programme" = 'NHSHC')) IS TRUE THEN 2
      WHEN ((("programme" = 'SMOK') AND (CASE WHEN "cost_centre" IS NULL THEN NULL ELSE NOT ("cost_centre" IN ('PRESC-NRT', 'PRESC-VARENICLINE')) END))) IS TRUE THEN 3
      WHEN (("programme" = 'DPP')) IS TRUE THEN 4
      WHEN (("cost_centre" = 'PH-T2W')) IS TRUE THEN 5
      WHEN ((("programme" = 'SURV') OR starts_with("cost_centre", 'PH-HP'))) IS TRUE THEN 6
      WHEN (("programme" = 'EPRR')) IS TRUE THEN 7
      WHEN ((("programme" = 'CARDIAC-REHAB') AND ("amount" > CAST(0 AS BIGINT)))) IS TRUE THEN 8
      ELSE -1
    END AS "category:prevention"
  FROM "typed"
)
SELECT
  "icb",
  COUNT(CASE WHEN (("programme" = 'DPP')) IS TRUE THEN "year" END) AS "a0:count",
  MIN(CASE WHEN (("programme" = 'DPP')) IS TRUE THEN "year" END) AS "a0:extreme"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;

-- measure cancer_screening_uptake "Cancer screening uptake" (samples/prevention.hewitt:160)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    NULLIF(CAST("programme" AS VARCHAR), '') AS "programme",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("eligible" AS VARCHAR), '') ELSE '' END AS "eligible",
    CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:eligible",
    trim(COALESCE(CAST("uptake" AS VARCHAR), '')) AS "uptake",
    CASE WHEN CASE WHEN length(CAST("published_on" AS VARCHAR)) = 10 AND CAST(TRY_CAST(CAST("published_on" AS VARCHAR) AS DATE) AS VARCHAR) = CAST("published_on" AS VARCHAR) THEN CAST("published_on" AS VARCHAR) END IS NULL THEN COALESCE(CAST("published_on" AS VARCHAR), '') ELSE '' END AS "published_on",
    CASE WHEN length(CAST("published_on" AS VARCHAR)) = 10 AND CAST(TRY_CAST(CAST("published_on" AS VARCHAR) AS DATE) AS VARCHAR) = CAST("published_on" AS VARCHAR) THEN CAST("published_on" AS VARCHAR) END AS "canonical:published_on"
  FROM read_csv('samples/data/screening-uptake.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN TRUE ELSE trim("eligible") = '' OR regexp_full_match(trim("eligible"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:eligible",
    "uptake" = '' OR regexp_full_match("uptake", '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(\s*%)?') AS "fits:uptake",
    CASE WHEN "canonical:published_on" IS NOT NULL THEN TRUE ELSE trim("published_on") = '' OR CASE WHEN regexp_full_match(trim("published_on"), '\d{4}-\d{2}-\d{2}') THEN CAST(substr(trim("published_on"), 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(substr(trim("published_on"), 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(substr(trim("published_on"), 6, 2) AS BIGINT) = 2 THEN CASE WHEN (mod(CAST(substr(trim("published_on"), 1, 4) AS BIGINT), 4) = 0 AND mod(CAST(substr(trim("published_on"), 1, 4) AS BIGINT), 100) <> 0 OR mod(CAST(substr(trim("published_on"), 1, 4) AS BIGINT), 400) = 0) THEN 29 ELSE 28 END WHEN CAST(substr(trim("published_on"), 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END ELSE FALSE END END AS "fits:published_on"
  FROM "cells"
),
"typed" AS (
  SELECT
    "icb",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    "programme",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN "canonical:eligible" WHEN trim("eligible") <> '' AND "fits:eligible" THEN CAST(replace(trim("eligible"), ',', '') AS DOUBLE) END AS "eligible",
    CASE WHEN "uptake" <> '' AND "fits:uptake" THEN CAST(replace(rtrim(rtrim("uptake", '%')), ',', '') AS DOUBLE) END AS "uptake",
    CASE WHEN "canonical:published_on" IS NOT NULL THEN "canonical:published_on" WHEN trim("published_on") <> '' AND "fits:published_on" THEN trim("published_on") END AS "published_on",
    NOT ("fits:year" AND "fits:eligible" AND "fits:uptake" AND "fits:published_on") AS "hewitt:rejected"
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
  COUNT(CASE WHEN (("programme" <> 'SCR-AAA')) IS TRUE THEN "uptake" END) AS "a0:count",
  SUM(CASE WHEN (("programme" <> 'SCR-AAA')) IS TRUE THEN CAST("uptake" AS DOUBLE) END) AS "a0:number"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1, 2;

-- measure programmes_below_standard "Screening programmes below 70% uptake" (samples/prevention.hewitt:166)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    NULLIF(CAST("programme" AS VARCHAR), '') AS "programme",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("eligible" AS VARCHAR), '') ELSE '' END AS "eligible",
    CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:eligible",
    trim(COALESCE(CAST("uptake" AS VARCHAR), '')) AS "uptake",
    CASE WHEN CASE WHEN length(CAST("published_on" AS VARCHAR)) = 10 AND CAST(TRY_CAST(CAST("published_on" AS VARCHAR) AS DATE) AS VARCHAR) = CAST("published_on" AS VARCHAR) THEN CAST("published_on" AS VARCHAR) END IS NULL THEN COALESCE(CAST("published_on" AS VARCHAR), '') ELSE '' END AS "published_on",
    CASE WHEN length(CAST("published_on" AS VARCHAR)) = 10 AND CAST(TRY_CAST(CAST("published_on" AS VARCHAR) AS DATE) AS VARCHAR) = CAST("published_on" AS VARCHAR) THEN CAST("published_on" AS VARCHAR) END AS "canonical:published_on"
  FROM read_csv('samples/data/screening-uptake.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN TRUE ELSE trim("eligible") = '' OR regexp_full_match(trim("eligible"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:eligible",
    "uptake" = '' OR regexp_full_match("uptake", '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(\s*%)?') AS "fits:uptake",
    CASE WHEN "canonical:published_on" IS NOT NULL THEN TRUE ELSE trim("published_on") = '' OR CASE WHEN regexp_full_match(trim("published_on"), '\d{4}-\d{2}-\d{2}') THEN CAST(substr(trim("published_on"), 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(substr(trim("published_on"), 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(substr(trim("published_on"), 6, 2) AS BIGINT) = 2 THEN CASE WHEN (mod(CAST(substr(trim("published_on"), 1, 4) AS BIGINT), 4) = 0 AND mod(CAST(substr(trim("published_on"), 1, 4) AS BIGINT), 100) <> 0 OR mod(CAST(substr(trim("published_on"), 1, 4) AS BIGINT), 400) = 0) THEN 29 ELSE 28 END WHEN CAST(substr(trim("published_on"), 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END ELSE FALSE END END AS "fits:published_on"
  FROM "cells"
),
"typed" AS (
  SELECT
    "icb",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    "programme",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN "canonical:eligible" WHEN trim("eligible") <> '' AND "fits:eligible" THEN CAST(replace(trim("eligible"), ',', '') AS DOUBLE) END AS "eligible",
    CASE WHEN "uptake" <> '' AND "fits:uptake" THEN CAST(replace(rtrim(rtrim("uptake", '%')), ',', '') AS DOUBLE) END AS "uptake",
    CASE WHEN "canonical:published_on" IS NOT NULL THEN "canonical:published_on" WHEN trim("published_on") <> '' AND "fits:published_on" THEN trim("published_on") END AS "published_on",
    NOT ("fits:year" AND "fits:eligible" AND "fits:uptake" AND "fits:published_on") AS "hewitt:rejected"
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
  COUNT(CASE WHEN ((("uptake" < 70.0) AND ("eligible" >= 1000.0))) IS TRUE THEN 1 END) AS "a0:count"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1, 2;

-- measure uptake_published "Latest publication of screening uptake" (samples/prevention.hewitt:172)
-- Per icb: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
"cells" AS (
  SELECT
    NULLIF(CAST("icb" AS VARCHAR), '') AS "icb",
    CASE WHEN CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END IS NULL THEN COALESCE(CAST("year" AS VARCHAR), '') ELSE '' END AS "year",
    CASE WHEN regexp_full_match(CAST("year" AS VARCHAR), '[0-9]{4}/[0-9]{2}') AND (TRY_CAST(substr(CAST("year" AS VARCHAR), 1, 4) AS INTEGER) + 1) % 100 = TRY_CAST(substr(CAST("year" AS VARCHAR), 6, 2) AS INTEGER) THEN CAST("year" AS VARCHAR) END AS "canonical:year",
    NULLIF(CAST("programme" AS VARCHAR), '') AS "programme",
    CASE WHEN CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END IS NULL THEN COALESCE(CAST("eligible" AS VARCHAR), '') ELSE '' END AS "eligible",
    CASE WHEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS VARCHAR) = CAST("eligible" AS VARCHAR) THEN CAST(TRY_CAST(CAST("eligible" AS VARCHAR) AS BIGINT) AS DOUBLE) END AS "canonical:eligible",
    trim(COALESCE(CAST("uptake" AS VARCHAR), '')) AS "uptake",
    CASE WHEN CASE WHEN length(CAST("published_on" AS VARCHAR)) = 10 AND CAST(TRY_CAST(CAST("published_on" AS VARCHAR) AS DATE) AS VARCHAR) = CAST("published_on" AS VARCHAR) THEN CAST("published_on" AS VARCHAR) END IS NULL THEN COALESCE(CAST("published_on" AS VARCHAR), '') ELSE '' END AS "published_on",
    CASE WHEN length(CAST("published_on" AS VARCHAR)) = 10 AND CAST(TRY_CAST(CAST("published_on" AS VARCHAR) AS DATE) AS VARCHAR) = CAST("published_on" AS VARCHAR) THEN CAST("published_on" AS VARCHAR) END AS "canonical:published_on"
  FROM read_csv('samples/data/screening-uptake.csv', header = true, all_varchar = true, delim = ',', quote = '"', escape = '"')
),
"checked" AS (
  SELECT
    *,
    CASE WHEN "canonical:year" IS NOT NULL THEN TRUE ELSE trim("year") = '' OR CASE WHEN regexp_full_match(trim("year"), '\d{4}\s*[/-]\s*(\d{2}|\d{4})') THEN CASE WHEN length(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '')) = 2 THEN mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) ELSE CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1 = CAST(NULLIF(regexp_extract(trim("year"), '(\d{2}|\d{4})$', 1), '') AS BIGINT) END ELSE FALSE END END AS "fits:year",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN TRUE ELSE trim("eligible") = '' OR regexp_full_match(trim("eligible"), '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?') END AS "fits:eligible",
    "uptake" = '' OR regexp_full_match("uptake", '[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(\s*%)?') AS "fits:uptake",
    CASE WHEN "canonical:published_on" IS NOT NULL THEN TRUE ELSE trim("published_on") = '' OR CASE WHEN regexp_full_match(trim("published_on"), '\d{4}-\d{2}-\d{2}') THEN CAST(substr(trim("published_on"), 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(substr(trim("published_on"), 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(substr(trim("published_on"), 6, 2) AS BIGINT) = 2 THEN CASE WHEN (mod(CAST(substr(trim("published_on"), 1, 4) AS BIGINT), 4) = 0 AND mod(CAST(substr(trim("published_on"), 1, 4) AS BIGINT), 100) <> 0 OR mod(CAST(substr(trim("published_on"), 1, 4) AS BIGINT), 400) = 0) THEN 29 ELSE 28 END WHEN CAST(substr(trim("published_on"), 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END ELSE FALSE END END AS "fits:published_on"
  FROM "cells"
),
"typed" AS (
  SELECT
    "icb",
    CASE WHEN "canonical:year" IS NOT NULL THEN "canonical:year" WHEN trim("year") <> '' AND "fits:year" THEN substr(trim("year"), 1, 4) || '/' || lpad(CAST(mod(CAST(substr(trim("year"), 1, 4) AS BIGINT) + 1, 100) AS VARCHAR), 2, '0') END AS "year",
    "programme",
    CASE WHEN "canonical:eligible" IS NOT NULL THEN "canonical:eligible" WHEN trim("eligible") <> '' AND "fits:eligible" THEN CAST(replace(trim("eligible"), ',', '') AS DOUBLE) END AS "eligible",
    CASE WHEN "uptake" <> '' AND "fits:uptake" THEN CAST(replace(rtrim(rtrim("uptake", '%')), ',', '') AS DOUBLE) END AS "uptake",
    CASE WHEN "canonical:published_on" IS NOT NULL THEN "canonical:published_on" WHEN trim("published_on") <> '' AND "fits:published_on" THEN trim("published_on") END AS "published_on",
    NOT ("fits:year" AND "fits:eligible" AND "fits:uptake" AND "fits:published_on") AS "hewitt:rejected"
  FROM "checked"
),
"rows" AS (
  SELECT
    *
  FROM "typed"
)
SELECT
  "icb",
  COUNT("published_on") AS "a0:count",
  MAX("published_on") AS "a0:extreme"
FROM "rows"
WHERE NOT "hewitt:rejected"
GROUP BY 1;
