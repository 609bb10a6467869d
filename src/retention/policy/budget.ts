/**
 * What one purge run may do before it stops and leaves the rest to the next run.
 *
 * - Deletes: R2 objects deleted (or, in a dry run, that would be), PURGE_MAX_DELETES_PER_RUN.
 * - Operations: every call to R2 or D1 (list, bulk or single delete, query, state read or write).
 *   Each is a subrequest of the invocation, and the platform caps those per invocation (1,000 on
 *   the older paid plans, 10,000 on current ones, 50 on the free plan); the default leaves room
 *   under the lowest paid limit. Listing and planning a 1,000-key page is also the run's main CPU
 *   cost, so the same bound keeps a run well inside the CPU limit (30 s for an HTTP request).
 */
export const PURGE_MAX_OPERATIONS_PER_RUN = 900;

export class PurgeBudget {
  private deletes = 0;
  private operations = 0;

  constructor(
    readonly maxDeletes: number,
    readonly maxOperations: number,
  ) {}

  get deletesLeft(): number {
    return Math.max(0, this.maxDeletes - this.deletes);
  }

  get operationsLeft(): number {
    return Math.max(0, this.maxOperations - this.operations);
  }

  /** Takes `n` operations if that many are left; false (and nothing taken) otherwise. */
  take(n = 1): boolean {
    if (this.operationsLeft < n) return false;
    this.operations += n;
    return true;
  }

  /** Gives back operations taken for calls that were not made after all. */
  refund(n: number): void {
    this.operations = Math.max(0, this.operations - n);
  }

  countDeletes(n: number): void {
    this.deletes += n;
  }

  used(): { deletes: number; operations: number; maxDeletes: number; maxOperations: number } {
    return {
      deletes: this.deletes,
      operations: this.operations,
      maxDeletes: this.maxDeletes,
      maxOperations: this.maxOperations,
    };
  }
}
