import type { CDPSession, Page } from 'playwright-core';

/** Main-thread time of the page's renderer over a stretch, ms (CDP Performance metrics: not tied to the 60 Hz beat). */
export interface BusyTime {
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
}

const NAMES = { taskMs: 'TaskDuration', scriptMs: 'ScriptDuration', layoutMs: 'LayoutDuration', styleMs: 'RecalcStyleDuration' } as const;

export class BusyMeter {
  private constructor(private readonly cdp: CDPSession) {}

  static async attach(page: Page): Promise<BusyMeter> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    return new BusyMeter(cdp);
  }

  /** Cumulative totals now; subtract two readings with `since`. */
  async read(): Promise<BusyTime> {
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { taskMs: value(NAMES.taskMs), scriptMs: value(NAMES.scriptMs), layoutMs: value(NAMES.layoutMs), styleMs: value(NAMES.styleMs) };
  }

  async since(start: BusyTime): Promise<BusyTime> {
    const now = await this.read();
    return {
      taskMs: now.taskMs - start.taskMs,
      scriptMs: now.scriptMs - start.scriptMs,
      layoutMs: now.layoutMs - start.layoutMs,
      styleMs: now.styleMs - start.styleMs,
    };
  }
}
