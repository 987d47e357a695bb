import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SanctionAction } from '../api/member-sanctions';
import { useUpdateReport, type Report } from '../api/reports';
import { presetKeys, presets, type Preset } from './sanction-durations';

type Choice = 'none' | SanctionAction;

/**
 * Closes a report: dismiss it, or resolve it — optionally with a sanction on the reported member,
 * applied by the server in the same transaction (one step, one audit trail linking both).
 */
export function ResolveReportDialog({
  report,
  mode,
  onClose,
}: {
  report: Report;
  mode: 'resolve' | 'dismiss';
  onClose: () => void;
}) {
  const { t } = useTranslation('moderation');
  const update = useUpdateReport();
  const [resolution, setResolution] = useState('');
  const [choice, setChoice] = useState<Choice>('none');
  const [preset, setPreset] = useState<Preset>('86400');
  const timed = choice === 'mute' || choice === 'ban';

  const submit = () =>
    update.mutate(
      {
        report,
        body: {
          status: mode === 'resolve' ? 'resolved' : 'dismissed',
          resolution,
          sanction:
            mode === 'resolve' && choice !== 'none'
              ? { kind: choice, reason: resolution, duration: timed ? (presets[preset] ?? null) : null }
              : null,
        },
      },
      { onSuccess: onClose },
    );

  return (
    <Modal opened onClose={onClose} title={t(mode === 'resolve' ? 'reports.resolveTitle' : 'reports.dismissTitle')}>
      <Stack component="form" gap="sm" onSubmit={(e) => (e.preventDefault(), submit())}>
        <Textarea
          label={t('reports.resolution')}
          description={mode === 'resolve' ? t('reports.resolutionHint') : undefined}
          required
          maxLength={1000}
          value={resolution}
          onChange={(e) => setResolution(e.currentTarget.value)}
          data-autofocus
        />
        {mode === 'resolve' && (
          <Group grow align="end" wrap="wrap">
            <Select
              label={t('reports.sanction')}
              value={choice}
              allowDeselect={false}
              onChange={(v) => v && setChoice(v as Choice)}
              data={(['none', 'warn', 'mute', 'kick', 'ban'] as const).map((k) => ({
                value: k,
                label: k === 'none' ? t('reports.noSanction') : t(`kinds.${k}`),
              }))}
            />
            {timed && (
              <Select
                label={t('form.duration')}
                value={preset}
                allowDeselect={false}
                onChange={(v) => v && setPreset(v as Preset)}
                data={presetKeys
                  .filter((k) => k !== 'permanent' || choice === 'ban')
                  .map((k) => ({ value: k, label: t(`durations.${k}`) }))}
              />
            )}
          </Group>
        )}
        {update.isError && (
          <Text c="red" role="alert">
            {update.error.message}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('reports.cancel')}
          </Button>
          <Button
            type="submit"
            color={choice === 'none' ? undefined : 'red'}
            loading={update.isPending}
            disabled={!resolution.trim()}
          >
            {mode === 'dismiss'
              ? t('reports.dismiss')
              : choice === 'none'
                ? t('reports.resolve')
                : t('reports.resolveWith', { kind: t(`kinds.${choice}`) })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
