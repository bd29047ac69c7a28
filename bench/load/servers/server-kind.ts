import type { WireKind } from '../generator/wire.ts';

/** `bare-relay` is the floor (see bare-relay-server.mjs), run only when named and never an anchor. */
export type ServerName = 'roundtable' | 'y-websocket-server' | 'hocuspocus' | 'bare-relay';

/** One room (board, document) as clients open it. */
export interface RoomRef {
  docName: string;
  url: string;
  /** Roundtable only: the same room with durability acknowledgements (`?ack=1`). */
  ackUrl?: string;
}

export interface LaunchSpec {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

export interface ServerKind {
  name: ServerName;
  /** Name and version as shown in the table. */
  label: string;
  wire: WireKind;
  /** How to start it on `port` with its data in `dataDir` (it must listen on 127.0.0.1 only). */
  launch(port: number, dataDir: string): LaunchSpec;
  /** A path answered over HTTP once it is ready. */
  readyPath: string;
  /** Whether boards survive a restart (S4 "after restart" applies). */
  persistent(): boolean;
  /** Makes `count` rooms; `tag` keeps names unique within a run. */
  createRooms(origin: string, count: number, tag: string): Promise<RoomRef[]>;
  /** Rooms loaded in memory now, or undefined when the server cannot tell. */
  loadedRooms(origin: string): Promise<number | undefined>;
}

export function wsOrigin(origin: string): string {
  return origin.replace(/^http/, 'ws');
}

/** Rooms named by their URL path, made by opening them (servers with no API to create rooms). */
export async function pathNamedRooms(origin: string, count: number, tag: string): Promise<RoomRef[]> {
  return Array.from({ length: count }, (_, i) => {
    const docName = `load-${tag}-${i + 1}`;
    return { docName, url: `${wsOrigin(origin)}/${docName}` };
  });
}
