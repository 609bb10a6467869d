import type { DeviceId, ProblemId } from "../../../src/protocol";

/** A message with the device and problem a careful support agent would assign (null: not stated). */
export type LabelledMessage = readonly [message: string, device: DeviceId | null, problem: ProblemId | null];
