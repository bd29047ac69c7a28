import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';

export interface SyncedClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/** Tokens of the boards tests created through the test server, by board id. */
export const boardTokens = new Map<string, Record<'facilitator' | 'editor' | 'viewer', string>>();

/**
 * An unmodified y-websocket provider, as any Yjs app would use it. Unless `params` carries a token, it joins
 * with the facilitator token of a board the test server created.
 */
export function connectClient(wsUrl: string, boardId: string, params: Record<string, string> = {}): SyncedClient {
  const doc = new Y.Doc();
  const token = params.token ?? boardTokens.get(boardId)?.facilitator;
  const provider = new WebsocketProvider(wsUrl, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: token === undefined ? params : { ...params, token },
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export function whenSynced(client: SyncedClient): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve) => {
    const onSync = (synced: boolean) => {
      if (!synced) return;
      client.provider.off('sync', onSync);
      resolve();
    };
    client.provider.on('sync', onSync);
  });
}

/** Polls `check` until it returns true; fails after `timeoutMs`. */
export async function eventually(check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** `promise`, or a failure after `ms`: a close that never comes fails the test quickly. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface RawSocket {
  socket: WebSocket;
  messages: Uint8Array[];
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
}

/** A bare websocket for sending hand-made (and hostile) bytes. */
export function openRaw(url: string): RawSocket {
  const socket = new WebSocket(url);
  const messages: Uint8Array[] = [];
  socket.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
  socket.on('error', () => {});
  const opened = new Promise<void>((resolve) => socket.once('open', () => resolve()));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  return { socket, messages, opened, closed };
}
