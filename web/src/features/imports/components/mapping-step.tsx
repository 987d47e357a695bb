import { Button, Checkbox, Group, Radio, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportChoices, ImportPolicy, MemberImport } from '../api/member-import';

/** Step 2: which member field each column fills, what to do with existing members, bad rows and the site's name. */
export function MappingStep({
  value,
  busy,
  onCheck,
}: {
  value: MemberImport;
  busy: boolean;
  onCheck: (choices: ImportChoices) => void;
}) {
  const { t } = useTranslation('imports');
  const [mapping, setMapping] = useState<Record<string, string>>({ ...value.mapping });
  const [policy, setPolicy] = useState<ImportPolicy>(value.policy);
  const [skipInvalid, setSkipInvalid] = useState(value.skip_invalid);
  const [source, setSource] = useState(value.external_source ?? '');
  const fields = [{ value: '', label: t('mapping.ignore') }, ...value.fields.map((f) => ({ value: f, label: f }))];
  const sample = value.sample[0];

  return (
    <Stack>
      <Table.ScrollContainer minWidth={480}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('mapping.column')}</Table.Th>
              <Table.Th>{t('mapping.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {value.columns.map((column) => (
              <Table.Tr key={column}>
                <Table.Td>
                  <Text fw={500}>{column}</Text>
                  {mapping[column] && sample?.values[mapping[column]] && (
                    <Text size="xs" c="dimmed">
                      {t('mapping.example', { value: sample.values[mapping[column]] })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('mapping.fieldFor', { column })}
                    data={fields}
                    value={mapping[column] ?? ''}
                    onChange={(field) => setMapping((m) => ({ ...m, [column]: field ?? '' }))}
                    allowDeselect={false}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Radio.Group label={t('policy.label')} value={policy} onChange={(v) => setPolicy(v as ImportPolicy)}>
        <Stack gap="xs" mt="xs">
          <Radio value="skip" label={t('policy.skip')} />
          <Radio value="update" label={t('policy.update')} />
          <Radio value="fail" label={t('policy.fail')} />
        </Stack>
      </Radio.Group>
      <Checkbox
        label={t('skipInvalid')}
        checked={skipInvalid}
        onChange={(e) => setSkipInvalid(e.currentTarget.checked)}
      />
      {Object.values(mapping).includes('external_id') && (
        <TextInput
          label={t('externalSource.label')}
          description={t('externalSource.hint')}
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          maw={320}
        />
      )}
      <Group>
        <Button
          loading={busy}
          onClick={() =>
            onCheck({ mapping, policy, skip_invalid: skipInvalid, external_source: source.trim() || undefined })
          }
        >
          {t('mapping.check')}
        </Button>
      </Group>
    </Stack>
  );
}
