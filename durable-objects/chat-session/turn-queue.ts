/**
 * Runs a session's turns one at a time. A smart turn waits on the model, and a message arriving
 * meanwhile must see the state the first one stored; reading the history waits too, so a client
 * that lost a stream gets the finished turn. Work on an idle queue runs at once, and stays
 * synchronous when it is (rule-only turns need no promise).
 */
export class TurnQueue {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;

  run<T>(fn: () => T | Promise<T>): T | Promise<T> {
    if (this.pending === 0) {
      const result = fn();
      return result instanceof Promise ? this.track(result) : result;
    }
    return this.track(this.tail.then(fn));
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.pending++;
    this.tail = promise.then(
      () => {},
      () => {},
    );
    this.tail.finally(() => this.pending--);
    return promise;
  }
}
