/** A tiny trend line for a tile; decorative (the tile says the number), so hidden from screen readers. */
export function Sparkline({ values, color = 'currentColor' }: { values: (number | null)[]; color?: string }) {
  const points = values.map((v) => v ?? 0);
  if (points.length < 2) return <svg width="100%" height={28} aria-hidden />;
  const max = Math.max(...points, 1e-9);
  const min = Math.min(...points, 0);
  const span = max - min || 1;
  const d = points
    .map((v, i) => `${((i / (points.length - 1)) * 100).toFixed(2)},${(28 - ((v - min) / span) * 26 - 1).toFixed(2)}`)
    .join(' ');
  return (
    <svg width="100%" height={28} viewBox="0 0 100 28" preserveAspectRatio="none" aria-hidden>
      <polyline points={d} fill="none" stroke={color} strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
