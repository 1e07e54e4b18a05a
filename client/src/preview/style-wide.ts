// The stylesheet of the preview's measure tables and charts: a header that stays in view, the
// chosen row and line in the theme's accent, the other groups in grey, the national line in the
// text colour, targets dashed and projections dotted. Only theme colours, so light, dark and
// high-contrast themes all apply; in high contrast, lines are thicker and borders drawn.

export const WIDE_STYLE = `
.wide .controls { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.wide input[type=search] { color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, transparent); padding: 2px 4px; font: inherit; }
.wide input[type=search]:focus-visible, button.sort:focus-visible, button.choose:focus-visible, button.toggle:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
button.toggle { color: var(--vscode-button-secondaryForeground, var(--vscode-foreground)); background: var(--vscode-button-secondaryBackground, transparent); border: 1px solid var(--vscode-button-border, var(--vscode-contrastBorder, transparent)); padding: 2px 8px; font: inherit; cursor: pointer; }
table.sticky thead th { position: sticky; top: 0; z-index: 1; background: var(--vscode-editor-background); box-shadow: inset 0 -1px 0 var(--vscode-editorWidget-border, var(--vscode-panel-border, transparent)); }
button.sort { background: none; border: none; padding: 0; font: inherit; font-weight: 600; color: inherit; cursor: pointer; }
th.num button.sort { text-align: right; }
button.choose { background: none; border: none; padding: 0; font: inherit; color: var(--vscode-textLink-foreground); cursor: pointer; text-align: left; }
tr.chosen th, tr.chosen td { background: var(--vscode-list-activeSelectionBackground, var(--vscode-editor-selectionBackground)); color: var(--vscode-list-activeSelectionForeground, var(--vscode-foreground)); }
tr.chosen button.choose { color: inherit; font-weight: 600; }
.chart .grid { stroke: var(--vscode-editorWidget-border, var(--vscode-panel-border, rgba(128,128,128,.3))); stroke-width: 1; }
.chart .line { fill: none; stroke-width: 2; stroke-linejoin: round; }
.chart .line.context { stroke: var(--vscode-disabledForeground, var(--vscode-descriptionForeground)); stroke-opacity: 0.45; stroke-width: 1; }
.chart .line.chosen { stroke: var(--vscode-charts-blue); stroke-width: 3; }
.chart .dot.chosen { fill: var(--vscode-charts-blue); stroke: none; }
.chart .line.reference { stroke: var(--vscode-foreground); stroke-width: 2; stroke-dasharray: 1 0; }
.chart .dot.reference { fill: var(--vscode-foreground); stroke: none; }
.chart .end { font-size: 11px; }
.chart .end.chosen { fill: var(--vscode-charts-blue); font-weight: 600; }
.chart .end.reference { fill: var(--vscode-foreground); }
.chart .target-colour { stroke: var(--vscode-charts-orange, var(--vscode-editorWarning-foreground, var(--vscode-foreground))); fill: var(--vscode-charts-orange, var(--vscode-editorWarning-foreground, var(--vscode-foreground))); }
.chart .projection { stroke-width: 2; stroke-dasharray: 2 3; }
.chart circle.target-point { stroke-width: 1.5; }
.chart circle.target-point.horizon { fill: var(--vscode-editor-background); }
.measure-chart { margin: 0.4em 0; }
.measure-chart .chart-text { color: var(--vscode-descriptionForeground); max-width: 640px; margin-top: 0.3em; }
.panels { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 8px 16px; }
.panels .panel { margin: 0; }
.panels .panel figcaption { font-weight: 600; }
.panels .chart { max-width: 420px; }
.legend .swatch.chosen { background: var(--vscode-charts-blue); height: 4px; }
.legend .swatch.context { background: var(--vscode-disabledForeground, var(--vscode-descriptionForeground)); opacity: 0.6; }
.legend .swatch.reference { background: var(--vscode-foreground); }
.legend .swatch.target-swatch { background: repeating-linear-gradient(90deg, var(--vscode-charts-orange, var(--vscode-editorWarning-foreground, var(--vscode-foreground))) 0 5px, transparent 5px 8px); }
.legend .swatch.projection-swatch { background: repeating-linear-gradient(90deg, var(--vscode-charts-orange, var(--vscode-editorWarning-foreground, var(--vscode-foreground))) 0 2px, transparent 2px 5px); }
body.vscode-high-contrast .chart .line.context, body.vscode-high-contrast-light .chart .line.context { stroke: var(--vscode-foreground); stroke-opacity: 0.35; }
body.vscode-high-contrast .chart .line.chosen, body.vscode-high-contrast-light .chart .line.chosen { stroke: var(--vscode-contrastActiveBorder, var(--vscode-charts-blue)); stroke-width: 4; }
body.vscode-high-contrast .chart .dot.chosen, body.vscode-high-contrast .chart .end.chosen, body.vscode-high-contrast-light .chart .dot.chosen, body.vscode-high-contrast-light .chart .end.chosen { fill: var(--vscode-contrastActiveBorder, var(--vscode-charts-blue)); }
body.vscode-high-contrast .legend .swatch.chosen, body.vscode-high-contrast-light .legend .swatch.chosen { background: var(--vscode-contrastActiveBorder, var(--vscode-charts-blue)); }
body.vscode-high-contrast tr.chosen th, body.vscode-high-contrast tr.chosen td, body.vscode-high-contrast-light tr.chosen th, body.vscode-high-contrast-light tr.chosen td { background: transparent; color: var(--vscode-foreground); font-weight: 600; border-top: 2px solid var(--vscode-contrastActiveBorder); border-bottom: 2px solid var(--vscode-contrastActiveBorder); }
body.vscode-high-contrast table.sticky thead th, body.vscode-high-contrast-light table.sticky thead th { box-shadow: inset 0 -1px 0 var(--vscode-contrastBorder); }
`;
