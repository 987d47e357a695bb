import { Alert, Badge, Button, Group, Loader, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ScrollRegion } from '@/components/scroll-region';
import { ErrorState } from '@/components/error-state';
import {
  memberSanctionsQueryOptions,
  useApplySanction,
  useLiftSanction,
  type SanctionAction,
} from '../api/member-sanctions';
import { presetKeys, presets, type Preset } from './sanction-durations';

type EndState = 'lifted' | 'expired' | 'replaced';

/** The member's sanctions in force, their history, and the form to warn, mute, kick or ban them. */
export function MemberModerationTab({ memberId }: { memberId: string }) {
  const { t } = useTranslation('moderation');
  const query = useQuery(memberSanctionsQueryOptions(memberId));
  const apply = useApplySanction();
  const lift = useLiftSanction();
  // A members-list quick action opens this tab with ?action= chosen.
  const [params] = useSearchParams();
  const asked = params.get('action');
  const [action, setAction] = useState<SanctionAction>(
    asked === 'mute' || asked === 'kick' || asked === 'ban' ? asked : 'warn',
  );
  const [reason, setReason] = useState('');
  const [preset, setPreset] = useState<Preset>('3600');
  const [evidence, setEvidence] = useState('');
  const [note, setNote] = useState('');

  if (query.isPending) return <Loader aria-label={t('loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { active, history, suggestion } = query.data;
  const timed = action === 'mute' || action === 'ban';
  const kindLabel = (kind: string) => t(`kinds.${kind as SanctionAction}`);
  const durationOptions = presetKeys
    .filter((k) => k !== 'permanent' || action === 'ban')
    .map((k) => ({ value: k, label: t(`durations.${k}`) }));

  const submit = () =>
    apply.mutate(
      {
        id: memberId,
        action,
        reason,
        duration: timed ? presets[preset] : undefined,
        evidence: evidence.split(/\s+/).filter(Boolean),
        note,
      },
      { onSuccess: () => setReason('') },
    );

  return (
    <Stack>
      <Alert title={t('suggestion.title')}>
        {t('suggestion.text', {
          kind: kindLabel(suggestion.kind),
          strikes: suggestion.strikes,
          days: suggestion.window_days,
        })}
      </Alert>
      {active.length > 0 && (
        <Group>
          {active.map((s) => (
            <Group key={s.id} gap="xs">
              <Badge color="red">
                {kindLabel(s.kind)} · {s.expires_at ? new Date(s.expires_at).toLocaleString() : t('permanent')}
              </Badge>
              <Button
                size="xs"
                variant="light"
                loading={lift.isPending}
                onClick={() => lift.mutate({ id: memberId, kind: s.kind as 'mute' | 'ban' })}
              >
                {t('lift')}
              </Button>
            </Group>
          ))}
        </Group>
      )}
      <Stack gap="xs" component="form" onSubmit={(e) => (e.preventDefault(), submit())}>
        <Group grow align="end" wrap="wrap">
          <Select
            label={t('form.action')}
            value={action}
            allowDeselect={false}
            onChange={(v) => v && setAction(v as SanctionAction)}
            data={(['warn', 'mute', 'kick', 'ban'] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          />
          {timed && (
            <Select
              label={t('form.duration')}
              value={preset}
              allowDeselect={false}
              onChange={(v) => v && setPreset(v as Preset)}
              data={durationOptions}
            />
          )}
        </Group>
        <TextInput
          label={t('form.reason')}
          required
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <TextInput
          label={t('form.evidence')}
          description={t('form.evidence_hint')}
          value={evidence}
          onChange={(e) => setEvidence(e.currentTarget.value)}
        />
        <Textarea
          label={t('form.note')}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {apply.isError && <Text c="red">{apply.error.message}</Text>}
        <Group>
          <Button type="submit" color="red" loading={apply.isPending} disabled={!reason.trim()}>
            {t('form.submit', { kind: t(`kinds.${action}`) })}
          </Button>
        </Group>
      </Stack>
      <ScrollRegion label={t('history.label')} minWidth={480}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('history.when')}</Table.Th>
              <Table.Th>{t('history.kind')}</Table.Th>
              <Table.Th>{t('history.reason')}</Table.Th>
              <Table.Th>{t('history.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{new Date(s.created_at).toLocaleString()}</Table.Td>
                <Table.Td>{kindLabel(s.kind)}</Table.Td>
                <Table.Td>{s.reason}</Table.Td>
                <Table.Td>
                  {s.active ? t('state.active') : s.end_reason ? t(`state.${s.end_reason as EndState}`) : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Stack>
  );
}
