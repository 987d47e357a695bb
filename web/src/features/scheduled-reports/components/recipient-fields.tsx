import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReportRecipient } from '../api/scheduled-reports';

/** E-mail addresses and webhook URLs, each with the language its file is written in. */
export function RecipientFields({
  recipients,
  error,
  onChange,
}: {
  recipients: ReportRecipient[];
  error?: string;
  onChange: (recipients: ReportRecipient[]) => void;
}) {
  const { t } = useTranslation('scheduled-reports');
  const update = (i: number, patch: Partial<ReportRecipient>) =>
    onChange(recipients.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('recipients.label')}
      </Text>
      {recipients.map((r, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="wrap">
          <Select
            w={130}
            label={t('recipients.kind', { n: i + 1 })}
            value={r.kind}
            allowDeselect={false}
            onChange={(v) => update(i, { kind: v ?? 'email' })}
            data={[
              { value: 'email', label: t('recipients.email') },
              { value: 'webhook', label: t('recipients.webhook') },
            ]}
          />
          <TextInput
            style={{ flex: '1 1 200px' }}
            label={r.kind === 'email' ? t('recipients.address') : t('recipients.url')}
            value={r.address}
            onChange={(e) => update(i, { address: e.currentTarget.value })}
          />
          <Select
            w={110}
            label={t('recipients.language', { n: i + 1 })}
            value={r.language}
            allowDeselect={false}
            onChange={(v) => update(i, { language: v ?? 'en' })}
            data={[
              { value: 'en', label: 'English' },
              { value: 'fr', label: 'Français' },
            ]}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('recipients.remove', { n: i + 1 })}
            disabled={recipients.length <= 1}
            onClick={() => onChange(recipients.filter((_, k) => k !== i))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {error && (
        <Text c="red" size="sm">
          {error}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          disabled={recipients.length >= 20}
          onClick={() => onChange([...recipients, { kind: 'email', address: '', language: 'en' }])}
        >
          {t('recipients.add')}
        </Button>
      </Group>
    </Stack>
  );
}
