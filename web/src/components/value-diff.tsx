import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DiffRow } from '@/lib/diff';
import classes from './value-diff.module.css';

function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '∅';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** A readable before → after table; removed values struck through in red, new ones in green. */
export function ValueDiff({ rows }: { rows: DiffRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('diff.none')}
      </Text>
    );
  return (
    <Table withTableBorder verticalSpacing={6} className={classes.table}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('diff.field')}</Table.Th>
          <Table.Th scope="col">{t('diff.before')}</Table.Th>
          <Table.Th scope="col">{t('diff.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.field}>
            <Table.Td>
              <Code>{row.field}</Code>
            </Table.Td>
            <Table.Td>
              {row.before !== undefined && (
                <del className={classes.removed}>
                  <span className="gh-visually-hidden">{t('diff.removed')} </span>
                  {show(row.before)}
                </del>
              )}
            </Table.Td>
            <Table.Td>
              {row.after !== undefined && (
                <ins className={classes.added}>
                  <span className="gh-visually-hidden">{t('diff.added')} </span>
                  {show(row.after)}
                </ins>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
