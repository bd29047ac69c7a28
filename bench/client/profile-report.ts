import type { GestureFigures } from './measure-page.ts';
import type { RunOutcome } from './run.ts';

const LINES = 15;

function printGesture(title: string, figures: GestureFigures): void {
  const profile = figures.profile;
  if (!profile) return;
  const frames = figures.frames.length;
  console.log(`\n== ${title}: ${frames} frames, ${profile.commits} React commits, ${profile.fibers} fibers rendered, CPU profile ${profile.cpu.totalMs} ms`);
  console.log(`   main thread: task ${figures.busy.taskMs.toFixed(0)} ms, script ${figures.busy.scriptMs.toFixed(0)}, layout ${figures.busy.layoutMs.toFixed(0)}, style ${figures.busy.styleMs.toFixed(0)}`);
  console.log('   renders (component, renders, per commit):');
  for (const r of profile.renders.slice(0, LINES)) {
    console.log(`     ${String(r.renders).padStart(7)}  ${(r.renders / Math.max(1, profile.commits)).toFixed(1).padStart(7)}  ${r.where}  ${r.component.slice(0, 60)}`);
  }
  console.log('   inclusive CPU time, outside React/scheduler internals (ms):');
  const own = profile.cpu.inclusive.filter((p) => !/react-dom|scheduler\/|^\((root|program|idle)\)$/.test(p.where));
  for (const p of own.slice(0, LINES)) console.log(`     ${String(p.ms).padStart(7)}  ${p.where}  ${p.code.slice(0, 70)}`);
  console.log('   inclusive CPU time of the app and the Yjs stack (ms):');
  for (const p of profile.cpu.own.slice(0, LINES)) console.log(`     ${String(p.ms).padStart(7)}  ${p.where}  ${p.code.slice(0, 70)}`);
  console.log('   main-thread self time by trace event (ms, count):');
  for (const e of profile.trace.mainThread.slice(0, 12)) console.log(`     ${String(e.ms).padStart(7)}  ${String(e.count).padStart(6)}  ${e.name}`);
  console.log('   self CPU time by file (ms):');
  for (const f of profile.cpu.files.slice(0, 10)) console.log(`     ${String(f.ms).padStart(7)}  ${f.file}`);
}

/** The profile run's findings: per view and page, the pan and the many-card drag. */
export function printProfiles(outcome: RunOutcome): void {
  for (const round of outcome.rounds) {
    for (const page of [round.roundtable, round.bare]) {
      printGesture(`${round.view} ${page.side} pan`, page.pan);
      printGesture(`${round.view} ${page.side} drag`, page.drag);
    }
  }
}
