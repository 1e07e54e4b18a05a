// The HTML report's style sheet, inlined: readable without any remote resource, light or dark
// following the reader's setting, and printable.

export const HTML_STYLE = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --bg: #ffffff; --panel: #f6f8fa; --line: #d0d7de;
  --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --info: #0969da;
  --s0: #0072b2; --s1: #d55e00; --s2: #009e73; --s3: #cc79a7; --s4: #e69f00; --s5: #56b4e9; --s6: #6b4c9a; --s7: #7f7f7f; --s8: #a6761d; --s9: #1b9e77; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9da7b3; --bg: #0d1117; --panel: #161b22; --line: #30363d;
    --ok: #3fb950; --bad: #f85149; --warn: #d29922; --info: #58a6ff;
    --s0: #56b4e9; --s1: #ff8c42; --s2: #3ddc97; --s3: #e79fcf; --s4: #f0c05a; --s5: #9ad3f5; --s6: #b39ddb; --s7: #bdbdbd; --s8: #d9b26f; --s9: #6fd3b5; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; }
.muted, .note { color: var(--muted); }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
a { color: var(--info); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
th, td { padding: .3rem .7rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: var(--panel); }
.num { text-align: right; }
.status { font-weight: 600; }
.status-met, .status-on-track { color: var(--ok); }
.status-missed, .status-off-track { color: var(--bad); }
.status-no-data { color: var(--muted); }
ul.checklist { list-style: none; padding: 0; }
ul.checklist li { padding: .35rem .5rem; border-left: 4px solid var(--line); margin: .25rem 0; background: var(--panel); }
ul.checklist li.error { border-color: var(--bad); }
ul.checklist li.warning { border-color: var(--warn); }
ul.checklist li.info, ul.checklist li.hint { border-color: var(--info); }
ul.checklist li.clear { border-color: var(--ok); }
.severity { font-weight: 600; text-transform: uppercase; font-size: .8em; margin-right: .5rem; }
figure { margin: .5rem 0; }
summary { cursor: pointer; color: var(--info); margin: .25rem 0; }
svg.chart { max-width: 100%; height: auto; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .axis { fill: var(--muted); font-size: 11px; }
svg .line { fill: none; stroke-width: 2; }
svg .target { stroke-width: 1.5; stroke-dasharray: 5 4; }
${Array.from({ length: 10 }, (_, i) => `svg .s${i} { stroke: var(--s${i}); } svg .point.s${i} { fill: var(--s${i}); } .swatch.s${i} { background: var(--s${i}); }`).join('\n')}
svg .line.context { stroke: var(--muted); stroke-opacity: .45; stroke-width: 1; }
svg .reference { stroke: var(--fg); } svg .point.reference { fill: var(--fg); } .swatch.reference { background: var(--fg); } .swatch.context { background: var(--muted); opacity: .6; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .9em; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; margin-right: .35em; vertical-align: -.1em; }
@media print { body { max-width: none; } a { color: inherit; } }
`;
