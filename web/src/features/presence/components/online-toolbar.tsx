import { Badge, Group, Paper, Select, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { StaleBadge } from '@/components/stale-live-data';
import type { Role } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import type { StatusCounts } from './group-online';
import classes from './online-list.module.css';

const statuses = ['online', 'idle', 'dnd'] as const;

export interface OnlineToolbarProps {
  total: number;
  counts: StatusCounts;
  /** Without users.read the list leaves out offline and invisible members, and says so. */
  canUsers: boolean;
  /** The role filter's choices; no filter until they have loaded. */
  roles: readonly Role[] | undefined;
  query: string;
  roleId: string | undefined;
  /** How many match the search or role, when one is set. */
  matching: number | undefined;
  onQuery: (query: string) => void;
  onRole: (roleId: string | null) => void;
}

/** Who's online's counts by status, its search and its role filter, above the list. */
export function OnlineToolbar({
  total,
  counts,
  canUsers,
  roles,
  query,
  roleId,
  matching,
  onQuery,
  onRole,
}: OnlineToolbarProps) {
  const { t, i18n } = useTranslation('live');
  const { t: tc } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <Paper withBorder p="sm" mb="md" component="section" aria-labelledby="status-counts">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="md" wrap="wrap">
          <Title order={2} size="h5" id="status-counts" className="gh-visually-hidden">
            {t('online.counts')}
          </Title>
          <Text fw={700} data-testid="online-total">
            {t('online.total', { count: total })}
          </Text>
          <StaleBadge />
          <Group gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {statuses.map((s) => (
              <Badge
                key={s}
                component="li"
                variant="default"
                size="lg"
                radius="sm"
                leftSection={<span className={classes.dot} data-presence={s} aria-hidden />}
                styles={{ root: { textTransform: 'none' } }}
                data-testid={`count-${s}`}
              >
                {tc(`presence.${s}`)}: {formatNumber(counts[s], language)}
              </Badge>
            ))}
          </Group>
        </Group>
        {!canUsers && (
          <Text size="sm" c="dimmed">
            {t('online.offlineExcluded')}
          </Text>
        )}
      </Group>
      <Group gap="sm" mt="sm" wrap="wrap" align="flex-end">
        <TextInput
          label={t('online.search')}
          placeholder={t('online.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(e) => onQuery(e.currentTarget.value)}
          style={{ flex: '1 1 16rem' }}
          data-testid="online-search"
        />
        {roles && (
          <Select
            label={t('online.role')}
            placeholder={t('online.anyRole')}
            data={roles.map((r) => ({ value: r.id, label: r.name }))}
            value={roleId ?? null}
            onChange={onRole}
            clearable
            searchable
            style={{ flex: '0 1 14rem' }}
          />
        )}
        {matching !== undefined && (
          <Text size="sm" data-testid="online-matching" aria-live="polite">
            {t('online.matching', { count: matching })}
          </Text>
        )}
      </Group>
    </Paper>
  );
}
