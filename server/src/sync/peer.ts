import type { Role } from '@roundtable/shared';

/** One websocket connection as a room sees it. */
export interface Peer {
  readonly id: string;
  /** The role its link gave it; what it may change depends on this and the board's mode. */
  readonly role: Role;
  /** Asked for durability acknowledgements with `?ack=1`. */
  readonly wantsAck: boolean;
  /** Awareness client ids this connection has announced; removed for everyone when it closes. */
  readonly awarenessIds: Set<number>;
  /** Updates dropped because this peer could not edit at the time; it must resend them once it can. */
  droppedUpdates: number;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}
