import type { FiledReport, ReportInput } from "./types";

/** A refusal from the Gatehouse API, carrying its ProblemDetails (`detail` says why, `errors` which field). */
export class GatehouseApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: { type?: string; title?: string; detail?: string; errors?: Record<string, string[]> },
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = "GatehouseApiError";
  }
}

/** `POST /api/v1/reports` as the signed-in member: 201 when filed, 200 when merged into their open report on the same member. */
export async function fileReport(baseUrl: string, accessToken: string, input: ReportInput): Promise<FiledReport> {
  const response = await fetch(`${baseUrl}/api/v1/reports`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ target_id: input.targetId, category: input.category, description: input.description ?? null, evidence: input.evidence ?? [] }),
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new GatehouseApiError(response.status, body);
  return {
    id: body.id as string,
    target_id: body.target_id as string,
    category: body.category as FiledReport["category"],
    severity: body.severity as string,
    status: body.status as string,
    created_at: body.created_at as string,
    merged: response.status === 200,
  };
}
