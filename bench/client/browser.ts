import type { Browser } from 'playwright-core';
import { launchBrowser as launchChromium } from '@roundtable/e2e/browser';

/** Debian's Chromium, headless, as the e2e tests launch it; optionally drawing without the vsync beat. */
export function launchBrowser(unlimitedFrames: boolean): Promise<Browser> {
  const unlimited = ['--disable-gpu-vsync', '--disable-frame-rate-limit', '--run-all-compositor-stages-before-draw'];
  return launchChromium(unlimitedFrames ? unlimited : [], 60_000);
}
