import { Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Bundle } from '@/lib/i18n/resources';
import type { DiffRow } from '@/lib/diff';
import classes from './value-diff.module.css';

type FieldKey = keyof Bundle['common']['diffFields'];

/** A value as an admin reads it: lists as "moderator, staff", booleans as Yes/No, nothing as "none". */
function show(value: unknown, t: TFunction): string {
  if (value === undefined) return '';
  if (value === null || value === '') return t('diffValues.empty');
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return t(value ? 'diffValues.yes' : 'diffValues.no');
  if (Array.isArray(value))
    return value.length
      ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')
      : t('diffValues.empty');
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
              <Text size="sm" fw={600} title={row.field}>
                {t(`diffFields.${row.field as FieldKey}`, { defaultValue: row.field })}
              </Text>
            </Table.Td>
            <Table.Td>
              {row.before !== undefined && (
                <del className={classes.removed}>
                  <span className="gh-visually-hidden">{t('diff.removed')} </span>
                  {show(row.before, t)}
                </del>
              )}
            </Table.Td>
            <Table.Td>
              {row.after !== undefined && (
                <ins className={classes.added}>
                  <span className="gh-visually-hidden">{t('diff.added')} </span>
                  {show(row.after, t)}
                </ins>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
