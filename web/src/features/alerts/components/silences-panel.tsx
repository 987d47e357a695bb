import { Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RelativeTime } from '@/components/relative-time';
import { errorMessage } from '@/lib/error-message';
import { useAlertRules } from '../api/alert-rules';
import { useAlertSilences, useCreateAlertSilence, useEndAlertSilence } from '../api/alert-silences';
import { ScrollRegion } from '@/components/scroll-region';

const durations = ['3600', '14400', '86400', '604800'] as const;

/** Silences in force; a new one mutes one rule (or every rule) for a chosen time. */
export function SilencesPanel({
  ruleId,
  onRuleChange,
}: {
  ruleId: string | null;
  onRuleChange: (id: string | null) => void;
}) {
  const { t } = useTranslation('alerts');
  const silences = useAlertSilences().data?.items ?? [];
  const rules = useAlertRules().data?.items ?? [];
  const create = useCreateAlertSilence();
  const end = useEndAlertSilence();
  const [duration, setDuration] = useState<string>('3600');
  const [reason, setReason] = useState('');
  const nameOf = (id: string | null | undefined) =>
    id ? (rules.find((r) => r.id === id)?.name ?? id) : t('silences.allRules');
  const fail = (e: Error) => notifications.show({ color: 'red', message: errorMessage(e).detail });

  const add = () =>
    create.mutate(
      { rule_id: ruleId, reason, ends_at: new Date(Date.now() + Number(duration) * 1000).toISOString() },
      { onSuccess: () => setReason(''), onError: fail },
    );

  return (
    <Stack gap="md">
      <Paper withBorder p="sm">
        <Group grow align="flex-end" wrap="wrap">
          <Select
            label={t('silences.rule')}
            data={[{ value: '', label: t('silences.allRules') }, ...rules.map((r) => ({ value: r.id, label: r.name }))]}
            value={ruleId ?? ''}
            onChange={(v) => onRuleChange(v ? v : null)}
            allowDeselect={false}
            miw={180}
          />
          <Select
            label={t('silences.duration')}
            data={durations.map((d) => ({ value: d, label: t(`silences.for.${d}`) }))}
            value={duration}
            onChange={(v) => setDuration(v ?? '3600')}
            allowDeselect={false}
            miw={140}
          />
          <TextInput
            label={t('silences.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            miw={180}
          />
          <Button onClick={add} loading={create.isPending} disabled={reason.trim() === ''}>
            {t('silences.add')}
          </Button>
        </Group>
      </Paper>
      {silences.length === 0 ? (
        <Text c="dimmed">{t('silences.empty')}</Text>
      ) : (
        <ScrollRegion label={t('tabs.silences')} minWidth={480}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('silences.rule')}</Table.Th>
                <Table.Th>{t('silences.reason')}</Table.Th>
                <Table.Th>{t('silences.ends')}</Table.Th>
                <Table.Th>
                  <span className="gh-visually-hidden">{t('table.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {silences.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{nameOf(s.rule_id)}</Table.Td>
                  <Table.Td>{s.reason}</Table.Td>
                  <Table.Td>
                    <RelativeTime value={s.ends_at} />
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" onClick={() => end.mutate(s.id, { onError: fail })}>
                      {t('silences.end')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Stack>
  );
}
