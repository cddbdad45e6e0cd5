/** What one schemathesis run did, read from its ndjson event stream. */
export interface FuzzFigures {
  requests: number;
  serverErrors: number;
  /** Each failed check once per operation, e.g. `response_schema_conformance on GET /api/x/items`. */
  failures: string[];
}

interface Recorder {
  label?: string;
  checks?: Record<string, { name: string; status: string }[]>;
  interactions?: Record<string, { response?: { status_code?: number } | null }>;
}

/** Counts the requests sent, the 5xx answered and the checks failed in a `--report ndjson` file. */
export function readFuzzReport(ndjson: string): FuzzFigures {
  const figures: FuzzFigures = { requests: 0, serverErrors: 0, failures: [] };
  const failures = new Set<string>();
  for (const line of ndjson.split('\n')) {
    if (!line.trim()) continue;
    const event = JSON.parse(line) as { ScenarioFinished?: { recorder?: Recorder } };
    const recorder = event.ScenarioFinished?.recorder;
    if (!recorder) continue;
    for (const interaction of Object.values(recorder.interactions ?? {})) {
      figures.requests += 1;
      if ((interaction.response?.status_code ?? 0) >= 500) figures.serverErrors += 1;
    }
    for (const checks of Object.values(recorder.checks ?? {})) {
      for (const check of checks) {
        if (check.status === 'failure') failures.add(`${check.name} on ${recorder.label ?? '?'}`);
      }
    }
  }
  figures.failures = [...failures].sort();
  return figures;
}
