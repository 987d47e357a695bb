import { Alert, Loader, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { useReportPreview, type ReportChart } from '../api/report-preview';
import type { ReportInput } from '../api/scheduled-reports';

const WIDTH = 480;
const HEIGHT = 140;

/** A chart as the PDF draws it (bars, or this period's line over the previous period's dashed one), in SVG. */
function PreviewChart({ chart }: { chart: ReportChart }) {
  const values = chart.values;
  const previous = chart.previous ?? [];
  const max = Math.max(1, ...values, ...previous);
  const y = (v: number) => HEIGHT - (v / max) * (HEIGHT - 10);
  const x = (i: number, n: number) => (n <= 1 ? 0 : (i * WIDTH) / (n - 1));
  const line = (series: readonly number[]) => series.map((v, i) => `${x(i, series.length)},${y(v)}`).join(' ');
  const slot = WIDTH / Math.max(1, values.length);
  return (
    <figure style={{ margin: 0 }}>
      <Text component="figcaption" size="sm" fw={600}>
        {chart.title}
      </Text>
      <svg viewBox={`0 -12 ${WIDTH} ${HEIGHT + 28}`} width="100%" role="img" aria-label={chart.title}>
        <line x1={0} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} stroke="currentColor" strokeOpacity={0.4} />
        {chart.kind === 'bar'
          ? values.map((v, i) => (
              <g key={i}>
                <rect x={i * slot + slot * 0.15} y={y(v)} width={slot * 0.7} height={HEIGHT - y(v)} fill="#2563eb" />
                <text x={i * slot + slot / 2} y={y(v) - 2} fontSize={10} textAnchor="middle" fill="currentColor">
                  {v}
                </text>
                <text x={i * slot + slot / 2} y={HEIGHT + 12} fontSize={10} textAnchor="middle" fill="currentColor">
                  {chart.labels[i]}
                </text>
              </g>
            ))
          : [
              previous.length > 1 && (
                <polyline key="p" points={line(previous)} fill="none" stroke="#8a8a8a" strokeDasharray="4 3" />
              ),
              values.length > 1 && (
                <polyline key="c" points={line(values)} fill="none" stroke="#2563eb" strokeWidth={2} />
              ),
            ]}
      </svg>
    </figure>
  );
}

/**
 * The first page of the report as the server would make it now, from the same content the PDF is
 * drawn from: header (community, title, period), charts, the first rows of the table.
 */
export function ReportPreview({
  draft,
  language,
  enabled,
}: {
  draft: ReportInput;
  language: string;
  enabled: boolean;
}) {
  const { t } = useTranslation('scheduled-reports');
  const preview = useReportPreview(draft, language, enabled);
  if (!enabled) return <Text c="dimmed">{t('preview.incomplete')}</Text>;
  if (preview.isPending) return <Loader size="sm" aria-label={t('preview.loading')} />;
  if (preview.isError)
    return (
      <Alert color="yellow" title={t('preview.unavailable')}>
        {errorMessage(preview.error).detail}
      </Alert>
    );
  const page = preview.data;
  return (
    <Paper withBorder p="md" data-testid="report-preview" aria-label={t('preview.label')} component="section">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {page.community}
        </Title>
        <Text fw={600}>
          {page.title} — {page.report_name}
        </Text>
        <Text size="sm" c="dimmed">
          {page.period}
        </Text>
        {page.charts.map((c, i) => (
          <PreviewChart key={i} chart={c} />
        ))}
        <ScrollArea type="auto">
          <Table striped withTableBorder fz="xs">
            <Table.Thead>
              <Table.Tr>
                {page.table.columns.map((c) => (
                  <Table.Th key={c}>{c}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.table.rows.map((row, i) => (
                <Table.Tr key={i}>
                  {row.map((cell, k) => (
                    <Table.Td key={k}>{cell}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
        {page.table.note && (
          <Text size="sm" c="dimmed">
            {page.table.note}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
