import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';
import { errorMessage } from '@/lib/error-message';
import { useSaveScheduledReport, type ReportInput, type ScheduledReport } from '../api/scheduled-reports';
import { RecipientFields } from './recipient-fields';
import { ReportPreview } from './report-preview';
import { SCHEDULE_PRESETS, scheduleInWords } from './schedule-words';
import { ViewFields } from './view-fields';

const KINDS = ['members', 'moderation', 'analytics', 'audit'] as const;

function draftOf(report?: ScheduledReport): ReportInput {
  return {
    name: report?.name ?? '',
    kind: report?.kind ?? 'members',
    view: report ? { ...report.view } : {},
    cron: report?.cron ?? '0 9 * * 1',
    time_zone: report?.time_zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    format: report?.format ?? 'pdf',
    period_days: report?.period_days ?? 7,
    recipients: report ? report.recipients.map((r) => ({ ...r })) : [{ kind: 'email', address: '', language: 'en' }],
    enabled: report?.enabled ?? true,
  };
}

/** Creates or edits a report: the view, the schedule in plain words, the recipients, and a preview of the first page. */
export function ReportBuilder({
  report,
  onClose,
  onCreated,
}: {
  report?: ScheduledReport;
  onClose: () => void;
  onCreated: (secret: string) => void;
}) {
  const { t, i18n } = useTranslation('scheduled-reports');
  const { t: tc } = useTranslation();
  const save = useSaveScheduledReport();
  const [draft, setDraft] = useState<ReportInput>(() => draftOf(report));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [previewLanguage, setPreviewLanguage] = useState(i18n.language.startsWith('fr') ? 'fr' : 'en');
  const [debounced] = useDebouncedValue(draft, 400);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const set = (patch: Partial<ReportInput>) => setDraft((d) => ({ ...d, ...patch }));
  const recipients = draft.recipients ?? [];
  const words = scheduleInWords(draft.cron ?? '', draft.time_zone ?? 'UTC', i18n.language);
  const complete =
    (debounced.name ?? '').trim() !== '' &&
    (debounced.recipients ?? []).every((r) => r.address.trim() !== '') &&
    scheduleInWords(debounced.cron ?? '', 'UTC', 'en') !== null;

  const submit = () =>
    save.mutate(
      { id: report?.id, version: report?.version, input: draft },
      {
        onSuccess: ({ secret }) => {
          notifications.show({ color: 'green', message: t('builder.saved') });
          if (secret) onCreated(secret);
          onClose();
        },
        onError: (e) => {
          setErrors(e instanceof ApiError ? e.fieldErrors : {});
          notifications.show({ color: 'red', message: errorMessage(e).detail });
        },
      },
    );

  return (
    <Modal opened onClose={onClose} title={report ? t('builder.editTitle') : t('builder.createTitle')} size="xl">
      <Stack gap="sm">
        <TextInput
          label={t('builder.name')}
          required
          value={draft.name ?? ''}
          error={errors.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
        />
        <Select
          label={t('builder.kind')}
          allowDeselect={false}
          value={draft.kind}
          onChange={(v) =>
            set({ kind: v ?? 'members', view: v === 'analytics' ? { metrics: ['active_users', 'requests'] } : {} })
          }
          data={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <ViewFields
          kind={draft.kind ?? 'members'}
          view={draft.view ?? {}}
          errors={errors}
          onChange={(view) => set({ view })}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="schedule-presets-label">
            {t('builder.schedule')}
          </Text>
          <SegmentedControl
            aria-labelledby="schedule-presets-label"
            value={SCHEDULE_PRESETS.find((p) => p.cron === draft.cron)?.cron ?? 'custom'}
            onChange={(v) => v !== 'custom' && set({ cron: v })}
            data={[
              ...SCHEDULE_PRESETS.map((p) => ({ value: p.cron, label: t(`presets.${p.key}`) })),
              { value: 'custom', label: t('presets.custom') },
            ]}
          />
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('builder.cron')}
            description={t('builder.cronHelp')}
            value={draft.cron ?? ''}
            error={errors.cron}
            onChange={(e) => set({ cron: e.currentTarget.value })}
          />
          <Select
            label={t('builder.timeZone')}
            searchable
            allowDeselect={false}
            value={draft.time_zone ?? 'UTC'}
            error={errors.time_zone}
            onChange={(v) => set({ time_zone: v ?? 'UTC' })}
            data={zones}
          />
        </SimpleGrid>
        <Text size="sm" data-testid="schedule-words" c={words ? undefined : 'red'}>
          {words ?? t('builder.cronInvalid')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="format-label">
              {t('builder.format')}
            </Text>
            <SegmentedControl
              aria-labelledby="format-label"
              value={draft.format ?? 'pdf'}
              onChange={(v) => set({ format: v })}
              data={[
                { value: 'pdf', label: 'PDF' },
                { value: 'csv', label: 'CSV' },
              ]}
            />
          </Stack>
          <NumberInput
            label={t('builder.period')}
            description={t('builder.periodHelp')}
            min={1}
            max={366}
            value={draft.period_days ?? 7}
            error={errors.period_days}
            onChange={(v) => set({ period_days: typeof v === 'number' ? v : 7 })}
          />
        </SimpleGrid>
        <RecipientFields recipients={recipients} error={errors.recipients} onChange={(r) => set({ recipients: r })} />
        <Group justify="space-between" mt="sm">
          <Text fw={600}>{t('preview.title')}</Text>
          <SegmentedControl
            size="xs"
            aria-label={t('preview.language')}
            value={previewLanguage}
            onChange={setPreviewLanguage}
            data={[
              { value: 'en', label: 'EN' },
              { value: 'fr', label: 'FR' },
            ]}
          />
        </Group>
        <ReportPreview draft={debounced} language={previewLanguage} enabled={complete} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('actions.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t('builder.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
