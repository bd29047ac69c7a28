/** One websocket connection as a room sees it. */
export interface Peer {
  readonly id: string;
  /** Asked for durability acknowledgements with `?ack=1`. */
  readonly wantsAck: boolean;
  /** Awareness client ids this connection has announced; removed for everyone when it closes. */
  readonly awarenessIds: Set<number>;
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}
