/**
 * Runs a session's turns one at a time. A smart turn waits on the model, and a message arriving
 * meanwhile must see the state the first one stored; reading the history waits too, so a client
 * that lost a stream gets the finished turn. Work on an idle queue starts at once, in the same
 * event-loop turn; every caller gets a promise.
 */
export class TurnQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  run<T>(fn: () => T | Promise<T>): Promise<T> {
    const result = this.pending === 0 ? start(fn) : this.tail.then(fn);
    this.pending++;
    const settled = result.then(
      () => {},
      () => {},
    );
    this.tail = settled;
    void settled.then(() => this.pending--);
    return result;
  }
}

/** Runs `fn` now; a synchronous throw becomes a rejected promise like an asynchronous one. */
function start<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (error) {
    return Promise.reject(error);
  }
}
