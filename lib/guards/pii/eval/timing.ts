import { detectEntities } from '../detect';

const TYPICAL_PARAGRAPH =
  'Please help me draft a reply to the customer. They wrote on 2024-03-15 that order #48213 arrived damaged and asked for a refund of $129.99. ' +
  'Our policy allows returns within 30 days; the package was delivered on March 12. The customer, Maria Gonzalez, can be reached at ' +
  'maria.gonzalez@example.com or +1 415-555-2671. Summarise the issue in 3 bullet points, keep the tone friendly, and mention that version 2.4.1 ' +
  'of the app fixes the tracking bug. Also include the reference ticket 7f3a9c2 and note that the warehouse in Building 4 processed 1,200 units last week. ';

function repeatTo(source: string, length: number): string {
  let text = '';
  while (text.length < length) text += source;
  // Round-trip through JSON so the benchmark scans a flat string, as a parsed request body is.
  return JSON.parse(JSON.stringify(text.slice(0, length))) as string;
}

/**
 * CPU time (not wall time, which other processes on a shared machine inflate) per call, as the
 * median over batches.
 */
function medianMicrosPerCall(run: () => void, callsPerBatch: number, batches: number): number {
  for (let i = 0; i < callsPerBatch * 3; i++) run();
  const perCall: number[] = [];
  for (let b = 0; b < batches; b++) {
    const before = process.cpuUsage();
    for (let i = 0; i < callsPerBatch; i++) run();
    const used = process.cpuUsage(before);
    perCall.push((used.user + used.system) / callsPerBatch);
  }
  perCall.sort((a, b) => a - b);
  return perCall[Math.floor(perCall.length / 2)];
}

/** A fixed amount of plain integer work, so timings from different machines can be compared. */
function calibrationMicros(): number {
  return medianMicrosPerCall(() => {
    let x = 0;
    for (let i = 0; i < 1_000_000; i++) x = (x + i * 7) | 0;
    if (x === 42) console.log(x);
  }, 3, 9);
}

/** Scan cost: per KB over the whole set, and per call for a 4 KB prompt. */
export function timeScans(texts: readonly string[]) {
  const corpus = texts.map((t) => JSON.parse(JSON.stringify(t)) as string);
  const totalKb = corpus.reduce((n, t) => n + t.length, 0) / 1024;
  const corpusMicros = medianMicrosPerCall(() => {
    for (const t of corpus) detectEntities(t);
  }, 1, 7);
  const typical = repeatTo(TYPICAL_PARAGRAPH, 4096);
  const dense = repeatTo(texts.join('\n'), 4096);
  return {
    scanMicrosPerKb: corpusMicros / totalKb,
    typicalPromptP50Micros: medianMicrosPerCall(() => detectEntities(typical), 20, 25),
    densePromptP50Micros: medianMicrosPerCall(() => detectEntities(dense), 10, 25),
    calibrationMicros: calibrationMicros(),
  };
}
