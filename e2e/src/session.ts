import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { AppServer } from './app-server.ts';

export interface E2eSession {
  browser: Browser;
  server: AppServer;
}

/** One Chromium and one real server for a test file, started before its tests and torn down after. */
export function useBrowserAndServer(): E2eSession {
  const session = {} as E2eSession;
  beforeAll(async () => {
    [session.browser, session.server] = await Promise.all([launchBrowser(), AppServer.start()]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.dispose();
  });
  return session;
}
