/** Stored data that is not what this version wrote: a server fault, answered 500 and logged. */
export class MalformedStoredData extends Error {
  constructor(what: string, reason: string) {
    super(`${what} is malformed: ${reason}`);
    this.name = "MalformedStoredData";
  }
}
