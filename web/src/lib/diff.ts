export interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
}

/** Computes the rows of a before/after pair: only fields whose value changed. */
export function diffRows(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
) {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const rows: DiffRow[] = [];
  for (const field of fields) {
    const b = before?.[field];
    const a = after?.[field];
    if (JSON.stringify(b) !== JSON.stringify(a)) rows.push({ field, before: b, after: a });
  }
  return rows;
}
