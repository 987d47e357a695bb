import { useMantineColorScheme } from '@mantine/core';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  color: string;
  values: (number | null)[];
  dashed?: boolean;
}

interface TimeChartProps {
  /** Unix seconds, one per point. */
  times: number[];
  series: ChartSeries[];
  /** Describes the chart for screen readers (the numbers are also in the tiles and tables). */
  label: string;
  height?: number;
  formatValue?: (v: number) => string;
}

/**
 * A uPlot time chart that is created once and then only gets new data: with 1 s updates it keeps
 * scrolling smoothly, and its data is the caller's fixed window, so it never grows.
 */
export function TimeChart({ times, series, label, height = 220, formatValue }: TimeChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const { colorScheme } = useMantineColorScheme();
  const shape = series.map((s) => `${s.label}|${s.color}|${s.dashed ? 1 : 0}`).join(',');
  const axisColor = colorScheme === 'dark' ? '#c1c2c5' : '#495057';

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const axis = {
      stroke: axisColor,
      grid: { stroke: 'rgba(128,128,128,0.2)' },
      ticks: { stroke: 'rgba(128,128,128,0.3)' },
    };
    const plot = new uPlot(
      {
        width: element.clientWidth || 300,
        height,
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: 2,
            dash: s.dashed ? [6, 4] : undefined,
            value: (_: uPlot, v: number | null) => (v == null ? '—' : formatValue ? formatValue(v) : String(v)),
          })),
        ],
        axes: [
          axis,
          {
            ...axis,
            values: (_: uPlot, ticks: number[]) => ticks.map((v) => (formatValue ? formatValue(v) : String(v))),
          },
        ],
        legend: { live: false },
        cursor: { drag: { x: false, y: false } },
      },
      [times, ...series.map((s) => s.values)],
      element,
    );
    chart.current = plot;
    const resize = new ResizeObserver(() => plot.setSize({ width: element.clientWidth || 300, height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
      chart.current = null;
    };
    // Rebuilt only when the series' shape, the height or the theme changes; data goes through setData below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shape, height, axisColor]);

  useEffect(() => {
    chart.current?.setData([times, ...series.map((s) => s.values)]);
  }, [times, series]);

  return <div ref={container} role="img" aria-label={label} />;
}
