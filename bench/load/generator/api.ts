import type { BigBoardShape } from './big-board.ts';
import type { DriveParams, DriveResult } from './drive.ts';
import type { ClientSpec, ConnectTiming } from './load-client.ts';
import type { RoomTarget, SeedResult } from './seed.ts';

/** What the load generator process does on request; the orchestrator calls it over IPC (see generator-process.ts). */
export interface GeneratorApi {
  connect(params: { clients: ClientSpec[]; concurrency: number; timeoutMs: number }): Promise<ConnectTiming[]>;
  /** Connects existing clients again, all at the same moment. */
  reconnect(params: { ids?: number[]; timeoutMs: number }): Promise<ConnectTiming[]>;
  disconnect(params: { ids?: number[] }): Promise<void>;
  seed(params: { targets: RoomTarget[]; entities: number; concurrency: number; timeoutMs: number }): Promise<SeedResult>;
  drive(params: DriveParams): Promise<DriveResult>;
  /** Builds the big board of S4 in a room through many small updates; returns its state vector. */
  bigBoard(params: { target: RoomTarget; shape: BigBoardShape; ratePerBuilder: number; timeoutMs: number }): Promise<BigBoardResult>;
  /** One new client opens the room and waits for everything in `stateVector`; it leaves again afterwards. */
  coldLoad(params: { target: RoomTarget; stateVector: Uint8Array; timeoutMs: number }): Promise<ConnectTiming>;
}

export interface BigBoardResult {
  stateVector: Uint8Array;
  updates: number;
  bytes: number;
  planMs: number;
  sendMs: number;
}

export type GeneratorMethod = keyof GeneratorApi;

export interface GeneratorRequest {
  id: number;
  method: GeneratorMethod;
  params: unknown;
}

export type GeneratorReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
