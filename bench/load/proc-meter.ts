import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ; 100 on every Linux we run on). */
const TICKS_PER_SECOND = 100;

/** utime + stime of the whole process (every thread), in ms. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; fields after it are counted from its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

/** Resident set size in MiB (VmRSS), or undefined once the process is gone. */
export function rssMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export interface Usage {
  /** CPU time the process used over the window, ms: unlike %, not inflated when other processes compete. */
  cpuMs: number;
  /** CPU time over the window as % of one core. */
  cpuPct: number;
  /** Highest RSS seen (sampled every 100 ms), MiB. */
  peakRssMb: number;
  /** RSS at the end of the window, MiB. */
  endRssMb: number;
  wallMs: number;
}

/** Measures one process over a window: CPU from /proc/<pid>/stat, RSS sampled from /proc/<pid>/status. */
export class ProcMeter {
  private readonly startCpu: number;
  private readonly startWall = performance.now();
  private peak: number;
  private readonly timer: NodeJS.Timeout;

  private constructor(private readonly pid: number) {
    this.startCpu = cpuMs(pid);
    this.peak = rssMb(pid) ?? 0;
    this.timer = setInterval(() => {
      this.peak = Math.max(this.peak, rssMb(this.pid) ?? 0);
    }, 100);
  }

  static start(pid: number): ProcMeter {
    return new ProcMeter(pid);
  }

  stop(): Usage {
    clearInterval(this.timer);
    const wallMs = performance.now() - this.startWall;
    const endRssMb = rssMb(this.pid) ?? 0;
    this.peak = Math.max(this.peak, endRssMb);
    const used = cpuMs(this.pid) - this.startCpu;
    return { cpuMs: used, cpuPct: (used / wallMs) * 100, peakRssMb: this.peak, endRssMb, wallMs };
  }
}
