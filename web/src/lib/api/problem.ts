/** An RFC 9457 answer from the API. `kind` is the last segment of its `type` (e.g. `duplicate`). */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: Record<string, string[]>;
  [extension: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get kind(): string {
    const type = this.problem.type ?? '';
    return type.slice(type.lastIndexOf('/') + 1);
  }

  /** Field errors keyed by the API's snake_case field name. */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [field, messages] of Object.entries(this.problem.errors ?? {})) {
      if (messages[0]) out[field] = messages[0];
    }
    return out;
  }

  number(extension: string): number | undefined {
    const value = this.problem[extension];
    return typeof value === 'number' ? value : undefined;
  }
}

export function isApiError(error: unknown, kind?: string): error is ApiError {
  return error instanceof ApiError && (kind === undefined || error.kind === kind);
}

/** A network failure (server down, offline) rather than an answer. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network', { cause });
    this.name = 'NetworkError';
  }
}
