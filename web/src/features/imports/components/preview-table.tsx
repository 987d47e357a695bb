import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberImport } from '../api/member-import';

/** The counts, then each problem row with the faulty cells marked and the reason beside them. */
export function PreviewTable({ value }: { value: MemberImport }) {
  const { t } = useTranslation('imports');
  const summary = value.summary;
  const mapped = value.fields.filter((f) => Object.values(value.mapping).includes(f));
  return (
    <>
      {summary && (
        <Group gap="xs" aria-live="polite" data-testid="import-summary">
          <Badge color="blue" variant="light">
            {t('summary.rows', { count: summary.rows })}
          </Badge>
          <Badge color="green" variant="light">
            {t('summary.create', { count: summary.create })}
          </Badge>
          <Badge color="grape" variant="light">
            {t('summary.update', { count: summary.update })}
          </Badge>
          <Badge color="gray" variant="light">
            {t('summary.skip', { count: summary.skip })}
          </Badge>
          <Badge color="red" variant="light" data-testid="import-errors">
            {t('summary.errors', { count: summary.errors })}
          </Badge>
        </Group>
      )}
      {value.unknown_columns.length > 0 && (
        <Text size="sm">{t('unknownColumns', { columns: value.unknown_columns.join(', ') })}</Text>
      )}
      {value.problems.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="import-problems">
            <Table.Caption>{t('problems.caption', { count: value.problems.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('problems.row')}</Table.Th>
                {mapped.map((f) => (
                  <Table.Th key={f}>{f}</Table.Th>
                ))}
                <Table.Th>{t('problems.why')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.problems.map((row) => {
                const bad = new Set(row.errors.map((e) => e.field));
                return (
                  <Table.Tr key={row.row}>
                    <Table.Td>{row.row}</Table.Td>
                    {mapped.map((f) => (
                      <Table.Td
                        key={f}
                        data-invalid={bad.has(f) || undefined}
                        style={bad.has(f) ? { outline: '2px solid var(--mantine-color-red-filled)' } : undefined}
                      >
                        {row.values[f] ?? ''}
                      </Table.Td>
                    ))}
                    <Table.Td>
                      {row.errors.map((e) => (
                        <Text key={`${e.field}-${e.code}`} size="sm">
                          <strong>{e.field}</strong>: {e.message}
                        </Text>
                      ))}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
