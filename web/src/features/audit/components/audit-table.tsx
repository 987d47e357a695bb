import { Badge, Code, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActorName } from '@/components/actor-name';
import { ScrollRegion } from '@/components/scroll-region';
import type { AuditEntry } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import classes from './audit-table.module.css';
import { resultColors } from './result-colors';
import { AuditSentence } from './audit-sentence';
import { TargetName } from './target-name';

interface AuditTableProps {
  entries: AuditEntry[];
  onOpen: (entry: AuditEntry) => void;
}

/** Dense, newest first; a row opens the detail drawer (click, or Enter on its button). */
export function AuditTable({ entries, onOpen }: AuditTableProps) {
  const { t, i18n } = useTranslation('audit');
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <ScrollRegion label={t('table.label')} minWidth={640}>
      <Table highlightOnHover stickyHeader withTableBorder className={classes.table} data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={70} className={classes.seq}>
              #
            </Table.Th>
            <Table.Th scope="col" w={170}>
              {t('table.time')}
            </Table.Th>
            <Table.Th scope="col">{t('table.action')}</Table.Th>
            <Table.Th scope="col">{t('table.actor')}</Table.Th>
            <Table.Th scope="col">{t('table.target')}</Table.Th>
            <Table.Th scope="col" w={100}>
              {t('table.result')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.id} className={classes.row} onClick={() => onOpen(e)}>
              <Table.Td className={classes.seq}>
                <Text size="xs" c="dimmed" ff="monospace">
                  {e.seq}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(e.timestamp, language)}</Text>
              </Table.Td>
              <Table.Td>
                <UnstyledButton
                  onClick={(ev) => {
                    ev.stopPropagation();
                    onOpen(e);
                  }}
                  className={classes.open}
                >
                  <span className="gh-visually-hidden">{t('table.open', { seq: e.seq })} </span>
                  <AuditSentence entry={e} /> <Code>{e.action}</Code>
                  {e.erased && (
                    <Badge ml="xs" color="gray" variant="outline" data-testid="audit-erased">
                      {t('erased.badge')}
                    </Badge>
                  )}
                </UnstyledButton>
              </Table.Td>
              <Table.Td onClick={(ev) => ev.stopPropagation()}>
                <ActorName userId={e.actor_user_id} apiKeyId={e.actor_api_key_id} />
              </Table.Td>
              <Table.Td onClick={(ev) => ev.stopPropagation()}>
                <Text size="sm" truncate maw={260}>
                  <TargetName entry={e} />
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={resultColors[e.result] ?? 'gray'}>
                  {t(`results.${e.result}` as 'results.success', { defaultValue: e.result })}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
