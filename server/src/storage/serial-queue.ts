/** Runs async tasks one at a time, in call order; a failed task does not stop the ones queued after it. */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    // The tail keeps neither the result nor the error: a board's whole loaded content would otherwise stay in memory.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
