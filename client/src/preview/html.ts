// The preview's HTML shell: a strict Content-Security-Policy (nothing remote, the one script and
// stylesheet allowed by nonce), an empty root the bundled webview script fills. Pure.

import { PREVIEW_STYLE } from './style';
import { WIDE_STYLE } from './style-wide';

export interface PreviewShell {
  /** The webview's own resource origin (webview.cspSource). */
  readonly cspSource: string;
  /** The URI of dist/webview.js as the webview can load it. */
  readonly scriptUri: string;
  /** A fresh random value for every page. */
  readonly nonce: string;
}

export function previewCsp(shell: PreviewShell): string {
  return [`default-src 'none'`, `style-src 'nonce-${shell.nonce}'`, `script-src 'nonce-${shell.nonce}'`, `img-src ${shell.cspSource} data:`, `font-src ${shell.cspSource}`].join('; ');
}

export function previewHtml(shell: PreviewShell): string {
  const attr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(previewCsp(shell))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Hewitt Results</title>',
    `<style nonce="${attr(shell.nonce)}">${PREVIEW_STYLE}${WIDE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<div id="root" aria-live="polite"></div>',
    `<script nonce="${attr(shell.nonce)}" src="${attr(shell.scriptUri)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
