// What the preview's explorer views exchange with the extension: the language server's answers to
// hewitt/unclassified and hewitt/explain (mirrored from server/src/lsp/explore-protocol.ts), and
// the requests the views post.

export interface ValueTallyJson {
  readonly value: string;
  readonly rows: number;
  readonly amount: string | null;
}

export interface UnclassifiedJson {
  readonly classification: string;
  readonly title?: string;
  readonly dataset: string;
  readonly rowsRead: number;
  readonly unclassifiedRows: number;
  readonly unclassifiedAmount: string | null;
  readonly columns: readonly { readonly column: string; readonly byAmount: readonly ValueTallyJson[]; readonly byRows: readonly ValueTallyJson[]; readonly complete: boolean }[];
}

export interface UnclassifiedResponse {
  readonly evaluated: boolean;
  readonly classifications: readonly UnclassifiedJson[];
}

export type RowOutcomeJson =
  | { readonly kind: 'category'; readonly category: string; readonly weight: number; readonly condition: string; readonly alsoMatched: readonly string[] }
  | { readonly kind: 'excluded'; readonly condition: string }
  | { readonly kind: 'unclassified' };

export interface ExplanationJson {
  readonly figure: string;
  readonly kind: 'measure' | 'metric' | 'classification';
  readonly dataset: string;
  readonly columns: readonly string[];
  readonly total: number;
  readonly rowsRead: number;
  readonly rows: readonly {
    readonly row: number;
    readonly cells: readonly string[];
    readonly countsIn: readonly string[];
    readonly attributions: readonly { readonly classification: string; readonly outcome: RowOutcomeJson }[];
  }[];
}

export type ExplainResponse = { readonly explanation: ExplanationJson } | { readonly error: string };

/** What the extension posts to the explorer views. */
export type ExploreToWebview =
  | { readonly kind: 'unclassified'; readonly response: UnclassifiedResponse | null }
  | { readonly kind: 'explained'; readonly figure: string; readonly response: ExplainResponse | null };

/** What the explorer views post to the extension. */
export type ExploreFromWebview =
  | { readonly kind: 'explore-unclassified' }
  | { readonly kind: 'explain'; readonly figure: string }
  | { readonly kind: 'add-category'; readonly classification: string; readonly column: string; readonly value: string };

export function isExploreMessage(message: unknown): message is ExploreToWebview {
  const kind = typeof message === 'object' && message !== null ? (message as { kind?: unknown }).kind : undefined;
  return kind === 'unclassified' || kind === 'explained';
}
