/** The slice of a pino logger that storage uses. */
export interface StorageLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export const silentLogger: StorageLogger = {
  info: () => undefined,
  warn: () => undefined,
};
