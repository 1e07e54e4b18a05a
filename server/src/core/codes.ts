// What each diagnostic code means, for reports that list the rules they use (SARIF, help pages).
//
// Structural codes are known from the start. Other families of codes (the rule catalogue, the
// configuration file) register theirs once, at start-up, with `registerCodes`; a later
// registration of the same id replaces the earlier one, so registering twice is harmless.

import { STRUCTURAL_CODES } from './diagnostics';

export interface CodeInfo {
  /** The code exactly as diagnostics carry it, e.g. `unknown-name` or `hewitt/prevention-shift`. */
  readonly id: string;
  /** A few words naming the problem. */
  readonly title: string;
  /** One or two sentences a policy analyst understands. */
  readonly description: string;
  /** A page that explains the code, when one exists. */
  readonly helpUri?: string;
}

const registered = new Map<string, CodeInfo>();

/** Adds (or replaces) the descriptions of a family of codes. */
export function registerCodes(infos: readonly CodeInfo[]): void {
  for (const info of infos) registered.set(info.id, info);
}

/** Every code known so far: structural codes first, then registered ones, each family in id order. */
export function knownCodes(): CodeInfo[] {
  const structural = Object.keys(STRUCTURAL_CODES).map(describeCode);
  const others = [...registered.values()].filter((info) => !isStructural(info.id)).sort((a, b) => a.id.localeCompare(b.id));
  return [...structural, ...others];
}

/** The description of a code; an unknown code still gets a usable, generic description. */
export function describeCode(code: string): CodeInfo {
  const own = registered.get(code);
  if (own !== undefined) return own;
  if (isStructural(code)) {
    return { id: code, title: titleOf(code), description: STRUCTURAL_CODES[code] };
  }
  return { id: code, title: titleOf(code), description: `A problem reported with the code \`${code}\`.` };
}

function isStructural(code: string): code is keyof typeof STRUCTURAL_CODES {
  return Object.prototype.hasOwnProperty.call(STRUCTURAL_CODES, code);
}

/** `hewitt/prevention-shift` → `Prevention shift`. */
function titleOf(code: string): string {
  const name = code.slice(code.lastIndexOf('/') + 1).replace(/-/g, ' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}
