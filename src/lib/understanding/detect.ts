/**
 * Device and problem detection: weighted phrase lexicons (typo-tolerant), a few rules for parts and
 * accessories ("el touchpad de la notebook"), and device-dependent readings of generic complaints.
 */
import type { DeviceId, ProblemId } from "../../protocol";
import type { ComponentKind, DeviceContext, DeviceGroup, ProblemGroup, ProblemLabel } from "./cues";
import { COMPUTER_AND_MOBILE_TERMS } from "./data/device-terms";
import { DEVICE_BLOCKS, HOME_AND_ACCESSORY_TERMS } from "./data/device-terms-more";
import { HARDWARE_PROBLEM_TERMS } from "./data/problem-terms-hardware";
import { SOFTWARE_PROBLEM_TERMS } from "./data/problem-terms-software";
import { tokenize } from "./normalize";
import { type Hit, Lexicon } from "./pattern";

export interface Detection {
  /** Best guess, null when the text names no device. */
  device: DeviceId | null;
  /** The device first, then what an ambiguous word may also mean ("compu" -> desktop, notebook). */
  deviceCandidates: DeviceId[];
  /** Null when no problem is stated. */
  problem: ProblemId | null;
  /** Something is wrong, but the text does not say what. */
  vague: boolean;
  deviceScore: number;
  problemScore: number;
}

/** A main device word at or above this weight names the device outright. */
const EXPLICIT = 2.5;
/** A generic complaint read through the device ("la impresora no anda" -> printing). */
const GENERIC_MAPPED_WEIGHT = 2;
const MIN_PROBLEM_WEIGHT = 1.5;

const deviceLexicon = new Lexicon<DeviceGroup | null>();
for (const group of [...COMPUTER_AND_MOBILE_TERMS, ...HOME_AND_ACCESSORY_TERMS]) {
  for (const term of group.terms) deviceLexicon.add(term, group, group.weight);
}
for (const block of DEVICE_BLOCKS) deviceLexicon.add(block, null, 0);

/** Between two problems, the one spelt right wins ("Lenvo" is not "lento"). */
const problemLexicon = new Lexicon<ProblemGroup>(0.3);
for (const group of [...HARDWARE_PROBLEM_TERMS, ...SOFTWARE_PROBLEM_TERMS]) {
  for (const term of group.terms) problemLexicon.add(term, group, group.weight);
}

interface Tally<K> {
  key: K;
  score: number;
  best: number;
  first: number;
  count: number;
}

/** Best weight per key, a small bonus for repeated evidence; ties go to the earliest mention. */
function tally<K>(items: { key: K; weight: number; first: number }[]): Tally<K>[] {
  const byKey = new Map<K, Tally<K>>();
  for (const item of items) {
    const entry = byKey.get(item.key);
    if (!entry)
      byKey.set(item.key, { key: item.key, score: 0, best: item.weight, first: item.first, count: 1 });
    else {
      entry.best = Math.max(entry.best, item.weight);
      entry.first = Math.min(entry.first, item.first);
      entry.count += 1;
    }
  }
  const out = [...byKey.values()];
  for (const entry of out) entry.score = entry.best + 0.2 * (entry.count - 1);
  return out.sort((a, b) => b.score - a.score || a.first - b.first);
}

interface DeviceResult {
  device: DeviceId | null;
  candidates: DeviceId[];
  score: number;
  component: ComponentKind | null;
}

function resolveDevice(allHits: Hit<DeviceGroup | null>[], patientAfter: number): DeviceResult {
  const named = allHits.filter((hit) => hit.value !== null);
  // A network is not "recognised" like a pendrive: "la notebook no detecta el wifi" stays a notebook.
  const patients = named.filter(
    (hit) => (hit.indices[0] ?? 0) > patientAfter && hit.value?.device !== "router",
  );
  const hits = patients.length > 0 ? patients : named;
  const main: Hit<DeviceGroup>[] = [];
  const parts: Hit<DeviceGroup>[] = [];
  for (const hit of hits) {
    if (hit.value === null) continue;
    (hit.value.component ? parts : main).push(hit as Hit<DeviceGroup>);
  }
  const ranked = tally(
    main.map((hit) => ({ key: hit.value, weight: hit.weight, first: hit.indices[0] ?? 0 })),
  );
  const top = ranked[0];
  const partRanked = tally(
    parts.map((hit) => ({ key: hit.value, weight: hit.weight, first: hit.indices[0] ?? 0 })),
  );
  const part = partRanked[0]?.key ?? null;
  const component = part?.component?.kind ?? null;

  if (!top || (part && top.best < EXPLICIT && !part.component?.hosts.includes(top.key.device))) {
    if (!part) return { device: null, candidates: [], score: 0, component: null };
    return { device: part.device, candidates: [part.device], score: partRanked[0]?.score ?? 0, component };
  }
  const host = top.key;
  if (part && !part.component?.hosts.includes(host.device)) {
    // "la notebook no reconoce el mouse": the accessory is what fails.
    return {
      device: part.device,
      candidates: [part.device, host.device],
      score: partRanked[0]?.score ?? 0,
      component,
    };
  }
  let device = host.device;
  const alternatives = host.alt ?? [];
  // "mi compu, una notebook lenovo": a more specific word refines an ambiguous one (makers' names do not).
  const refined = ranked.find(
    (entry) => entry !== top && !entry.key.brand && alternatives.includes(entry.key.device),
  );
  if (refined) device = refined.key.device;
  const candidates = [...new Set([device, host.device, ...alternatives])];
  return { device, candidates, score: top.score, component };
}

interface ProblemResult {
  problem: ProblemId | null;
  vague: boolean;
  score: number;
}

function resolveProblem(hits: Hit<ProblemGroup>[], contexts: DeviceContext[]): ProblemResult {
  const readings: { key: ProblemLabel; weight: number; first: number }[] = [];
  for (const hit of hits) {
    let key: ProblemLabel = hit.value.problem;
    let weight = hit.weight;
    if (key === "block") continue;
    const byDevice = hit.value.byDevice;
    const context = byDevice ? contexts.find((c) => byDevice[c] !== undefined) : undefined;
    const mapped = context && byDevice ? byDevice[context] : undefined;
    if (mapped) {
      if (key === "vague") weight = GENERIC_MAPPED_WEIGHT;
      key = mapped;
    }
    readings.push({ key, weight, first: hit.indices[0] ?? 0 });
  }
  const vague = readings.some((r) => r.key === "vague");
  const best = tally(readings.filter((r) => r.key !== "vague" && r.weight >= MIN_PROBLEM_WEIGHT))[0];
  if (!best || best.key === "vague" || best.key === "block") return { problem: null, vague, score: 0 };
  return { problem: best.key, vague: false, score: best.score };
}

export function detect(text: string): Detection {
  const tokens = tokenize(text);
  if (tokens.length === 0) {
    return {
      device: null,
      deviceCandidates: [],
      problem: null,
      vague: false,
      deviceScore: 0,
      problemScore: 0,
    };
  }
  const problemHits = problemLexicon.scan(tokens);
  let patientAfter = Number.POSITIVE_INFINITY;
  for (const hit of problemHits) {
    if (hit.value.patient) patientAfter = Math.min(patientAfter, hit.indices[hit.indices.length - 1] ?? 0);
  }
  const found = resolveDevice(deviceLexicon.scan(tokens), patientAfter);
  const contexts: DeviceContext[] = [];
  if (found.component) contexts.push(found.component);
  if (found.device) contexts.push(found.device);
  const { problem, vague, score } = resolveProblem(problemHits, contexts);

  let { device, candidates } = found;
  if (problem === "printing" && device !== "printer") {
    // Printing trouble is handled at the printer, whatever it was sent from.
    device = "printer";
    candidates = [...new Set<DeviceId>(["printer", ...candidates])];
  }
  return {
    device,
    deviceCandidates: device ? candidates : [],
    problem,
    vague,
    deviceScore: device ? Math.min(1, (device === found.device ? found.score : 2) / 3.5) : 0,
    problemScore: problem ? Math.min(1, score / 4) : 0,
  };
}
