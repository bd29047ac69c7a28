/**
 * Prints where a server spent its CPU, from a .cpuprofile written with `load -- --profile`:
 * `node --import tsx load/profile-top.ts <file.cpuprofile> [count]`. Self time per function and per file, then
 * total time (self + what it called) per function of the server's own code (dist/main.js or server/src).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, countArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: profile-top.ts <file.cpuprofile> [count]');
  process.exit(2);
}
const count = Number(countArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const selfByFunction = new Map<string, number>();
const selfByFile = new Map<string, number>();
const totalByOwnFunction = new Map<string, number>();
let total = 0;
const nameOf = (frame: ProfileNode['callFrame']) => {
  const where = frame.url.replace(/^file:\/\//, '').replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '');
  return { where, name: `${frame.functionName || '(anonymous)'}  ${where}:${frame.lineNumber + 1}` };
};
profile.samples.forEach((id, i) => {
  const frame = byId.get(id)!.callFrame;
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  total += ms;
  const { where, name } = nameOf(frame);
  selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + ms);
  selfByFile.set(where || frame.functionName, (selfByFile.get(where || frame.functionName) ?? 0) + ms);
  const onStack = new Set<string>();
  for (let at: number | undefined = id, depth = 0; at !== undefined && depth < 500; at = parentOf.get(at), depth++) {
    const own = nameOf(byId.get(at)!.callFrame);
    if (/server\/(dist|src)\//.test(own.where)) onStack.add(own.name);
  }
  for (const own of onStack) totalByOwnFunction.set(own, (totalByOwnFunction.get(own) ?? 0) + ms);
});

const print = (title: string, table: Map<string, number>) => {
  console.log(`\n${title} (of ${total.toFixed(0)} ms sampled)`);
  for (const [name, ms] of [...table].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`${ms.toFixed(0).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
  }
};
print('self time by function', selfByFunction);
print('self time by file', selfByFile);
print("total time (self + callees) by the server's own functions", totalByOwnFunction);
