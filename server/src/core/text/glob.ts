// A small glob matcher for paths written with forward slashes:
//   *  any characters within one folder name      ?  one character
//   ** any number of folders (including none)      [abc] [a-z] [!a]  one of / none of
//   {a,b} either alternative
// Matching is on whole paths; the literal folders at the start of a pattern are where the walk begins.

const GLOB_CHARS = /[*?[\]{}]/;

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/** Splits a pattern into the literal folder to walk from and the glob for paths below it. */
export function splitGlob(pattern: string): { readonly base: string; readonly rest: string } {
  const segments = pattern.split('/');
  const firstGlob = segments.findIndex((segment) => isGlob(segment));
  const cut = firstGlob < 0 ? segments.length - 1 : firstGlob;
  const base = segments.slice(0, cut).join('/');
  return { base: base === '' && pattern.startsWith('/') ? '/' : base, rest: segments.slice(cut).join('/') };
}

/** A regular expression matching whole forward-slash paths against `pattern`. */
export function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${translate(pattern)}$`);
}

function translate(pattern: string): string {
  let out = '';
  let braceDepth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atSegmentStart = i === 0 || pattern[i - 1] === '/';
        const slashAfter = pattern[i + 2] === '/';
        i++;
        if (atSegmentStart && slashAfter) {
          out += '(?:[^/]+/)*';
          i++;
        } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        const negated = body.startsWith('!') || body.startsWith('^');
        if (negated) body = body.slice(1);
        out += `[${negated ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
        i = close;
      }
    } else if (c === '{') {
      braceDepth++;
      out += '(?:';
    } else if (c === '}' && braceDepth > 0) {
      braceDepth--;
      out += ')';
    } else if (c === ',' && braceDepth > 0) out += '|';
    else out += c.replace(/[.+^$()|\\{}\]]/g, '\\$&');
  }
  return out + ')'.repeat(braceDepth);
}
