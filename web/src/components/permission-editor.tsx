import { Code, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconSearch, IconSlash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission, PermissionInfo } from '@/lib/api/types';
import classes from './permission-editor.module.css';
import { setTri, triOf, type PermissionState, type Tri } from './tri-state';

interface PermissionEditorProps {
  catalogue: PermissionInfo[];
  value: PermissionState;
  onChange: (next: PermissionState) => void;
  readOnly: boolean;
  /** Why the admin may not allow this permission (they do not hold it), or undefined. */
  allowBlocked: (permission: Permission) => string | undefined;
}

/**
 * Discord's channel-override control for each permission: deny (✗), not set (/), allow (✓).
 * Grouped by area, each with its description from the server's catalogue.
 */
export function PermissionEditor({ catalogue, value, onChange, readOnly, allowBlocked }: PermissionEditorProps) {
  const { t } = useTranslation('roles');
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const areas = new Map<string, PermissionInfo[]>();
  for (const p of catalogue) {
    if (needle && !p.name.includes(needle) && !p.description.toLowerCase().includes(needle)) continue;
    areas.set(p.area, [...(areas.get(p.area) ?? []), p]);
  }

  return (
    <Stack gap="lg">
      <TextInput
        aria-label={t('permissions.search')}
        placeholder={t('permissions.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={360}
      />
      {[...areas].map(([area, permissions]) => (
        <section key={area} aria-labelledby={`perm-area-${area}`}>
          <Title order={2} size="h5" tt="uppercase" c="dimmed" mb="xs" id={`perm-area-${area}`}>
            {t(`areas.${area}` as 'areas.users', { defaultValue: area })}
          </Title>
          <Paper withBorder radius="md">
            {permissions.map((p) => {
              const blocked = allowBlocked(p.name);
              const current = triOf(value, p.name);
              return (
                <Group key={p.name} justify="space-between" wrap="nowrap" className={classes.row} gap="md">
                  <div className={classes.text}>
                    <Text fw={600} size="sm" id={`perm-${p.name}`}>
                      <Code>{p.name}</Code>
                    </Text>
                    <Text size="sm" c="dimmed">
                      {p.description}
                    </Text>
                    {blocked && !readOnly && (
                      <Text size="xs" c="dimmed">
                        {blocked}
                      </Text>
                    )}
                  </div>
                  <Tooltip label={blocked} disabled={!blocked || readOnly} multiline w={240}>
                    <SegmentedControl
                      className={classes.tri}
                      data-value={current}
                      aria-labelledby={`perm-${p.name}`}
                      data-testid={`tri-${p.name}`}
                      size="xs"
                      value={current}
                      readOnly={readOnly}
                      disabled={readOnly}
                      onChange={(v) => onChange(setTri(value, p.name, v as Tri))}
                      data={[
                        {
                          value: 'deny',
                          label: (
                            <span className={classes.option} title={t('permissions.deny')}>
                              <IconX size={14} aria-hidden />
                              <span className="gh-visually-hidden">{t('permissions.deny')}</span>
                            </span>
                          ),
                        },
                        {
                          value: 'inherit',
                          label: (
                            <span className={classes.option} title={t('permissions.inherit')}>
                              <IconSlash size={14} aria-hidden />
                              <span className="gh-visually-hidden">{t('permissions.inherit')}</span>
                            </span>
                          ),
                        },
                        {
                          value: 'allow',
                          disabled: !!blocked && current !== 'allow',
                          label: (
                            <span className={classes.option} title={t('permissions.allow')}>
                              <IconCheck size={14} aria-hidden />
                              <span className="gh-visually-hidden">{t('permissions.allow')}</span>
                            </span>
                          ),
                        },
                      ]}
                    />
                  </Tooltip>
                </Group>
              );
            })}
          </Paper>
        </section>
      ))}
    </Stack>
  );
}
