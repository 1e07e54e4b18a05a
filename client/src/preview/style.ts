// The preview's stylesheet: only the editor theme's colours (CSS variables), so it follows light,
// dark and high-contrast themes; a visible focus ring for keyboard users.

export const PREVIEW_STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 24px; }
h2 { font-size: 1.3em; margin: 1.2em 0 0.4em; border-bottom: 1px solid var(--vscode-panel-border, transparent); }
h3 { font-size: 1.1em; margin: 1em 0 0.3em; }
.muted { color: var(--vscode-descriptionForeground); }
.error { color: var(--vscode-errorForeground); }
.warning { color: var(--vscode-editorWarning-foreground); border-left: 3px solid var(--vscode-editorWarning-foreground); padding-left: 8px; }
table { border-collapse: collapse; margin: 0.4em 0 0.8em; min-width: 50%; }
caption { text-align: left; color: var(--vscode-descriptionForeground); padding-bottom: 4px; }
th, td { padding: 2px 10px; text-align: left; border-bottom: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border, transparent)); }
thead th { font-weight: 600; }
tbody th { font-weight: normal; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
button.link { background: none; border: none; padding: 0; font: inherit; color: var(--vscode-textLink-foreground); cursor: pointer; text-align: left; }
button.link:hover { text-decoration: underline; color: var(--vscode-textLink-activeForeground); }
button:focus-visible, select:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
button.figure { background: none; border: none; padding: 0; font: inherit; color: inherit; cursor: pointer; text-align: inherit; text-decoration: underline dotted var(--vscode-descriptionForeground); text-underline-offset: 3px; }
button.figure:hover { color: var(--vscode-textLink-activeForeground); text-decoration: underline solid; }
#explore-rows:focus { outline: none; }
select { color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); border: 1px solid var(--vscode-dropdown-border, transparent); }
.controls { margin: 0.3em 0; }
.checklist { list-style: none; padding-left: 0; }
.checklist > li { margin: 4px 0; }
.badge { display: inline-block; min-width: 6em; font-size: 0.85em; padding: 0 6px; border: 1px solid currentColor; border-radius: 3px; }
.state.failed .badge, .status.missed, .status.off-track { color: var(--vscode-errorForeground); }
.state.suppressed .badge, .status.no-data { color: var(--vscode-descriptionForeground); }
.state.passed .badge, .status.met, .status.on-track { color: var(--vscode-testing-iconPassed, var(--vscode-foreground)); }
.chart { width: 100%; max-width: 640px; height: auto; display: block; }
.chart .axis { stroke: var(--vscode-descriptionForeground); stroke-width: 1; }
.chart .tick { fill: var(--vscode-descriptionForeground); font-size: 11px; }
.chart .line { stroke-width: 2; fill: none; }
.chart .target { stroke-width: 1.5; stroke-dasharray: 5 4; }
.chart .series-0 { stroke: var(--vscode-charts-blue); fill: var(--vscode-charts-blue); }
.chart .series-1 { stroke: var(--vscode-charts-orange); fill: var(--vscode-charts-orange); }
.chart .series-2 { stroke: var(--vscode-charts-green); fill: var(--vscode-charts-green); }
.chart .series-3 { stroke: var(--vscode-charts-purple); fill: var(--vscode-charts-purple); }
.chart .series-4 { stroke: var(--vscode-charts-red); fill: var(--vscode-charts-red); }
.chart .series-5 { stroke: var(--vscode-charts-yellow); fill: var(--vscode-charts-yellow); }
.chart polyline.line { fill: none; }
.legend { list-style: none; padding: 0; margin: 0 0 0.5em; display: flex; flex-wrap: wrap; gap: 4px 16px; }
.legend .swatch { display: inline-block; width: 12px; height: 3px; margin-right: 6px; vertical-align: middle; }
.legend .series-0 { background: var(--vscode-charts-blue); }
.legend .series-1 { background: var(--vscode-charts-orange); }
.legend .series-2 { background: var(--vscode-charts-green); }
.legend .series-3 { background: var(--vscode-charts-purple); }
.legend .series-4 { background: var(--vscode-charts-red); }
.legend .series-5 { background: var(--vscode-charts-yellow); }
body.vscode-high-contrast th, body.vscode-high-contrast td { border-bottom-color: var(--vscode-contrastBorder); }
body.vscode-high-contrast .chart .line { stroke-width: 3; }
`;
