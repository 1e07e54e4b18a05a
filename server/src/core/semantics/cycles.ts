// Import cycles, judged the same whichever file the analysis starts from: every import whose
// target leads back to its own file is reported, on that import, naming the cycle from that file.
// So in the editor (one open file and what it imports) and on the command line (a whole folder)
// the same files carry the same errors.

import { report, type Workspace } from './context';

/** Reports each import that lies on a cycle of imports. */
export function reportCycles(workspace: Workspace): void {
  const component = componentsOf(workspace);
  for (const file of workspace.files.values()) {
    for (const link of file.imports) {
      if (!link.found || component.get(link.target) !== component.get(file.path)) continue;
      const back = shortestPath(workspace, link.target, file.path, component);
      if (back === undefined) continue;
      const cycle = [file.path, ...back];
      const span = link.declaration.path?.span ?? link.declaration.span;
      report(file, 'import-cycle', `These files import each other in a cycle: ${displayCycle(cycle)}; remove one of the imports.`, span);
    }
  }
}

/** The strongly connected component of each file (Tarjan's algorithm): files on a common cycle share one. */
function componentsOf(workspace: Workspace): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let components = 0;
  const visit = (path: string): void => {
    index.set(path, counter);
    low.set(path, counter);
    counter++;
    stack.push(path);
    onStack.add(path);
    for (const link of workspace.files.get(path)?.imports ?? []) {
      if (!link.found || !workspace.files.has(link.target)) continue;
      if (!index.has(link.target)) {
        visit(link.target);
        low.set(path, Math.min(low.get(path)!, low.get(link.target)!));
      } else if (onStack.has(link.target)) {
        low.set(path, Math.min(low.get(path)!, index.get(link.target)!));
      }
    }
    if (low.get(path) !== index.get(path)) return;
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.set(member, components);
    } while (member !== path);
    components++;
  };
  for (const path of [...workspace.files.keys()].sort()) if (!index.has(path)) visit(path);
  return component;
}

/** The files from `from` to `to` (both included) along imports inside one component, fewest steps first. */
function shortestPath(workspace: Workspace, from: string, to: string, component: ReadonlyMap<string, number>): string[] | undefined {
  const previous = new Map<string, string | undefined>([[from, undefined]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const path = queue[i];
    if (path === to) {
      const out: string[] = [];
      for (let at: string | undefined = path; at !== undefined; at = previous.get(at)) out.unshift(at);
      return out;
    }
    for (const link of workspace.files.get(path)?.imports ?? []) {
      if (!link.found || previous.has(link.target) || component.get(link.target) !== component.get(from)) continue;
      previous.set(link.target, path);
      queue.push(link.target);
    }
  }
  return undefined;
}

/** Shortens the paths of a cycle by their common folder, for the message. */
function displayCycle(cycle: readonly string[]): string {
  const folders = cycle.map((p) => p.split('/').slice(0, -1));
  let common = folders[0].length;
  for (const folder of folders) {
    let i = 0;
    while (i < common && i < folder.length && folder[i] === folders[0][i]) i++;
    common = i;
  }
  return cycle.map((p) => p.split('/').slice(common).join('/')).join(' → ');
}
