-- SQL of samples/prevention.hewitt for tsql, rendered by hewitt sql. Run each statement on its own.
-- Money is in whole pence; empty cells are NULL; a row with a cell that does not fit its column is left out.
-- T-SQL: text equality ignores trailing spaces and follows the database collation (often case-insensitive), so 'A ' may equal 'a'; patterns need REGEXP_LIKE (SQL Server 2025 or Azure SQL Database).

-- classification prevention "Prevention spend, broad definition" (samples/prevention.hewitt:12)
-- Each accepted row of ledger with its category: the index of the first category whose condition holds (in declaration order from 0), -1 for none, -2 when excluded.
WITH
cells AS (
  SELECT
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    NULLIF(CAST([icb_name] AS NVARCHAR(4000)), '') AS [icb_name],
    NULLIF(CAST([region] AS NVARCHAR(4000)), '') AS [region],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    NULLIF(CAST([programme] AS NVARCHAR(4000)), '') AS [programme],
    NULLIF(CAST([cost_centre] AS NVARCHAR(4000)), '') AS [cost_centre],
    NULLIF(CAST([description] AS NVARCHAR(4000)), '') AS [description],
    TRIM(COALESCE(CAST([amount] AS NVARCHAR(4000)), '')) AS [amount],
    TRIM(COALESCE(CAST([recurrent] AS NVARCHAR(4000)), '')) AS [recurrent]
  FROM [ledger]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$')) THEN 1 WHEN NOT ([amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$'))) THEN 0 END AS [fits:amount],
    CASE WHEN [recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0')) THEN 1 WHEN NOT ([recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0'))) THEN 0 END AS [fits:recurrent]
  FROM cells
),
typed AS (
  SELECT
    [icb],
    [icb_name],
    [region],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    [programme],
    [cost_centre],
    [description],
    CASE WHEN [amount] <> '' AND ([fits:amount] = 1) THEN CASE WHEN (CHARINDEX('-', [amount]) > 0 OR CHARINDEX('(', [amount]) = 1) THEN -(CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT)) ELSE CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT) END END AS [amount],
    CASE WHEN [recurrent] <> '' AND ([fits:recurrent] = 1) THEN CASE WHEN LOWER([recurrent]) IN ('yes', 'true', 'y', '1') THEN 1 WHEN NOT (LOWER([recurrent]) IN ('yes', 'true', 'y', '1')) THEN 0 END END AS [recurrent],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN ((([amount] <= CAST(0 AS BIGINT)) AND (NOT (CASE WHEN ([recurrent] = 1) THEN 1 WHEN NOT (([recurrent] = 1)) THEN 0 END = 1)))) THEN -2
      WHEN (((CASE WHEN [programme] IS NULL THEN NULL ELSE CASE WHEN ([programme] IN (N'IMMS', N'FLU')) THEN 1 WHEN NOT (([programme] IN (N'IMMS', N'FLU'))) THEN 0 END END = 1))) THEN 0
      WHEN ((LEFT([programme], LEN(N'SCR-' + N'.') - 1) = N'SCR-')) THEN 1
      WHEN (([programme] = N'NHSHC')) THEN 2
      WHEN ((([programme] = N'SMOK') AND ((CASE WHEN [cost_centre] IS NULL THEN NULL ELSE CASE WHEN NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE')) THEN 1 WHEN NOT (NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE'))) THEN 0 END END = 1)))) THEN 3
      WHEN (([programme] = N'DPP')) THEN 4
      WHEN (([cost_centre] = N'PH-T2W')) THEN 5
      WHEN ((([programme] = N'SURV') OR (LEFT([cost_centre], LEN(N'PH-HP' + N'.') - 1) = N'PH-HP'))) THEN 6
      WHEN (([programme] = N'EPRR')) THEN 7
      WHEN ((([programme] = N'CARDIAC-REHAB') AND ([amount] > CAST(0 AS BIGINT)))) THEN 8
      ELSE -1
    END AS [category:prevention]
  FROM typed
)
SELECT
  [icb],
  [icb_name],
  [region],
  [year],
  [programme],
  [cost_centre],
  [description],
  [amount],
  [recurrent],
  [category:prevention] AS [category]
FROM rows
WHERE NOT ([hewitt:rejected] = 1);

-- measure prevention_share "Share of ICB spend on prevention" (samples/prevention.hewitt:77)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    NULLIF(CAST([icb_name] AS NVARCHAR(4000)), '') AS [icb_name],
    NULLIF(CAST([region] AS NVARCHAR(4000)), '') AS [region],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    NULLIF(CAST([programme] AS NVARCHAR(4000)), '') AS [programme],
    NULLIF(CAST([cost_centre] AS NVARCHAR(4000)), '') AS [cost_centre],
    NULLIF(CAST([description] AS NVARCHAR(4000)), '') AS [description],
    TRIM(COALESCE(CAST([amount] AS NVARCHAR(4000)), '')) AS [amount],
    TRIM(COALESCE(CAST([recurrent] AS NVARCHAR(4000)), '')) AS [recurrent]
  FROM [ledger]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$')) THEN 1 WHEN NOT ([amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$'))) THEN 0 END AS [fits:amount],
    CASE WHEN [recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0')) THEN 1 WHEN NOT ([recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0'))) THEN 0 END AS [fits:recurrent]
  FROM cells
),
typed AS (
  SELECT
    [icb],
    [icb_name],
    [region],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    [programme],
    [cost_centre],
    [description],
    CASE WHEN [amount] <> '' AND ([fits:amount] = 1) THEN CASE WHEN (CHARINDEX('-', [amount]) > 0 OR CHARINDEX('(', [amount]) = 1) THEN -(CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT)) ELSE CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT) END END AS [amount],
    CASE WHEN [recurrent] <> '' AND ([fits:recurrent] = 1) THEN CASE WHEN LOWER([recurrent]) IN ('yes', 'true', 'y', '1') THEN 1 WHEN NOT (LOWER([recurrent]) IN ('yes', 'true', 'y', '1')) THEN 0 END END AS [recurrent],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN ((([amount] <= CAST(0 AS BIGINT)) AND (NOT (CASE WHEN ([recurrent] = 1) THEN 1 WHEN NOT (([recurrent] = 1)) THEN 0 END = 1)))) THEN -2
      WHEN (((CASE WHEN [programme] IS NULL THEN NULL ELSE CASE WHEN ([programme] IN (N'IMMS', N'FLU')) THEN 1 WHEN NOT (([programme] IN (N'IMMS', N'FLU'))) THEN 0 END END = 1))) THEN 0
      WHEN ((LEFT([programme], LEN(N'SCR-' + N'.') - 1) = N'SCR-')) THEN 1
      WHEN (([programme] = N'NHSHC')) THEN 2
      WHEN ((([programme] = N'SMOK') AND ((CASE WHEN [cost_centre] IS NULL THEN NULL ELSE CASE WHEN NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE')) THEN 1 WHEN NOT (NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE'))) THEN 0 END END = 1)))) THEN 3
      WHEN (([programme] = N'DPP')) THEN 4
      WHEN (([cost_centre] = N'PH-T2W')) THEN 5
      WHEN ((([programme] = N'SURV') OR (LEFT([cost_centre], LEN(N'PH-HP' + N'.') - 1) = N'PH-HP'))) THEN 6
      WHEN (([programme] = N'EPRR')) THEN 7
      WHEN ((([programme] = N'CARDIAC-REHAB') AND ([amount] > CAST(0 AS BIGINT)))) THEN 8
      ELSE -1
    END AS [category:prevention]
  FROM typed
)
SELECT
  [icb],
  [year],
  CAST(SUM(CASE WHEN (([category:prevention] >= 0)) THEN CAST([amount] AS DECIMAL(38, 0)) * (CASE WHEN [category:prevention] = 5 THEN 50000000 ELSE 100000000 END) END) AS NVARCHAR(4000)) AS [a0:fine],
  CAST(SUM([amount]) AS NVARCHAR(4000)) AS [a1:pence]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [icb], [year];

-- measure national_prevention_share "Share of all ICB spend on prevention, England" (samples/prevention.hewitt:83)
-- Per year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    NULLIF(CAST([icb_name] AS NVARCHAR(4000)), '') AS [icb_name],
    NULLIF(CAST([region] AS NVARCHAR(4000)), '') AS [region],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    NULLIF(CAST([programme] AS NVARCHAR(4000)), '') AS [programme],
    NULLIF(CAST([cost_centre] AS NVARCHAR(4000)), '') AS [cost_centre],
    NULLIF(CAST([description] AS NVARCHAR(4000)), '') AS [description],
    TRIM(COALESCE(CAST([amount] AS NVARCHAR(4000)), '')) AS [amount],
    TRIM(COALESCE(CAST([recurrent] AS NVARCHAR(4000)), '')) AS [recurrent]
  FROM [ledger]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$')) THEN 1 WHEN NOT ([amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$'))) THEN 0 END AS [fits:amount],
    CASE WHEN [recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0')) THEN 1 WHEN NOT ([recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0'))) THEN 0 END AS [fits:recurrent]
  FROM cells
),
typed AS (
  SELECT
    [icb],
    [icb_name],
    [region],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    [programme],
    [cost_centre],
    [description],
    CASE WHEN [amount] <> '' AND ([fits:amount] = 1) THEN CASE WHEN (CHARINDEX('-', [amount]) > 0 OR CHARINDEX('(', [amount]) = 1) THEN -(CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT)) ELSE CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT) END END AS [amount],
    CASE WHEN [recurrent] <> '' AND ([fits:recurrent] = 1) THEN CASE WHEN LOWER([recurrent]) IN ('yes', 'true', 'y', '1') THEN 1 WHEN NOT (LOWER([recurrent]) IN ('yes', 'true', 'y', '1')) THEN 0 END END AS [recurrent],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN ((([amount] <= CAST(0 AS BIGINT)) AND (NOT (CASE WHEN ([recurrent] = 1) THEN 1 WHEN NOT (([recurrent] = 1)) THEN 0 END = 1)))) THEN -2
      WHEN (((CASE WHEN [programme] IS NULL THEN NULL ELSE CASE WHEN ([programme] IN (N'IMMS', N'FLU')) THEN 1 WHEN NOT (([programme] IN (N'IMMS', N'FLU'))) THEN 0 END END = 1))) THEN 0
      WHEN ((LEFT([programme], LEN(N'SCR-' + N'.') - 1) = N'SCR-')) THEN 1
      WHEN (([programme] = N'NHSHC')) THEN 2
      WHEN ((([programme] = N'SMOK') AND ((CASE WHEN [cost_centre] IS NULL THEN NULL ELSE CASE WHEN NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE')) THEN 1 WHEN NOT (NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE'))) THEN 0 END END = 1)))) THEN 3
      WHEN (([programme] = N'DPP')) THEN 4
      WHEN (([cost_centre] = N'PH-T2W')) THEN 5
      WHEN ((([programme] = N'SURV') OR (LEFT([cost_centre], LEN(N'PH-HP' + N'.') - 1) = N'PH-HP'))) THEN 6
      WHEN (([programme] = N'EPRR')) THEN 7
      WHEN ((([programme] = N'CARDIAC-REHAB') AND ([amount] > CAST(0 AS BIGINT)))) THEN 8
      ELSE -1
    END AS [category:prevention]
  FROM typed
)
SELECT
  [year],
  CAST(SUM(CASE WHEN (([category:prevention] >= 0)) THEN CAST([amount] AS DECIMAL(38, 0)) * (CASE WHEN [category:prevention] = 5 THEN 50000000 ELSE 100000000 END) END) AS NVARCHAR(4000)) AS [a0:fine],
  CAST(SUM([amount]) AS NVARCHAR(4000)) AS [a1:pence]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [year];

-- measure national_prevention_spend "Prevention spend across all ICBs, England" (samples/prevention.hewitt:89)
-- Per year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    NULLIF(CAST([icb_name] AS NVARCHAR(4000)), '') AS [icb_name],
    NULLIF(CAST([region] AS NVARCHAR(4000)), '') AS [region],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    NULLIF(CAST([programme] AS NVARCHAR(4000)), '') AS [programme],
    NULLIF(CAST([cost_centre] AS NVARCHAR(4000)), '') AS [cost_centre],
    NULLIF(CAST([description] AS NVARCHAR(4000)), '') AS [description],
    TRIM(COALESCE(CAST([amount] AS NVARCHAR(4000)), '')) AS [amount],
    TRIM(COALESCE(CAST([recurrent] AS NVARCHAR(4000)), '')) AS [recurrent]
  FROM [ledger]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$')) THEN 1 WHEN NOT ([amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$'))) THEN 0 END AS [fits:amount],
    CASE WHEN [recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0')) THEN 1 WHEN NOT ([recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0'))) THEN 0 END AS [fits:recurrent]
  FROM cells
),
typed AS (
  SELECT
    [icb],
    [icb_name],
    [region],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    [programme],
    [cost_centre],
    [description],
    CASE WHEN [amount] <> '' AND ([fits:amount] = 1) THEN CASE WHEN (CHARINDEX('-', [amount]) > 0 OR CHARINDEX('(', [amount]) = 1) THEN -(CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT)) ELSE CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT) END END AS [amount],
    CASE WHEN [recurrent] <> '' AND ([fits:recurrent] = 1) THEN CASE WHEN LOWER([recurrent]) IN ('yes', 'true', 'y', '1') THEN 1 WHEN NOT (LOWER([recurrent]) IN ('yes', 'true', 'y', '1')) THEN 0 END END AS [recurrent],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN ((([amount] <= CAST(0 AS BIGINT)) AND (NOT (CASE WHEN ([recurrent] = 1) THEN 1 WHEN NOT (([recurrent] = 1)) THEN 0 END = 1)))) THEN -2
      WHEN (((CASE WHEN [programme] IS NULL THEN NULL ELSE CASE WHEN ([programme] IN (N'IMMS', N'FLU')) THEN 1 WHEN NOT (([programme] IN (N'IMMS', N'FLU'))) THEN 0 END END = 1))) THEN 0
      WHEN ((LEFT([programme], LEN(N'SCR-' + N'.') - 1) = N'SCR-')) THEN 1
      WHEN (([programme] = N'NHSHC')) THEN 2
      WHEN ((([programme] = N'SMOK') AND ((CASE WHEN [cost_centre] IS NULL THEN NULL ELSE CASE WHEN NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE')) THEN 1 WHEN NOT (NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE'))) THEN 0 END END = 1)))) THEN 3
      WHEN (([programme] = N'DPP')) THEN 4
      WHEN (([cost_centre] = N'PH-T2W')) THEN 5
      WHEN ((([programme] = N'SURV') OR (LEFT([cost_centre], LEN(N'PH-HP' + N'.') - 1) = N'PH-HP'))) THEN 6
      WHEN (([programme] = N'EPRR')) THEN 7
      WHEN ((([programme] = N'CARDIAC-REHAB') AND ([amount] > CAST(0 AS BIGINT)))) THEN 8
      ELSE -1
    END AS [category:prevention]
  FROM typed
)
SELECT
  [year],
  CAST(SUM(CASE WHEN (([category:prevention] >= 0)) THEN CAST([amount] AS DECIMAL(38, 0)) * (CASE WHEN [category:prevention] = 5 THEN 50000000 ELSE 100000000 END) END) AS NVARCHAR(4000)) AS [a0:fine]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [year];

-- measure screening_share "Screening's share of prevention spend" (samples/prevention.hewitt:96)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    NULLIF(CAST([icb_name] AS NVARCHAR(4000)), '') AS [icb_name],
    NULLIF(CAST([region] AS NVARCHAR(4000)), '') AS [region],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    NULLIF(CAST([programme] AS NVARCHAR(4000)), '') AS [programme],
    NULLIF(CAST([cost_centre] AS NVARCHAR(4000)), '') AS [cost_centre],
    NULLIF(CAST([description] AS NVARCHAR(4000)), '') AS [description],
    TRIM(COALESCE(CAST([amount] AS NVARCHAR(4000)), '')) AS [amount],
    TRIM(COALESCE(CAST([recurrent] AS NVARCHAR(4000)), '')) AS [recurrent]
  FROM [ledger]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$')) THEN 1 WHEN NOT ([amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$'))) THEN 0 END AS [fits:amount],
    CASE WHEN [recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0')) THEN 1 WHEN NOT ([recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0'))) THEN 0 END AS [fits:recurrent]
  FROM cells
),
typed AS (
  SELECT
    [icb],
    [icb_name],
    [region],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    [programme],
    [cost_centre],
    [description],
    CASE WHEN [amount] <> '' AND ([fits:amount] = 1) THEN CASE WHEN (CHARINDEX('-', [amount]) > 0 OR CHARINDEX('(', [amount]) = 1) THEN -(CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT)) ELSE CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT) END END AS [amount],
    CASE WHEN [recurrent] <> '' AND ([fits:recurrent] = 1) THEN CASE WHEN LOWER([recurrent]) IN ('yes', 'true', 'y', '1') THEN 1 WHEN NOT (LOWER([recurrent]) IN ('yes', 'true', 'y', '1')) THEN 0 END END AS [recurrent],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN ((([amount] <= CAST(0 AS BIGINT)) AND (NOT (CASE WHEN ([recurrent] = 1) THEN 1 WHEN NOT (([recurrent] = 1)) THEN 0 END = 1)))) THEN -2
      WHEN (((CASE WHEN [programme] IS NULL THEN NULL ELSE CASE WHEN ([programme] IN (N'IMMS', N'FLU')) THEN 1 WHEN NOT (([programme] IN (N'IMMS', N'FLU'))) THEN 0 END END = 1))) THEN 0
      WHEN ((LEFT([programme], LEN(N'SCR-' + N'.') - 1) = N'SCR-')) THEN 1
      WHEN (([programme] = N'NHSHC')) THEN 2
      WHEN ((([programme] = N'SMOK') AND ((CASE WHEN [cost_centre] IS NULL THEN NULL ELSE CASE WHEN NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE')) THEN 1 WHEN NOT (NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE'))) THEN 0 END END = 1)))) THEN 3
      WHEN (([programme] = N'DPP')) THEN 4
      WHEN (([cost_centre] = N'PH-T2W')) THEN 5
      WHEN ((([programme] = N'SURV') OR (LEFT([cost_centre], LEN(N'PH-HP' + N'.') - 1) = N'PH-HP'))) THEN 6
      WHEN (([programme] = N'EPRR')) THEN 7
      WHEN ((([programme] = N'CARDIAC-REHAB') AND ([amount] > CAST(0 AS BIGINT)))) THEN 8
      ELSE -1
    END AS [category:prevention]
  FROM typed
)
SELECT
  [icb],
  [year],
  CAST(SUM(CASE WHEN (([category:prevention] = 1)) THEN CAST([amount] AS DECIMAL(38, 0)) * (CASE WHEN [category:prevention] = 5 THEN 50000000 ELSE 100000000 END) END) AS NVARCHAR(4000)) AS [a0:fine],
  CAST(SUM(CASE WHEN (([category:prevention] >= 0)) THEN CAST([amount] AS DECIMAL(38, 0)) * (CASE WHEN [category:prevention] = 5 THEN 50000000 ELSE 100000000 END) END) AS NVARCHAR(4000)) AS [a1:fine]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [icb], [year];

-- measure core_programmes_share "Immunisation and screening as a share of prevention spend" (samples/prevention.hewitt:102)
-- Per region, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    NULLIF(CAST([icb_name] AS NVARCHAR(4000)), '') AS [icb_name],
    NULLIF(CAST([region] AS NVARCHAR(4000)), '') AS [region],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    NULLIF(CAST([programme] AS NVARCHAR(4000)), '') AS [programme],
    NULLIF(CAST([cost_centre] AS NVARCHAR(4000)), '') AS [cost_centre],
    NULLIF(CAST([description] AS NVARCHAR(4000)), '') AS [description],
    TRIM(COALESCE(CAST([amount] AS NVARCHAR(4000)), '')) AS [amount],
    TRIM(COALESCE(CAST([recurrent] AS NVARCHAR(4000)), '')) AS [recurrent]
  FROM [ledger]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$')) THEN 1 WHEN NOT ([amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$'))) THEN 0 END AS [fits:amount],
    CASE WHEN [recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0')) THEN 1 WHEN NOT ([recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0'))) THEN 0 END AS [fits:recurrent]
  FROM cells
),
typed AS (
  SELECT
    [icb],
    [icb_name],
    [region],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    [programme],
    [cost_centre],
    [description],
    CASE WHEN [amount] <> '' AND ([fits:amount] = 1) THEN CASE WHEN (CHARINDEX('-', [amount]) > 0 OR CHARINDEX('(', [amount]) = 1) THEN -(CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT)) ELSE CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT) END END AS [amount],
    CASE WHEN [recurrent] <> '' AND ([fits:recurrent] = 1) THEN CASE WHEN LOWER([recurrent]) IN ('yes', 'true', 'y', '1') THEN 1 WHEN NOT (LOWER([recurrent]) IN ('yes', 'true', 'y', '1')) THEN 0 END END AS [recurrent],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN ((([amount] <= CAST(0 AS BIGINT)) AND (NOT (CASE WHEN ([recurrent] = 1) THEN 1 WHEN NOT (([recurrent] = 1)) THEN 0 END = 1)))) THEN -2
      WHEN (((CASE WHEN [programme] IS NULL THEN NULL ELSE CASE WHEN ([programme] IN (N'IMMS', N'FLU')) THEN 1 WHEN NOT (([programme] IN (N'IMMS', N'FLU'))) THEN 0 END END = 1))) THEN 0
      WHEN ((LEFT([programme], LEN(N'SCR-' + N'.') - 1) = N'SCR-')) THEN 1
      WHEN (([programme] = N'NHSHC')) THEN 2
      WHEN ((([programme] = N'SMOK') AND ((CASE WHEN [cost_centre] IS NULL THEN NULL ELSE CASE WHEN NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE')) THEN 1 WHEN NOT (NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE'))) THEN 0 END END = 1)))) THEN 3
      WHEN (([programme] = N'DPP')) THEN 4
      WHEN (([cost_centre] = N'PH-T2W')) THEN 5
      WHEN ((([programme] = N'SURV') OR (LEFT([cost_centre], LEN(N'PH-HP' + N'.') - 1) = N'PH-HP'))) THEN 6
      WHEN (([programme] = N'EPRR')) THEN 7
      WHEN ((([programme] = N'CARDIAC-REHAB') AND ([amount] > CAST(0 AS BIGINT)))) THEN 8
      ELSE -1
    END AS [category:prevention]
  FROM typed
)
SELECT
  [region],
  [year],
  CAST(SUM(CASE WHEN (([category:prevention] = 0)) THEN CAST([amount] AS DECIMAL(38, 0)) * (CASE WHEN [category:prevention] = 5 THEN 50000000 ELSE 100000000 END) END) AS NVARCHAR(4000)) AS [a0:fine],
  CAST(SUM(CASE WHEN (([category:prevention] = 1)) THEN CAST([amount] AS DECIMAL(38, 0)) * (CASE WHEN [category:prevention] = 5 THEN 50000000 ELSE 100000000 END) END) AS NVARCHAR(4000)) AS [a1:fine],
  CAST(SUM(CASE WHEN (([category:prevention] >= 0)) THEN CAST([amount] AS DECIMAL(38, 0)) * (CASE WHEN [category:prevention] = 5 THEN 50000000 ELSE 100000000 END) END) AS NVARCHAR(4000)) AS [a2:fine]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [region], [year];

-- measure stop_smoking_spend "Stop smoking services spend" (samples/prevention.hewitt:108)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    NULLIF(CAST([icb_name] AS NVARCHAR(4000)), '') AS [icb_name],
    NULLIF(CAST([region] AS NVARCHAR(4000)), '') AS [region],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    NULLIF(CAST([programme] AS NVARCHAR(4000)), '') AS [programme],
    NULLIF(CAST([cost_centre] AS NVARCHAR(4000)), '') AS [cost_centre],
    NULLIF(CAST([description] AS NVARCHAR(4000)), '') AS [description],
    TRIM(COALESCE(CAST([amount] AS NVARCHAR(4000)), '')) AS [amount],
    TRIM(COALESCE(CAST([recurrent] AS NVARCHAR(4000)), '')) AS [recurrent]
  FROM [ledger]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$')) THEN 1 WHEN NOT ([amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$'))) THEN 0 END AS [fits:amount],
    CASE WHEN [recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0')) THEN 1 WHEN NOT ([recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0'))) THEN 0 END AS [fits:recurrent]
  FROM cells
),
typed AS (
  SELECT
    [icb],
    [icb_name],
    [region],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    [programme],
    [cost_centre],
    [description],
    CASE WHEN [amount] <> '' AND ([fits:amount] = 1) THEN CASE WHEN (CHARINDEX('-', [amount]) > 0 OR CHARINDEX('(', [amount]) = 1) THEN -(CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT)) ELSE CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT) END END AS [amount],
    CASE WHEN [recurrent] <> '' AND ([fits:recurrent] = 1) THEN CASE WHEN LOWER([recurrent]) IN ('yes', 'true', 'y', '1') THEN 1 WHEN NOT (LOWER([recurrent]) IN ('yes', 'true', 'y', '1')) THEN 0 END END AS [recurrent],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN ((([amount] <= CAST(0 AS BIGINT)) AND (NOT (CASE WHEN ([recurrent] = 1) THEN 1 WHEN NOT (([recurrent] = 1)) THEN 0 END = 1)))) THEN -2
      WHEN (((CASE WHEN [programme] IS NULL THEN NULL ELSE CASE WHEN ([programme] IN (N'IMMS', N'FLU')) THEN 1 WHEN NOT (([programme] IN (N'IMMS', N'FLU'))) THEN 0 END END = 1))) THEN 0
      WHEN ((LEFT([programme], LEN(N'SCR-' + N'.') - 1) = N'SCR-')) THEN 1
      WHEN (([programme] = N'NHSHC')) THEN 2
      WHEN ((([programme] = N'SMOK') AND ((CASE WHEN [cost_centre] IS NULL THEN NULL ELSE CASE WHEN NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE')) THEN 1 WHEN NOT (NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE'))) THEN 0 END END = 1)))) THEN 3
      WHEN (([programme] = N'DPP')) THEN 4
      WHEN (([cost_centre] = N'PH-T2W')) THEN 5
      WHEN ((([programme] = N'SURV') OR (LEFT([cost_centre], LEN(N'PH-HP' + N'.') - 1) = N'PH-HP'))) THEN 6
      WHEN (([programme] = N'EPRR')) THEN 7
      WHEN ((([programme] = N'CARDIAC-REHAB') AND ([amount] > CAST(0 AS BIGINT)))) THEN 8
      ELSE -1
    END AS [category:prevention]
  FROM typed
)
SELECT
  [icb],
  [year],
  CAST(SUM(CASE WHEN (([category:prevention] = 3)) THEN CAST([amount] AS DECIMAL(38, 0)) * (CASE WHEN [category:prevention] = 5 THEN 50000000 ELSE 100000000 END) END) AS NVARCHAR(4000)) AS [a0:fine]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [icb], [year];

-- measure weight_mgmt_gross "Tier 2 weight management, gross cost" (samples/prevention.hewitt:116)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    NULLIF(CAST([icb_name] AS NVARCHAR(4000)), '') AS [icb_name],
    NULLIF(CAST([region] AS NVARCHAR(4000)), '') AS [region],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    NULLIF(CAST([programme] AS NVARCHAR(4000)), '') AS [programme],
    NULLIF(CAST([cost_centre] AS NVARCHAR(4000)), '') AS [cost_centre],
    NULLIF(CAST([description] AS NVARCHAR(4000)), '') AS [description],
    TRIM(COALESCE(CAST([amount] AS NVARCHAR(4000)), '')) AS [amount],
    TRIM(COALESCE(CAST([recurrent] AS NVARCHAR(4000)), '')) AS [recurrent]
  FROM [ledger]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$')) THEN 1 WHEN NOT ([amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$'))) THEN 0 END AS [fits:amount],
    CASE WHEN [recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0')) THEN 1 WHEN NOT ([recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0'))) THEN 0 END AS [fits:recurrent]
  FROM cells
),
typed AS (
  SELECT
    [icb],
    [icb_name],
    [region],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    [programme],
    [cost_centre],
    [description],
    CASE WHEN [amount] <> '' AND ([fits:amount] = 1) THEN CASE WHEN (CHARINDEX('-', [amount]) > 0 OR CHARINDEX('(', [amount]) = 1) THEN -(CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT)) ELSE CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT) END END AS [amount],
    CASE WHEN [recurrent] <> '' AND ([fits:recurrent] = 1) THEN CASE WHEN LOWER([recurrent]) IN ('yes', 'true', 'y', '1') THEN 1 WHEN NOT (LOWER([recurrent]) IN ('yes', 'true', 'y', '1')) THEN 0 END END AS [recurrent],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN ((([amount] <= CAST(0 AS BIGINT)) AND (NOT (CASE WHEN ([recurrent] = 1) THEN 1 WHEN NOT (([recurrent] = 1)) THEN 0 END = 1)))) THEN -2
      WHEN (((CASE WHEN [programme] IS NULL THEN NULL ELSE CASE WHEN ([programme] IN (N'IMMS', N'FLU')) THEN 1 WHEN NOT (([programme] IN (N'IMMS', N'FLU'))) THEN 0 END END = 1))) THEN 0
      WHEN ((LEFT([programme], LEN(N'SCR-' + N'.') - 1) = N'SCR-')) THEN 1
      WHEN (([programme] = N'NHSHC')) THEN 2
      WHEN ((([programme] = N'SMOK') AND ((CASE WHEN [cost_centre] IS NULL THEN NULL ELSE CASE WHEN NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE')) THEN 1 WHEN NOT (NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE'))) THEN 0 END END = 1)))) THEN 3
      WHEN (([programme] = N'DPP')) THEN 4
      WHEN (([cost_centre] = N'PH-T2W')) THEN 5
      WHEN ((([programme] = N'SURV') OR (LEFT([cost_centre], LEN(N'PH-HP' + N'.') - 1) = N'PH-HP'))) THEN 6
      WHEN (([programme] = N'EPRR')) THEN 7
      WHEN ((([programme] = N'CARDIAC-REHAB') AND ([amount] > CAST(0 AS BIGINT)))) THEN 8
      ELSE -1
    END AS [category:prevention]
  FROM typed
)
SELECT
  [icb],
  [year],
  CAST(SUM(CASE WHEN (([category:prevention] = 5)) THEN CAST([amount] AS DECIMAL(38, 0)) * (CASE WHEN [category:prevention] = 5 THEN 50000000 ELSE 100000000 END) END) AS NVARCHAR(4000)) AS [a0:fine]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [icb], [year];

-- measure non_recurrent_prevention "Prevention spend from one-off pots" (samples/prevention.hewitt:122)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    NULLIF(CAST([icb_name] AS NVARCHAR(4000)), '') AS [icb_name],
    NULLIF(CAST([region] AS NVARCHAR(4000)), '') AS [region],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    NULLIF(CAST([programme] AS NVARCHAR(4000)), '') AS [programme],
    NULLIF(CAST([cost_centre] AS NVARCHAR(4000)), '') AS [cost_centre],
    NULLIF(CAST([description] AS NVARCHAR(4000)), '') AS [description],
    TRIM(COALESCE(CAST([amount] AS NVARCHAR(4000)), '')) AS [amount],
    TRIM(COALESCE(CAST([recurrent] AS NVARCHAR(4000)), '')) AS [recurrent]
  FROM [ledger]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$')) THEN 1 WHEN NOT ([amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$'))) THEN 0 END AS [fits:amount],
    CASE WHEN [recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0')) THEN 1 WHEN NOT ([recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0'))) THEN 0 END AS [fits:recurrent]
  FROM cells
),
typed AS (
  SELECT
    [icb],
    [icb_name],
    [region],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    [programme],
    [cost_centre],
    [description],
    CASE WHEN [amount] <> '' AND ([fits:amount] = 1) THEN CASE WHEN (CHARINDEX('-', [amount]) > 0 OR CHARINDEX('(', [amount]) = 1) THEN -(CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT)) ELSE CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT) END END AS [amount],
    CASE WHEN [recurrent] <> '' AND ([fits:recurrent] = 1) THEN CASE WHEN LOWER([recurrent]) IN ('yes', 'true', 'y', '1') THEN 1 WHEN NOT (LOWER([recurrent]) IN ('yes', 'true', 'y', '1')) THEN 0 END END AS [recurrent],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN ((([amount] <= CAST(0 AS BIGINT)) AND (NOT (CASE WHEN ([recurrent] = 1) THEN 1 WHEN NOT (([recurrent] = 1)) THEN 0 END = 1)))) THEN -2
      WHEN (((CASE WHEN [programme] IS NULL THEN NULL ELSE CASE WHEN ([programme] IN (N'IMMS', N'FLU')) THEN 1 WHEN NOT (([programme] IN (N'IMMS', N'FLU'))) THEN 0 END END = 1))) THEN 0
      WHEN ((LEFT([programme], LEN(N'SCR-' + N'.') - 1) = N'SCR-')) THEN 1
      WHEN (([programme] = N'NHSHC')) THEN 2
      WHEN ((([programme] = N'SMOK') AND ((CASE WHEN [cost_centre] IS NULL THEN NULL ELSE CASE WHEN NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE')) THEN 1 WHEN NOT (NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE'))) THEN 0 END END = 1)))) THEN 3
      WHEN (([programme] = N'DPP')) THEN 4
      WHEN (([cost_centre] = N'PH-T2W')) THEN 5
      WHEN ((([programme] = N'SURV') OR (LEFT([cost_centre], LEN(N'PH-HP' + N'.') - 1) = N'PH-HP'))) THEN 6
      WHEN (([programme] = N'EPRR')) THEN 7
      WHEN ((([programme] = N'CARDIAC-REHAB') AND ([amount] > CAST(0 AS BIGINT)))) THEN 8
      ELSE -1
    END AS [category:prevention]
  FROM typed
)
SELECT
  [icb],
  [year],
  CAST(SUM(CASE WHEN ((([category:prevention] >= 0) AND (CASE WHEN ([recurrent] = 1) THEN 1 WHEN NOT (([recurrent] = 1)) THEN 0 END = 0))) THEN CAST([amount] AS DECIMAL(38, 0)) * (CASE WHEN [category:prevention] = 5 THEN 50000000 ELSE 100000000 END) END) AS NVARCHAR(4000)) AS [a0:fine]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [icb], [year];

-- measure eprr_spend "Emergency preparedness spend" (samples/prevention.hewitt:128)
-- Per year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    NULLIF(CAST([icb_name] AS NVARCHAR(4000)), '') AS [icb_name],
    NULLIF(CAST([region] AS NVARCHAR(4000)), '') AS [region],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    NULLIF(CAST([programme] AS NVARCHAR(4000)), '') AS [programme],
    NULLIF(CAST([cost_centre] AS NVARCHAR(4000)), '') AS [cost_centre],
    NULLIF(CAST([description] AS NVARCHAR(4000)), '') AS [description],
    TRIM(COALESCE(CAST([amount] AS NVARCHAR(4000)), '')) AS [amount],
    TRIM(COALESCE(CAST([recurrent] AS NVARCHAR(4000)), '')) AS [recurrent]
  FROM [ledger]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$')) THEN 1 WHEN NOT ([amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$'))) THEN 0 END AS [fits:amount],
    CASE WHEN [recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0')) THEN 1 WHEN NOT ([recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0'))) THEN 0 END AS [fits:recurrent]
  FROM cells
),
typed AS (
  SELECT
    [icb],
    [icb_name],
    [region],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    [programme],
    [cost_centre],
    [description],
    CASE WHEN [amount] <> '' AND ([fits:amount] = 1) THEN CASE WHEN (CHARINDEX('-', [amount]) > 0 OR CHARINDEX('(', [amount]) = 1) THEN -(CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT)) ELSE CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT) END END AS [amount],
    CASE WHEN [recurrent] <> '' AND ([fits:recurrent] = 1) THEN CASE WHEN LOWER([recurrent]) IN ('yes', 'true', 'y', '1') THEN 1 WHEN NOT (LOWER([recurrent]) IN ('yes', 'true', 'y', '1')) THEN 0 END END AS [recurrent],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN ((([amount] <= CAST(0 AS BIGINT)) AND (NOT (CASE WHEN ([recurrent] = 1) THEN 1 WHEN NOT (([recurrent] = 1)) THEN 0 END = 1)))) THEN -2
      WHEN (((CASE WHEN [programme] IS NULL THEN NULL ELSE CASE WHEN ([programme] IN (N'IMMS', N'FLU')) THEN 1 WHEN NOT (([programme] IN (N'IMMS', N'FLU'))) THEN 0 END END = 1))) THEN 0
      WHEN ((LEFT([programme], LEN(N'SCR-' + N'.') - 1) = N'SCR-')) THEN 1
      WHEN (([programme] = N'NHSHC')) THEN 2
      WHEN ((([programme] = N'SMOK') AND ((CASE WHEN [cost_centre] IS NULL THEN NULL ELSE CASE WHEN NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE')) THEN 1 WHEN NOT (NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE'))) THEN 0 END END = 1)))) THEN 3
      WHEN (([programme] = N'DPP')) THEN 4
      WHEN (([cost_centre] = N'PH-T2W')) THEN 5
      WHEN ((([programme] = N'SURV') OR (LEFT([cost_centre], LEN(N'PH-HP' + N'.') - 1) = N'PH-HP'))) THEN 6
      WHEN (([programme] = N'EPRR')) THEN 7
      WHEN ((([programme] = N'CARDIAC-REHAB') AND ([amount] > CAST(0 AS BIGINT)))) THEN 8
      ELSE -1
    END AS [category:prevention]
  FROM typed
)
SELECT
  [year],
  CAST(SUM(CASE WHEN (([category:prevention] = 7)) THEN CAST([amount] AS DECIMAL(38, 0)) * (CASE WHEN [category:prevention] = 5 THEN 50000000 ELSE 100000000 END) END) AS NVARCHAR(4000)) AS [a0:fine]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [year];

-- measure prevention_lines "Number of prevention cost lines" (samples/prevention.hewitt:134)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    NULLIF(CAST([icb_name] AS NVARCHAR(4000)), '') AS [icb_name],
    NULLIF(CAST([region] AS NVARCHAR(4000)), '') AS [region],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    NULLIF(CAST([programme] AS NVARCHAR(4000)), '') AS [programme],
    NULLIF(CAST([cost_centre] AS NVARCHAR(4000)), '') AS [cost_centre],
    NULLIF(CAST([description] AS NVARCHAR(4000)), '') AS [description],
    TRIM(COALESCE(CAST([amount] AS NVARCHAR(4000)), '')) AS [amount],
    TRIM(COALESCE(CAST([recurrent] AS NVARCHAR(4000)), '')) AS [recurrent]
  FROM [ledger]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$')) THEN 1 WHEN NOT ([amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$'))) THEN 0 END AS [fits:amount],
    CASE WHEN [recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0')) THEN 1 WHEN NOT ([recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0'))) THEN 0 END AS [fits:recurrent]
  FROM cells
),
typed AS (
  SELECT
    [icb],
    [icb_name],
    [region],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    [programme],
    [cost_centre],
    [description],
    CASE WHEN [amount] <> '' AND ([fits:amount] = 1) THEN CASE WHEN (CHARINDEX('-', [amount]) > 0 OR CHARINDEX('(', [amount]) = 1) THEN -(CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT)) ELSE CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT) END END AS [amount],
    CASE WHEN [recurrent] <> '' AND ([fits:recurrent] = 1) THEN CASE WHEN LOWER([recurrent]) IN ('yes', 'true', 'y', '1') THEN 1 WHEN NOT (LOWER([recurrent]) IN ('yes', 'true', 'y', '1')) THEN 0 END END AS [recurrent],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN ((([amount] <= CAST(0 AS BIGINT)) AND (NOT (CASE WHEN ([recurrent] = 1) THEN 1 WHEN NOT (([recurrent] = 1)) THEN 0 END = 1)))) THEN -2
      WHEN (((CASE WHEN [programme] IS NULL THEN NULL ELSE CASE WHEN ([programme] IN (N'IMMS', N'FLU')) THEN 1 WHEN NOT (([programme] IN (N'IMMS', N'FLU'))) THEN 0 END END = 1))) THEN 0
      WHEN ((LEFT([programme], LEN(N'SCR-' + N'.') - 1) = N'SCR-')) THEN 1
      WHEN (([programme] = N'NHSHC')) THEN 2
      WHEN ((([programme] = N'SMOK') AND ((CASE WHEN [cost_centre] IS NULL THEN NULL ELSE CASE WHEN NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE')) THEN 1 WHEN NOT (NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE'))) THEN 0 END END = 1)))) THEN 3
      WHEN (([programme] = N'DPP')) THEN 4
      WHEN (([cost_centre] = N'PH-T2W')) THEN 5
      WHEN ((([programme] = N'SURV') OR (LEFT([cost_centre], LEN(N'PH-HP' + N'.') - 1) = N'PH-HP'))) THEN 6
      WHEN (([programme] = N'EPRR')) THEN 7
      WHEN ((([programme] = N'CARDIAC-REHAB') AND ([amount] > CAST(0 AS BIGINT)))) THEN 8
      ELSE -1
    END AS [category:prevention]
  FROM typed
)
SELECT
  [icb],
  [year],
  COUNT(CASE WHEN (([category:prevention] >= 0)) THEN 1 END) AS [a0:count]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [icb], [year];

-- measure mean_screening_line "Average screening cost line" (samples/prevention.hewitt:140)
-- Per region, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    NULLIF(CAST([icb_name] AS NVARCHAR(4000)), '') AS [icb_name],
    NULLIF(CAST([region] AS NVARCHAR(4000)), '') AS [region],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    NULLIF(CAST([programme] AS NVARCHAR(4000)), '') AS [programme],
    NULLIF(CAST([cost_centre] AS NVARCHAR(4000)), '') AS [cost_centre],
    NULLIF(CAST([description] AS NVARCHAR(4000)), '') AS [description],
    TRIM(COALESCE(CAST([amount] AS NVARCHAR(4000)), '')) AS [amount],
    TRIM(COALESCE(CAST([recurrent] AS NVARCHAR(4000)), '')) AS [recurrent]
  FROM [ledger]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$')) THEN 1 WHEN NOT ([amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$'))) THEN 0 END AS [fits:amount],
    CASE WHEN [recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0')) THEN 1 WHEN NOT ([recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0'))) THEN 0 END AS [fits:recurrent]
  FROM cells
),
typed AS (
  SELECT
    [icb],
    [icb_name],
    [region],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    [programme],
    [cost_centre],
    [description],
    CASE WHEN [amount] <> '' AND ([fits:amount] = 1) THEN CASE WHEN (CHARINDEX('-', [amount]) > 0 OR CHARINDEX('(', [amount]) = 1) THEN -(CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT)) ELSE CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT) END END AS [amount],
    CASE WHEN [recurrent] <> '' AND ([fits:recurrent] = 1) THEN CASE WHEN LOWER([recurrent]) IN ('yes', 'true', 'y', '1') THEN 1 WHEN NOT (LOWER([recurrent]) IN ('yes', 'true', 'y', '1')) THEN 0 END END AS [recurrent],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN ((([amount] <= CAST(0 AS BIGINT)) AND (NOT (CASE WHEN ([recurrent] = 1) THEN 1 WHEN NOT (([recurrent] = 1)) THEN 0 END = 1)))) THEN -2
      WHEN (((CASE WHEN [programme] IS NULL THEN NULL ELSE CASE WHEN ([programme] IN (N'IMMS', N'FLU')) THEN 1 WHEN NOT (([programme] IN (N'IMMS', N'FLU'))) THEN 0 END END = 1))) THEN 0
      WHEN ((LEFT([programme], LEN(N'SCR-' + N'.') - 1) = N'SCR-')) THEN 1
      WHEN (([programme] = N'NHSHC')) THEN 2
      WHEN ((([programme] = N'SMOK') AND ((CASE WHEN [cost_centre] IS NULL THEN NULL ELSE CASE WHEN NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE')) THEN 1 WHEN NOT (NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE'))) THEN 0 END END = 1)))) THEN 3
      WHEN (([programme] = N'DPP')) THEN 4
      WHEN (([cost_centre] = N'PH-T2W')) THEN 5
      WHEN ((([programme] = N'SURV') OR (LEFT([cost_centre], LEN(N'PH-HP' + N'.') - 1) = N'PH-HP'))) THEN 6
      WHEN (([programme] = N'EPRR')) THEN 7
      WHEN ((([programme] = N'CARDIAC-REHAB') AND ([amount] > CAST(0 AS BIGINT)))) THEN 8
      ELSE -1
    END AS [category:prevention]
  FROM typed
)
SELECT
  [region],
  [year],
  COUNT(CASE WHEN (([category:prevention] = 1)) THEN [amount] END) AS [a0:count],
  CAST(SUM(CASE WHEN (([category:prevention] = 1)) THEN [amount] END) AS NVARCHAR(4000)) AS [a0:pence]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [region], [year];

-- measure largest_one_off "Largest one-off prevention line" (samples/prevention.hewitt:146)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    NULLIF(CAST([icb_name] AS NVARCHAR(4000)), '') AS [icb_name],
    NULLIF(CAST([region] AS NVARCHAR(4000)), '') AS [region],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    NULLIF(CAST([programme] AS NVARCHAR(4000)), '') AS [programme],
    NULLIF(CAST([cost_centre] AS NVARCHAR(4000)), '') AS [cost_centre],
    NULLIF(CAST([description] AS NVARCHAR(4000)), '') AS [description],
    TRIM(COALESCE(CAST([amount] AS NVARCHAR(4000)), '')) AS [amount],
    TRIM(COALESCE(CAST([recurrent] AS NVARCHAR(4000)), '')) AS [recurrent]
  FROM [ledger]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$')) THEN 1 WHEN NOT ([amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$'))) THEN 0 END AS [fits:amount],
    CASE WHEN [recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0')) THEN 1 WHEN NOT ([recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0'))) THEN 0 END AS [fits:recurrent]
  FROM cells
),
typed AS (
  SELECT
    [icb],
    [icb_name],
    [region],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    [programme],
    [cost_centre],
    [description],
    CASE WHEN [amount] <> '' AND ([fits:amount] = 1) THEN CASE WHEN (CHARINDEX('-', [amount]) > 0 OR CHARINDEX('(', [amount]) = 1) THEN -(CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT)) ELSE CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT) END END AS [amount],
    CASE WHEN [recurrent] <> '' AND ([fits:recurrent] = 1) THEN CASE WHEN LOWER([recurrent]) IN ('yes', 'true', 'y', '1') THEN 1 WHEN NOT (LOWER([recurrent]) IN ('yes', 'true', 'y', '1')) THEN 0 END END AS [recurrent],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN ((([amount] <= CAST(0 AS BIGINT)) AND (NOT (CASE WHEN ([recurrent] = 1) THEN 1 WHEN NOT (([recurrent] = 1)) THEN 0 END = 1)))) THEN -2
      WHEN (((CASE WHEN [programme] IS NULL THEN NULL ELSE CASE WHEN ([programme] IN (N'IMMS', N'FLU')) THEN 1 WHEN NOT (([programme] IN (N'IMMS', N'FLU'))) THEN 0 END END = 1))) THEN 0
      WHEN ((LEFT([programme], LEN(N'SCR-' + N'.') - 1) = N'SCR-')) THEN 1
      WHEN (([programme] = N'NHSHC')) THEN 2
      WHEN ((([programme] = N'SMOK') AND ((CASE WHEN [cost_centre] IS NULL THEN NULL ELSE CASE WHEN NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE')) THEN 1 WHEN NOT (NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE'))) THEN 0 END END = 1)))) THEN 3
      WHEN (([programme] = N'DPP')) THEN 4
      WHEN (([cost_centre] = N'PH-T2W')) THEN 5
      WHEN ((([programme] = N'SURV') OR (LEFT([cost_centre], LEN(N'PH-HP' + N'.') - 1) = N'PH-HP'))) THEN 6
      WHEN (([programme] = N'EPRR')) THEN 7
      WHEN ((([programme] = N'CARDIAC-REHAB') AND ([amount] > CAST(0 AS BIGINT)))) THEN 8
      ELSE -1
    END AS [category:prevention]
  FROM typed
)
SELECT
  [icb],
  [year],
  COUNT(CASE WHEN ((([category:prevention] >= 0) AND (CASE WHEN ([recurrent] = 1) THEN 1 WHEN NOT (([recurrent] = 1)) THEN 0 END = 0))) THEN [amount] END) AS [a0:count],
  CAST(MAX(CASE WHEN ((([category:prevention] >= 0) AND (CASE WHEN ([recurrent] = 1) THEN 1 WHEN NOT (([recurrent] = 1)) THEN 0 END = 0))) THEN [amount] END) AS NVARCHAR(4000)) AS [a0:extreme]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [icb], [year];

-- measure first_dpp_year "First year with Diabetes Prevention Programme spend" (samples/prevention.hewitt:152)
-- Per icb: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    NULLIF(CAST([icb_name] AS NVARCHAR(4000)), '') AS [icb_name],
    NULLIF(CAST([region] AS NVARCHAR(4000)), '') AS [region],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    NULLIF(CAST([programme] AS NVARCHAR(4000)), '') AS [programme],
    NULLIF(CAST([cost_centre] AS NVARCHAR(4000)), '') AS [cost_centre],
    NULLIF(CAST([description] AS NVARCHAR(4000)), '') AS [description],
    TRIM(COALESCE(CAST([amount] AS NVARCHAR(4000)), '')) AS [amount],
    TRIM(COALESCE(CAST([recurrent] AS NVARCHAR(4000)), '')) AS [recurrent]
  FROM [ledger]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$')) THEN 1 WHEN NOT ([amount] = '' OR ((REGEXP_LIKE([amount], N'^(?:[+-]?£?[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?)$') AND NOT REGEXP_LIKE([amount], N'^(?:[+-]£?[+-].*)$')) OR REGEXP_LIKE([amount], N'^(?:\(\s*£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?\s*\))$'))) THEN 0 END AS [fits:amount],
    CASE WHEN [recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0')) THEN 1 WHEN NOT ([recurrent] = '' OR (LOWER([recurrent]) IN ('yes', 'true', 'y', '1') OR LOWER([recurrent]) IN ('no', 'false', 'n', '0'))) THEN 0 END AS [fits:recurrent]
  FROM cells
),
typed AS (
  SELECT
    [icb],
    [icb_name],
    [region],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    [programme],
    [cost_centre],
    [description],
    CASE WHEN [amount] <> '' AND ([fits:amount] = 1) THEN CASE WHEN (CHARINDEX('-', [amount]) > 0 OR CHARINDEX('(', [amount]) = 1) THEN -(CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT)) ELSE CAST(LEFT(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') - 1) AS BIGINT) * 100 + CAST(LEFT(SUBSTRING(REGEXP_REPLACE([amount], N'[^0-9.]', N''), CHARINDEX('.', REGEXP_REPLACE([amount], N'[^0-9.]', N'') + '.') + 1, 4000) + REPLICATE('0', 2), 2) AS BIGINT) END END AS [amount],
    CASE WHEN [recurrent] <> '' AND ([fits:recurrent] = 1) THEN CASE WHEN LOWER([recurrent]) IN ('yes', 'true', 'y', '1') THEN 1 WHEN NOT (LOWER([recurrent]) IN ('yes', 'true', 'y', '1')) THEN 0 END END AS [recurrent],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:amount] = 1) AND ([fits:recurrent] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *,
    CASE
      WHEN ((([amount] <= CAST(0 AS BIGINT)) AND (NOT (CASE WHEN ([recurrent] = 1) THEN 1 WHEN NOT (([recurrent] = 1)) THEN 0 END = 1)))) THEN -2
      WHEN (((CASE WHEN [programme] IS NULL THEN NULL ELSE CASE WHEN ([programme] IN (N'IMMS', N'FLU')) THEN 1 WHEN NOT (([programme] IN (N'IMMS', N'FLU'))) THEN 0 END END = 1))) THEN 0
      WHEN ((LEFT([programme], LEN(N'SCR-' + N'.') - 1) = N'SCR-')) THEN 1
      WHEN (([programme] = N'NHSHC')) THEN 2
      WHEN ((([programme] = N'SMOK') AND ((CASE WHEN [cost_centre] IS NULL THEN NULL ELSE CASE WHEN NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE')) THEN 1 WHEN NOT (NOT ([cost_centre] IN (N'PRESC-NRT', N'PRESC-VARENICLINE'))) THEN 0 END END = 1)))) THEN 3
      WHEN (([programme] = N'DPP')) THEN 4
      WHEN (([cost_centre] = N'PH-T2W')) THEN 5
      WHEN ((([programme] = N'SURV') OR (LEFT([cost_centre], LEN(N'PH-HP' + N'.') - 1) = N'PH-HP'))) THEN 6
      WHEN (([programme] = N'EPRR')) THEN 7
      WHEN ((([programme] = N'CARDIAC-REHAB') AND ([amount] > CAST(0 AS BIGINT)))) THEN 8
      ELSE -1
    END AS [category:prevention]
  FROM typed
)
SELECT
  [icb],
  COUNT(CASE WHEN (([programme] = N'DPP')) THEN [year] END) AS [a0:count],
  MIN(CASE WHEN (([programme] = N'DPP')) THEN [year] COLLATE Latin1_General_100_BIN2 END) AS [a0:extreme]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [icb];

-- measure cancer_screening_uptake "Cancer screening uptake" (samples/prevention.hewitt:160)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    NULLIF(CAST([programme] AS NVARCHAR(4000)), '') AS [programme],
    TRIM(COALESCE(CAST([eligible] AS NVARCHAR(4000)), '')) AS [eligible],
    TRIM(COALESCE(CAST([uptake] AS NVARCHAR(4000)), '')) AS [uptake],
    TRIM(COALESCE(CAST([published_on] AS NVARCHAR(4000)), '')) AS [published_on]
  FROM [screening_uptake]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:eligible],
    CASE WHEN [uptake] = '' OR REGEXP_LIKE([uptake], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(\s*%)?)$') THEN 1 WHEN NOT ([uptake] = '' OR REGEXP_LIKE([uptake], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(\s*%)?)$')) THEN 0 END AS [fits:uptake],
    CASE WHEN [published_on] = '' OR (CASE WHEN REGEXP_LIKE([published_on], N'^(?:\d{4}-\d{2}-\d{2})$') THEN CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(SUBSTRING([published_on], 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) = 2 THEN CASE WHEN (((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (4)) = 0 AND ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (100)) <> 0 OR ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (400)) = 0) THEN 29 ELSE 28 END WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN 1 WHEN NOT (CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(SUBSTRING([published_on], 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) = 2 THEN CASE WHEN (((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (4)) = 0 AND ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (100)) <> 0 OR ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (400)) = 0) THEN 29 ELSE 28 END WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([published_on] = '' OR (CASE WHEN REGEXP_LIKE([published_on], N'^(?:\d{4}-\d{2}-\d{2})$') THEN CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(SUBSTRING([published_on], 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) = 2 THEN CASE WHEN (((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (4)) = 0 AND ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (100)) <> 0 OR ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (400)) = 0) THEN 29 ELSE 28 END WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN 1 WHEN NOT (CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(SUBSTRING([published_on], 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) = 2 THEN CASE WHEN (((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (4)) = 0 AND ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (100)) <> 0 OR ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (400)) = 0) THEN 29 ELSE 28 END WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:published_on]
  FROM cells
),
typed AS (
  SELECT
    [icb],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    [programme],
    CASE WHEN [eligible] <> '' AND ([fits:eligible] = 1) THEN CAST(REPLACE([eligible], ',', '') AS FLOAT) END AS [eligible],
    CASE WHEN [uptake] <> '' AND ([fits:uptake] = 1) THEN CAST(REPLACE(RTRIM(RTRIM([uptake], '%')), ',', '') AS FLOAT) END AS [uptake],
    CASE WHEN [published_on] <> '' AND ([fits:published_on] = 1) THEN [published_on] END AS [published_on],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:eligible] = 1) AND ([fits:uptake] = 1) AND ([fits:published_on] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:eligible] = 1) AND ([fits:uptake] = 1) AND ([fits:published_on] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  [icb],
  [year],
  COUNT(CASE WHEN (([programme] <> N'SCR-AAA')) THEN [uptake] END) AS [a0:count],
  SUM(CASE WHEN (([programme] <> N'SCR-AAA')) THEN CAST([uptake] AS FLOAT) END) AS [a0:number]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [icb], [year];

-- measure programmes_below_standard "Screening programmes below 70% uptake" (samples/prevention.hewitt:166)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    NULLIF(CAST([programme] AS NVARCHAR(4000)), '') AS [programme],
    TRIM(COALESCE(CAST([eligible] AS NVARCHAR(4000)), '')) AS [eligible],
    TRIM(COALESCE(CAST([uptake] AS NVARCHAR(4000)), '')) AS [uptake],
    TRIM(COALESCE(CAST([published_on] AS NVARCHAR(4000)), '')) AS [published_on]
  FROM [screening_uptake]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:eligible],
    CASE WHEN [uptake] = '' OR REGEXP_LIKE([uptake], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(\s*%)?)$') THEN 1 WHEN NOT ([uptake] = '' OR REGEXP_LIKE([uptake], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(\s*%)?)$')) THEN 0 END AS [fits:uptake],
    CASE WHEN [published_on] = '' OR (CASE WHEN REGEXP_LIKE([published_on], N'^(?:\d{4}-\d{2}-\d{2})$') THEN CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(SUBSTRING([published_on], 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) = 2 THEN CASE WHEN (((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (4)) = 0 AND ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (100)) <> 0 OR ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (400)) = 0) THEN 29 ELSE 28 END WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN 1 WHEN NOT (CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(SUBSTRING([published_on], 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) = 2 THEN CASE WHEN (((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (4)) = 0 AND ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (100)) <> 0 OR ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (400)) = 0) THEN 29 ELSE 28 END WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([published_on] = '' OR (CASE WHEN REGEXP_LIKE([published_on], N'^(?:\d{4}-\d{2}-\d{2})$') THEN CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(SUBSTRING([published_on], 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) = 2 THEN CASE WHEN (((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (4)) = 0 AND ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (100)) <> 0 OR ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (400)) = 0) THEN 29 ELSE 28 END WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN 1 WHEN NOT (CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(SUBSTRING([published_on], 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) = 2 THEN CASE WHEN (((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (4)) = 0 AND ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (100)) <> 0 OR ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (400)) = 0) THEN 29 ELSE 28 END WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:published_on]
  FROM cells
),
typed AS (
  SELECT
    [icb],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    [programme],
    CASE WHEN [eligible] <> '' AND ([fits:eligible] = 1) THEN CAST(REPLACE([eligible], ',', '') AS FLOAT) END AS [eligible],
    CASE WHEN [uptake] <> '' AND ([fits:uptake] = 1) THEN CAST(REPLACE(RTRIM(RTRIM([uptake], '%')), ',', '') AS FLOAT) END AS [uptake],
    CASE WHEN [published_on] <> '' AND ([fits:published_on] = 1) THEN [published_on] END AS [published_on],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:eligible] = 1) AND ([fits:uptake] = 1) AND ([fits:published_on] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:eligible] = 1) AND ([fits:uptake] = 1) AND ([fits:published_on] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  [icb],
  [year],
  COUNT(CASE WHEN ((([uptake] < 70.0) AND ([eligible] >= 1000.0))) THEN 1 END) AS [a0:count]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [icb], [year];

-- measure uptake_published "Latest publication of screening uptake" (samples/prevention.hewitt:172)
-- Per icb: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    NULLIF(CAST([programme] AS NVARCHAR(4000)), '') AS [programme],
    TRIM(COALESCE(CAST([eligible] AS NVARCHAR(4000)), '')) AS [eligible],
    TRIM(COALESCE(CAST([uptake] AS NVARCHAR(4000)), '')) AS [uptake],
    TRIM(COALESCE(CAST([published_on] AS NVARCHAR(4000)), '')) AS [published_on]
  FROM [screening_uptake]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:eligible],
    CASE WHEN [uptake] = '' OR REGEXP_LIKE([uptake], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(\s*%)?)$') THEN 1 WHEN NOT ([uptake] = '' OR REGEXP_LIKE([uptake], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(\s*%)?)$')) THEN 0 END AS [fits:uptake],
    CASE WHEN [published_on] = '' OR (CASE WHEN REGEXP_LIKE([published_on], N'^(?:\d{4}-\d{2}-\d{2})$') THEN CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(SUBSTRING([published_on], 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) = 2 THEN CASE WHEN (((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (4)) = 0 AND ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (100)) <> 0 OR ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (400)) = 0) THEN 29 ELSE 28 END WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN 1 WHEN NOT (CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(SUBSTRING([published_on], 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) = 2 THEN CASE WHEN (((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (4)) = 0 AND ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (100)) <> 0 OR ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (400)) = 0) THEN 29 ELSE 28 END WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([published_on] = '' OR (CASE WHEN REGEXP_LIKE([published_on], N'^(?:\d{4}-\d{2}-\d{2})$') THEN CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(SUBSTRING([published_on], 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) = 2 THEN CASE WHEN (((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (4)) = 0 AND ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (100)) <> 0 OR ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (400)) = 0) THEN 29 ELSE 28 END WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END THEN 1 WHEN NOT (CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) BETWEEN 1 AND 12 AND CAST(SUBSTRING([published_on], 9, 2) AS BIGINT) BETWEEN 1 AND CASE WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) = 2 THEN CASE WHEN (((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (4)) = 0 AND ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (100)) <> 0 OR ((CAST(SUBSTRING([published_on], 1, 4) AS BIGINT)) % (400)) = 0) THEN 29 ELSE 28 END WHEN CAST(SUBSTRING([published_on], 6, 2) AS BIGINT) IN (4, 6, 9, 11) THEN 30 ELSE 31 END) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:published_on]
  FROM cells
),
typed AS (
  SELECT
    [icb],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    [programme],
    CASE WHEN [eligible] <> '' AND ([fits:eligible] = 1) THEN CAST(REPLACE([eligible], ',', '') AS FLOAT) END AS [eligible],
    CASE WHEN [uptake] <> '' AND ([fits:uptake] = 1) THEN CAST(REPLACE(RTRIM(RTRIM([uptake], '%')), ',', '') AS FLOAT) END AS [uptake],
    CASE WHEN [published_on] <> '' AND ([fits:published_on] = 1) THEN [published_on] END AS [published_on],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:eligible] = 1) AND ([fits:uptake] = 1) AND ([fits:published_on] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:eligible] = 1) AND ([fits:uptake] = 1) AND ([fits:published_on] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  [icb],
  COUNT([published_on]) AS [a0:count],
  MAX([published_on] COLLATE Latin1_General_100_BIN2) AS [a0:extreme]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [icb];
