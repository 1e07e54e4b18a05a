-- SQL of samples/gp-contract.hewitt for tsql, rendered by hewitt sql. Run each statement on its own.
-- Money is in whole pence; empty cells are NULL; a row with a cell that does not fit its column is left out.
-- T-SQL: text equality ignores trailing spaces and follows the database collation (often case-insensitive), so 'A ' may equal 'a'; patterns need REGEXP_LIKE (SQL Server 2025 or Azure SQL Database).

-- measure mean_list_size "Average practice list size" (samples/gp-contract.hewitt:110)
-- Per icb, year: each aggregate of the value as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the measure's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([practice] AS NVARCHAR(4000)), '') AS [practice],
    NULLIF(CAST([practice_name] AS NVARCHAR(4000)), '') AS [practice_name],
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    TRIM(COALESCE(CAST([imd_quintile] AS NVARCHAR(4000)), '')) AS [imd_quintile],
    NULLIF(CAST([indicator] AS NVARCHAR(4000)), '') AS [indicator],
    TRIM(COALESCE(CAST([eligible] AS NVARCHAR(4000)), '')) AS [eligible],
    TRIM(COALESCE(CAST([pca] AS NVARCHAR(4000)), '')) AS [pca],
    TRIM(COALESCE(CAST([achieved] AS NVARCHAR(4000)), '')) AS [achieved],
    TRIM(COALESCE(CAST([list_size] AS NVARCHAR(4000)), '')) AS [list_size]
  FROM [qof]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:imd_quintile],
    CASE WHEN [eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:eligible],
    CASE WHEN [pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:pca],
    CASE WHEN [achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:achieved],
    CASE WHEN [list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:list_size]
  FROM cells
),
typed AS (
  SELECT
    [practice],
    [practice_name],
    [icb],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    CASE WHEN [imd_quintile] <> '' AND ([fits:imd_quintile] = 1) THEN CAST(REPLACE([imd_quintile], ',', '') AS FLOAT) END AS [imd_quintile],
    [indicator],
    CASE WHEN [eligible] <> '' AND ([fits:eligible] = 1) THEN CAST(REPLACE([eligible], ',', '') AS FLOAT) END AS [eligible],
    CASE WHEN [pca] <> '' AND ([fits:pca] = 1) THEN CAST(REPLACE([pca], ',', '') AS FLOAT) END AS [pca],
    CASE WHEN [achieved] <> '' AND ([fits:achieved] = 1) THEN CAST(REPLACE([achieved], ',', '') AS FLOAT) END AS [achieved],
    CASE WHEN [list_size] <> '' AND ([fits:list_size] = 1) THEN CAST(REPLACE([list_size], ',', '') AS FLOAT) END AS [list_size],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1))) THEN 0 END AS [hewitt:rejected]
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
  COUNT(CASE WHEN (([indicator] = N'DM020')) THEN [list_size] END) AS [a0:count],
  SUM(CASE WHEN (([indicator] = N'DM020')) THEN CAST([list_size] AS FLOAT) END) AS [a0:number]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [icb], [year];

-- metric dm020 "Diabetes: HbA1c 58 mmol/mol or less" (samples/gp-contract.hewitt:13)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([practice] AS NVARCHAR(4000)), '') AS [practice],
    NULLIF(CAST([practice_name] AS NVARCHAR(4000)), '') AS [practice_name],
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    TRIM(COALESCE(CAST([imd_quintile] AS NVARCHAR(4000)), '')) AS [imd_quintile],
    NULLIF(CAST([indicator] AS NVARCHAR(4000)), '') AS [indicator],
    TRIM(COALESCE(CAST([eligible] AS NVARCHAR(4000)), '')) AS [eligible],
    TRIM(COALESCE(CAST([pca] AS NVARCHAR(4000)), '')) AS [pca],
    TRIM(COALESCE(CAST([achieved] AS NVARCHAR(4000)), '')) AS [achieved],
    TRIM(COALESCE(CAST([list_size] AS NVARCHAR(4000)), '')) AS [list_size]
  FROM [qof]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:imd_quintile],
    CASE WHEN [eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:eligible],
    CASE WHEN [pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:pca],
    CASE WHEN [achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:achieved],
    CASE WHEN [list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:list_size]
  FROM cells
),
typed AS (
  SELECT
    [practice],
    [practice_name],
    [icb],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    CASE WHEN [imd_quintile] <> '' AND ([fits:imd_quintile] = 1) THEN CAST(REPLACE([imd_quintile], ',', '') AS FLOAT) END AS [imd_quintile],
    [indicator],
    CASE WHEN [eligible] <> '' AND ([fits:eligible] = 1) THEN CAST(REPLACE([eligible], ',', '') AS FLOAT) END AS [eligible],
    CASE WHEN [pca] <> '' AND ([fits:pca] = 1) THEN CAST(REPLACE([pca], ',', '') AS FLOAT) END AS [pca],
    CASE WHEN [achieved] <> '' AND ([fits:achieved] = 1) THEN CAST(REPLACE([achieved], ',', '') AS FLOAT) END AS [achieved],
    CASE WHEN [list_size] <> '' AND ([fits:list_size] = 1) THEN CAST(REPLACE([list_size], ',', '') AS FLOAT) END AS [list_size],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  [practice],
  SUM(CASE WHEN (([indicator] = N'DM020')) THEN CAST([achieved] AS FLOAT) END) AS [a0:number],
  SUM(CASE WHEN (([indicator] = N'DM020')) THEN CAST([eligible] AS FLOAT) END) AS [a1:number],
  SUM(CASE WHEN (([indicator] = N'DM020')) THEN CAST([pca] AS FLOAT) END) AS [a2:number]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [practice];

-- metric dm020, per stratum "Diabetes: HbA1c 58 mmol/mol or less" (samples/gp-contract.hewitt:13)
-- Per stratum: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([practice] AS NVARCHAR(4000)), '') AS [practice],
    NULLIF(CAST([practice_name] AS NVARCHAR(4000)), '') AS [practice_name],
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    TRIM(COALESCE(CAST([imd_quintile] AS NVARCHAR(4000)), '')) AS [imd_quintile],
    NULLIF(CAST([indicator] AS NVARCHAR(4000)), '') AS [indicator],
    TRIM(COALESCE(CAST([eligible] AS NVARCHAR(4000)), '')) AS [eligible],
    TRIM(COALESCE(CAST([pca] AS NVARCHAR(4000)), '')) AS [pca],
    TRIM(COALESCE(CAST([achieved] AS NVARCHAR(4000)), '')) AS [achieved],
    TRIM(COALESCE(CAST([list_size] AS NVARCHAR(4000)), '')) AS [list_size]
  FROM [qof]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:imd_quintile],
    CASE WHEN [eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:eligible],
    CASE WHEN [pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:pca],
    CASE WHEN [achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:achieved],
    CASE WHEN [list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:list_size]
  FROM cells
),
typed AS (
  SELECT
    [practice],
    [practice_name],
    [icb],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    CASE WHEN [imd_quintile] <> '' AND ([fits:imd_quintile] = 1) THEN CAST(REPLACE([imd_quintile], ',', '') AS FLOAT) END AS [imd_quintile],
    [indicator],
    CASE WHEN [eligible] <> '' AND ([fits:eligible] = 1) THEN CAST(REPLACE([eligible], ',', '') AS FLOAT) END AS [eligible],
    CASE WHEN [pca] <> '' AND ([fits:pca] = 1) THEN CAST(REPLACE([pca], ',', '') AS FLOAT) END AS [pca],
    CASE WHEN [achieved] <> '' AND ([fits:achieved] = 1) THEN CAST(REPLACE([achieved], ',', '') AS FLOAT) END AS [achieved],
    CASE WHEN [list_size] <> '' AND ([fits:list_size] = 1) THEN CAST(REPLACE([list_size], ',', '') AS FLOAT) END AS [list_size],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  [imd_quintile],
  SUM(CASE WHEN (([indicator] = N'DM020')) THEN CAST([achieved] AS FLOAT) END) AS [a0:number],
  SUM(CASE WHEN (([indicator] = N'DM020')) THEN CAST([eligible] AS FLOAT) END) AS [a1:number],
  SUM(CASE WHEN (([indicator] = N'DM020')) THEN CAST([pca] AS FLOAT) END) AS [a2:number]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [imd_quintile];

-- metric hyp008 "Hypertension: blood pressure 140/90 or less, aged 79 or under" (samples/gp-contract.hewitt:28)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([practice] AS NVARCHAR(4000)), '') AS [practice],
    NULLIF(CAST([practice_name] AS NVARCHAR(4000)), '') AS [practice_name],
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    TRIM(COALESCE(CAST([imd_quintile] AS NVARCHAR(4000)), '')) AS [imd_quintile],
    NULLIF(CAST([indicator] AS NVARCHAR(4000)), '') AS [indicator],
    TRIM(COALESCE(CAST([eligible] AS NVARCHAR(4000)), '')) AS [eligible],
    TRIM(COALESCE(CAST([pca] AS NVARCHAR(4000)), '')) AS [pca],
    TRIM(COALESCE(CAST([achieved] AS NVARCHAR(4000)), '')) AS [achieved],
    TRIM(COALESCE(CAST([list_size] AS NVARCHAR(4000)), '')) AS [list_size]
  FROM [qof]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:imd_quintile],
    CASE WHEN [eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:eligible],
    CASE WHEN [pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:pca],
    CASE WHEN [achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:achieved],
    CASE WHEN [list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:list_size]
  FROM cells
),
typed AS (
  SELECT
    [practice],
    [practice_name],
    [icb],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    CASE WHEN [imd_quintile] <> '' AND ([fits:imd_quintile] = 1) THEN CAST(REPLACE([imd_quintile], ',', '') AS FLOAT) END AS [imd_quintile],
    [indicator],
    CASE WHEN [eligible] <> '' AND ([fits:eligible] = 1) THEN CAST(REPLACE([eligible], ',', '') AS FLOAT) END AS [eligible],
    CASE WHEN [pca] <> '' AND ([fits:pca] = 1) THEN CAST(REPLACE([pca], ',', '') AS FLOAT) END AS [pca],
    CASE WHEN [achieved] <> '' AND ([fits:achieved] = 1) THEN CAST(REPLACE([achieved], ',', '') AS FLOAT) END AS [achieved],
    CASE WHEN [list_size] <> '' AND ([fits:list_size] = 1) THEN CAST(REPLACE([list_size], ',', '') AS FLOAT) END AS [list_size],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  [practice],
  SUM(CASE WHEN (([indicator] = N'HYP008')) THEN CAST([achieved] AS FLOAT) END) AS [a0:number],
  SUM(CASE WHEN (([indicator] = N'HYP008')) THEN CAST([eligible] AS FLOAT) END) AS [a1:number],
  SUM(CASE WHEN (([indicator] = N'HYP008')) THEN CAST([pca] AS FLOAT) END) AS [a2:number]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [practice];

-- metric hyp008, per stratum "Hypertension: blood pressure 140/90 or less, aged 79 or under" (samples/gp-contract.hewitt:28)
-- Per stratum: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([practice] AS NVARCHAR(4000)), '') AS [practice],
    NULLIF(CAST([practice_name] AS NVARCHAR(4000)), '') AS [practice_name],
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    TRIM(COALESCE(CAST([imd_quintile] AS NVARCHAR(4000)), '')) AS [imd_quintile],
    NULLIF(CAST([indicator] AS NVARCHAR(4000)), '') AS [indicator],
    TRIM(COALESCE(CAST([eligible] AS NVARCHAR(4000)), '')) AS [eligible],
    TRIM(COALESCE(CAST([pca] AS NVARCHAR(4000)), '')) AS [pca],
    TRIM(COALESCE(CAST([achieved] AS NVARCHAR(4000)), '')) AS [achieved],
    TRIM(COALESCE(CAST([list_size] AS NVARCHAR(4000)), '')) AS [list_size]
  FROM [qof]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:imd_quintile],
    CASE WHEN [eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:eligible],
    CASE WHEN [pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:pca],
    CASE WHEN [achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:achieved],
    CASE WHEN [list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:list_size]
  FROM cells
),
typed AS (
  SELECT
    [practice],
    [practice_name],
    [icb],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    CASE WHEN [imd_quintile] <> '' AND ([fits:imd_quintile] = 1) THEN CAST(REPLACE([imd_quintile], ',', '') AS FLOAT) END AS [imd_quintile],
    [indicator],
    CASE WHEN [eligible] <> '' AND ([fits:eligible] = 1) THEN CAST(REPLACE([eligible], ',', '') AS FLOAT) END AS [eligible],
    CASE WHEN [pca] <> '' AND ([fits:pca] = 1) THEN CAST(REPLACE([pca], ',', '') AS FLOAT) END AS [pca],
    CASE WHEN [achieved] <> '' AND ([fits:achieved] = 1) THEN CAST(REPLACE([achieved], ',', '') AS FLOAT) END AS [achieved],
    CASE WHEN [list_size] <> '' AND ([fits:list_size] = 1) THEN CAST(REPLACE([list_size], ',', '') AS FLOAT) END AS [list_size],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  [imd_quintile],
  SUM(CASE WHEN (([indicator] = N'HYP008')) THEN CAST([achieved] AS FLOAT) END) AS [a0:number],
  SUM(CASE WHEN (([indicator] = N'HYP008')) THEN CAST([eligible] AS FLOAT) END) AS [a1:number],
  SUM(CASE WHEN (([indicator] = N'HYP008')) THEN CAST([pca] AS FLOAT) END) AS [a2:number]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [imd_quintile];

-- metric smok004 "Smokers offered support and treatment" (samples/gp-contract.hewitt:42)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([practice] AS NVARCHAR(4000)), '') AS [practice],
    NULLIF(CAST([practice_name] AS NVARCHAR(4000)), '') AS [practice_name],
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    TRIM(COALESCE(CAST([imd_quintile] AS NVARCHAR(4000)), '')) AS [imd_quintile],
    NULLIF(CAST([indicator] AS NVARCHAR(4000)), '') AS [indicator],
    TRIM(COALESCE(CAST([eligible] AS NVARCHAR(4000)), '')) AS [eligible],
    TRIM(COALESCE(CAST([pca] AS NVARCHAR(4000)), '')) AS [pca],
    TRIM(COALESCE(CAST([achieved] AS NVARCHAR(4000)), '')) AS [achieved],
    TRIM(COALESCE(CAST([list_size] AS NVARCHAR(4000)), '')) AS [list_size]
  FROM [qof]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:imd_quintile],
    CASE WHEN [eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:eligible],
    CASE WHEN [pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:pca],
    CASE WHEN [achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:achieved],
    CASE WHEN [list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:list_size]
  FROM cells
),
typed AS (
  SELECT
    [practice],
    [practice_name],
    [icb],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    CASE WHEN [imd_quintile] <> '' AND ([fits:imd_quintile] = 1) THEN CAST(REPLACE([imd_quintile], ',', '') AS FLOAT) END AS [imd_quintile],
    [indicator],
    CASE WHEN [eligible] <> '' AND ([fits:eligible] = 1) THEN CAST(REPLACE([eligible], ',', '') AS FLOAT) END AS [eligible],
    CASE WHEN [pca] <> '' AND ([fits:pca] = 1) THEN CAST(REPLACE([pca], ',', '') AS FLOAT) END AS [pca],
    CASE WHEN [achieved] <> '' AND ([fits:achieved] = 1) THEN CAST(REPLACE([achieved], ',', '') AS FLOAT) END AS [achieved],
    CASE WHEN [list_size] <> '' AND ([fits:list_size] = 1) THEN CAST(REPLACE([list_size], ',', '') AS FLOAT) END AS [list_size],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  [practice],
  SUM(CASE WHEN (([indicator] = N'SMOK004')) THEN CAST([achieved] AS FLOAT) END) AS [a0:number],
  SUM(CASE WHEN (([indicator] = N'SMOK004')) THEN CAST([eligible] AS FLOAT) END) AS [a1:number],
  SUM(CASE WHEN (([indicator] = N'SMOK004')) THEN CAST([pca] AS FLOAT) END) AS [a2:number]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [practice];

-- metric cs005 "Cervical screening, aged 25 to 49" (samples/gp-contract.hewitt:55)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([practice] AS NVARCHAR(4000)), '') AS [practice],
    NULLIF(CAST([practice_name] AS NVARCHAR(4000)), '') AS [practice_name],
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    TRIM(COALESCE(CAST([imd_quintile] AS NVARCHAR(4000)), '')) AS [imd_quintile],
    NULLIF(CAST([indicator] AS NVARCHAR(4000)), '') AS [indicator],
    TRIM(COALESCE(CAST([eligible] AS NVARCHAR(4000)), '')) AS [eligible],
    TRIM(COALESCE(CAST([pca] AS NVARCHAR(4000)), '')) AS [pca],
    TRIM(COALESCE(CAST([achieved] AS NVARCHAR(4000)), '')) AS [achieved],
    TRIM(COALESCE(CAST([list_size] AS NVARCHAR(4000)), '')) AS [list_size]
  FROM [qof]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:imd_quintile],
    CASE WHEN [eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:eligible],
    CASE WHEN [pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:pca],
    CASE WHEN [achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:achieved],
    CASE WHEN [list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:list_size]
  FROM cells
),
typed AS (
  SELECT
    [practice],
    [practice_name],
    [icb],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    CASE WHEN [imd_quintile] <> '' AND ([fits:imd_quintile] = 1) THEN CAST(REPLACE([imd_quintile], ',', '') AS FLOAT) END AS [imd_quintile],
    [indicator],
    CASE WHEN [eligible] <> '' AND ([fits:eligible] = 1) THEN CAST(REPLACE([eligible], ',', '') AS FLOAT) END AS [eligible],
    CASE WHEN [pca] <> '' AND ([fits:pca] = 1) THEN CAST(REPLACE([pca], ',', '') AS FLOAT) END AS [pca],
    CASE WHEN [achieved] <> '' AND ([fits:achieved] = 1) THEN CAST(REPLACE([achieved], ',', '') AS FLOAT) END AS [achieved],
    CASE WHEN [list_size] <> '' AND ([fits:list_size] = 1) THEN CAST(REPLACE([list_size], ',', '') AS FLOAT) END AS [list_size],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  [practice],
  SUM(CASE WHEN (([indicator] = N'CS005')) THEN CAST([achieved] AS FLOAT) END) AS [a0:number],
  SUM(CASE WHEN (([indicator] = N'CS005')) THEN CAST([eligible] AS FLOAT) END) AS [a1:number],
  SUM(CASE WHEN (([indicator] = N'CS005')) THEN CAST([pca] AS FLOAT) END) AS [a2:number]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [practice];

-- metric bp002 "Blood pressure recorded, aged 45 or over" (samples/gp-contract.hewitt:68)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([practice] AS NVARCHAR(4000)), '') AS [practice],
    NULLIF(CAST([practice_name] AS NVARCHAR(4000)), '') AS [practice_name],
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    TRIM(COALESCE(CAST([imd_quintile] AS NVARCHAR(4000)), '')) AS [imd_quintile],
    NULLIF(CAST([indicator] AS NVARCHAR(4000)), '') AS [indicator],
    TRIM(COALESCE(CAST([eligible] AS NVARCHAR(4000)), '')) AS [eligible],
    TRIM(COALESCE(CAST([pca] AS NVARCHAR(4000)), '')) AS [pca],
    TRIM(COALESCE(CAST([achieved] AS NVARCHAR(4000)), '')) AS [achieved],
    TRIM(COALESCE(CAST([list_size] AS NVARCHAR(4000)), '')) AS [list_size]
  FROM [qof]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:imd_quintile],
    CASE WHEN [eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:eligible],
    CASE WHEN [pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:pca],
    CASE WHEN [achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:achieved],
    CASE WHEN [list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:list_size]
  FROM cells
),
typed AS (
  SELECT
    [practice],
    [practice_name],
    [icb],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    CASE WHEN [imd_quintile] <> '' AND ([fits:imd_quintile] = 1) THEN CAST(REPLACE([imd_quintile], ',', '') AS FLOAT) END AS [imd_quintile],
    [indicator],
    CASE WHEN [eligible] <> '' AND ([fits:eligible] = 1) THEN CAST(REPLACE([eligible], ',', '') AS FLOAT) END AS [eligible],
    CASE WHEN [pca] <> '' AND ([fits:pca] = 1) THEN CAST(REPLACE([pca], ',', '') AS FLOAT) END AS [pca],
    CASE WHEN [achieved] <> '' AND ([fits:achieved] = 1) THEN CAST(REPLACE([achieved], ',', '') AS FLOAT) END AS [achieved],
    CASE WHEN [list_size] <> '' AND ([fits:list_size] = 1) THEN CAST(REPLACE([list_size], ',', '') AS FLOAT) END AS [list_size],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  [practice],
  SUM(CASE WHEN (([indicator] = N'BP002')) THEN CAST([achieved] AS FLOAT) END) AS [a0:number],
  SUM(CASE WHEN (([indicator] = N'BP002')) THEN CAST([eligible] AS FLOAT) END) AS [a1:number],
  SUM(CASE WHEN (([indicator] = N'BP002')) THEN CAST([pca] AS FLOAT) END) AS [a2:number]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [practice];

-- metric pcn_core20_bp "Blood pressure recorded in Core20 neighbourhoods" (samples/gp-contract.hewitt:82)
-- Per icb: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([practice] AS NVARCHAR(4000)), '') AS [practice],
    NULLIF(CAST([practice_name] AS NVARCHAR(4000)), '') AS [practice_name],
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    TRIM(COALESCE(CAST([imd_quintile] AS NVARCHAR(4000)), '')) AS [imd_quintile],
    NULLIF(CAST([indicator] AS NVARCHAR(4000)), '') AS [indicator],
    TRIM(COALESCE(CAST([eligible] AS NVARCHAR(4000)), '')) AS [eligible],
    TRIM(COALESCE(CAST([pca] AS NVARCHAR(4000)), '')) AS [pca],
    TRIM(COALESCE(CAST([achieved] AS NVARCHAR(4000)), '')) AS [achieved],
    TRIM(COALESCE(CAST([list_size] AS NVARCHAR(4000)), '')) AS [list_size]
  FROM [qof]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:imd_quintile],
    CASE WHEN [eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:eligible],
    CASE WHEN [pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:pca],
    CASE WHEN [achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:achieved],
    CASE WHEN [list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:list_size]
  FROM cells
),
typed AS (
  SELECT
    [practice],
    [practice_name],
    [icb],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    CASE WHEN [imd_quintile] <> '' AND ([fits:imd_quintile] = 1) THEN CAST(REPLACE([imd_quintile], ',', '') AS FLOAT) END AS [imd_quintile],
    [indicator],
    CASE WHEN [eligible] <> '' AND ([fits:eligible] = 1) THEN CAST(REPLACE([eligible], ',', '') AS FLOAT) END AS [eligible],
    CASE WHEN [pca] <> '' AND ([fits:pca] = 1) THEN CAST(REPLACE([pca], ',', '') AS FLOAT) END AS [pca],
    CASE WHEN [achieved] <> '' AND ([fits:achieved] = 1) THEN CAST(REPLACE([achieved], ',', '') AS FLOAT) END AS [achieved],
    CASE WHEN [list_size] <> '' AND ([fits:list_size] = 1) THEN CAST(REPLACE([list_size], ',', '') AS FLOAT) END AS [list_size],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  [icb],
  SUM(CASE WHEN ((([indicator] = N'BP002') AND ([imd_quintile] = 1.0))) THEN CAST([achieved] AS FLOAT) END) AS [a0:number],
  SUM(CASE WHEN ((([indicator] = N'BP002') AND ([imd_quintile] = 1.0))) THEN CAST([eligible] AS FLOAT) END) AS [a1:number],
  SUM(CASE WHEN ((([indicator] = N'BP002') AND ([imd_quintile] = 1.0))) THEN CAST([pca] AS FLOAT) END) AS [a2:number]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [icb];

-- metric local_diabetes_stretch "Diabetes control, local stretch" (samples/gp-contract.hewitt:96)
-- Per practice: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([practice] AS NVARCHAR(4000)), '') AS [practice],
    NULLIF(CAST([practice_name] AS NVARCHAR(4000)), '') AS [practice_name],
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    TRIM(COALESCE(CAST([imd_quintile] AS NVARCHAR(4000)), '')) AS [imd_quintile],
    NULLIF(CAST([indicator] AS NVARCHAR(4000)), '') AS [indicator],
    TRIM(COALESCE(CAST([eligible] AS NVARCHAR(4000)), '')) AS [eligible],
    TRIM(COALESCE(CAST([pca] AS NVARCHAR(4000)), '')) AS [pca],
    TRIM(COALESCE(CAST([achieved] AS NVARCHAR(4000)), '')) AS [achieved],
    TRIM(COALESCE(CAST([list_size] AS NVARCHAR(4000)), '')) AS [list_size]
  FROM [qof]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:imd_quintile],
    CASE WHEN [eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:eligible],
    CASE WHEN [pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:pca],
    CASE WHEN [achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:achieved],
    CASE WHEN [list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:list_size]
  FROM cells
),
typed AS (
  SELECT
    [practice],
    [practice_name],
    [icb],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    CASE WHEN [imd_quintile] <> '' AND ([fits:imd_quintile] = 1) THEN CAST(REPLACE([imd_quintile], ',', '') AS FLOAT) END AS [imd_quintile],
    [indicator],
    CASE WHEN [eligible] <> '' AND ([fits:eligible] = 1) THEN CAST(REPLACE([eligible], ',', '') AS FLOAT) END AS [eligible],
    CASE WHEN [pca] <> '' AND ([fits:pca] = 1) THEN CAST(REPLACE([pca], ',', '') AS FLOAT) END AS [pca],
    CASE WHEN [achieved] <> '' AND ([fits:achieved] = 1) THEN CAST(REPLACE([achieved], ',', '') AS FLOAT) END AS [achieved],
    CASE WHEN [list_size] <> '' AND ([fits:list_size] = 1) THEN CAST(REPLACE([list_size], ',', '') AS FLOAT) END AS [list_size],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  [practice],
  SUM(CASE WHEN ((([indicator] = N'DM020') AND ([list_size] >= 1000.0))) THEN CAST([achieved] AS FLOAT) END) AS [a0:number],
  SUM(CASE WHEN ((([indicator] = N'DM020') AND ([list_size] >= 1000.0))) THEN CAST([eligible] AS FLOAT) END) AS [a1:number],
  SUM(CASE WHEN ((([indicator] = N'DM020') AND ([list_size] >= 1000.0))) THEN CAST([pca] AS FLOAT) END) AS [a2:number]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [practice];

-- metric local_diabetes_stretch, per stratum "Diabetes control, local stretch" (samples/gp-contract.hewitt:96)
-- Per stratum: each aggregate of the numerator and denominator as exact parts (counts, sums of pence; "fine" sums are pence × weight in hundred-millionths), finished into the metric's values outside the engine.
WITH
cells AS (
  SELECT
    NULLIF(CAST([practice] AS NVARCHAR(4000)), '') AS [practice],
    NULLIF(CAST([practice_name] AS NVARCHAR(4000)), '') AS [practice_name],
    NULLIF(CAST([icb] AS NVARCHAR(4000)), '') AS [icb],
    TRIM(COALESCE(CAST([year] AS NVARCHAR(4000)), '')) AS [year],
    TRIM(COALESCE(CAST([imd_quintile] AS NVARCHAR(4000)), '')) AS [imd_quintile],
    NULLIF(CAST([indicator] AS NVARCHAR(4000)), '') AS [indicator],
    TRIM(COALESCE(CAST([eligible] AS NVARCHAR(4000)), '')) AS [eligible],
    TRIM(COALESCE(CAST([pca] AS NVARCHAR(4000)), '')) AS [pca],
    TRIM(COALESCE(CAST([achieved] AS NVARCHAR(4000)), '')) AS [achieved],
    TRIM(COALESCE(CAST([list_size] AS NVARCHAR(4000)), '')) AS [list_size]
  FROM [qof]
),
checked AS (
  SELECT
    *,
    CASE WHEN [year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1) THEN 1 WHEN NOT ([year] = '' OR (CASE WHEN REGEXP_LIKE([year], N'^(?:\d{4}\s*[/-]\s*(\d{2}|\d{4}))$') THEN CASE WHEN (CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1) THEN 1 WHEN NOT ((CASE WHEN LEN(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '')) = 2 THEN CASE WHEN ((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END ELSE CASE WHEN CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT) THEN 1 WHEN NOT (CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1 = CAST(NULLIF(REGEXP_SUBSTR([year], N'(\d{2}|\d{4})$', 1, 1, 'c', 1), '') AS BIGINT)) THEN 0 END END = 1)) THEN 0 END ELSE 0 END = 1)) THEN 0 END AS [fits:year],
    CASE WHEN [imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([imd_quintile] = '' OR REGEXP_LIKE([imd_quintile], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:imd_quintile],
    CASE WHEN [eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([eligible] = '' OR REGEXP_LIKE([eligible], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:eligible],
    CASE WHEN [pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([pca] = '' OR REGEXP_LIKE([pca], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:pca],
    CASE WHEN [achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([achieved] = '' OR REGEXP_LIKE([achieved], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:achieved],
    CASE WHEN [list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$') THEN 1 WHEN NOT ([list_size] = '' OR REGEXP_LIKE([list_size], N'^(?:[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)$')) THEN 0 END AS [fits:list_size]
  FROM cells
),
typed AS (
  SELECT
    [practice],
    [practice_name],
    [icb],
    CASE WHEN [year] <> '' AND ([fits:year] = 1) THEN SUBSTRING([year], 1, 4) + '/' + RIGHT(REPLICATE('0', 2) + CAST(((CAST(SUBSTRING([year], 1, 4) AS BIGINT) + 1) % (100)) AS NVARCHAR(4000)), 2) END AS [year],
    CASE WHEN [imd_quintile] <> '' AND ([fits:imd_quintile] = 1) THEN CAST(REPLACE([imd_quintile], ',', '') AS FLOAT) END AS [imd_quintile],
    [indicator],
    CASE WHEN [eligible] <> '' AND ([fits:eligible] = 1) THEN CAST(REPLACE([eligible], ',', '') AS FLOAT) END AS [eligible],
    CASE WHEN [pca] <> '' AND ([fits:pca] = 1) THEN CAST(REPLACE([pca], ',', '') AS FLOAT) END AS [pca],
    CASE WHEN [achieved] <> '' AND ([fits:achieved] = 1) THEN CAST(REPLACE([achieved], ',', '') AS FLOAT) END AS [achieved],
    CASE WHEN [list_size] <> '' AND ([fits:list_size] = 1) THEN CAST(REPLACE([list_size], ',', '') AS FLOAT) END AS [list_size],
    CASE WHEN NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1)) THEN 1 WHEN NOT (NOT (([fits:year] = 1) AND ([fits:imd_quintile] = 1) AND ([fits:eligible] = 1) AND ([fits:pca] = 1) AND ([fits:achieved] = 1) AND ([fits:list_size] = 1))) THEN 0 END AS [hewitt:rejected]
  FROM checked
),
rows AS (
  SELECT
    *
  FROM typed
)
SELECT
  [imd_quintile],
  SUM(CASE WHEN ((([indicator] = N'DM020') AND ([list_size] >= 1000.0))) THEN CAST([achieved] AS FLOAT) END) AS [a0:number],
  SUM(CASE WHEN ((([indicator] = N'DM020') AND ([list_size] >= 1000.0))) THEN CAST([eligible] AS FLOAT) END) AS [a1:number],
  SUM(CASE WHEN ((([indicator] = N'DM020') AND ([list_size] >= 1000.0))) THEN CAST([pca] AS FLOAT) END) AS [a2:number]
FROM rows
WHERE NOT ([hewitt:rejected] = 1)
GROUP BY [imd_quintile];
