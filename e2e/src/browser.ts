import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with everything that would reach beyond this machine switched off. The browser
 * benchmark (bench/client) launches it the same way, with its own `extraArgs` and launch timeout.
 */
export function launchBrowser(extraArgs: readonly string[] = [], timeout?: number): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    timeout,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}
