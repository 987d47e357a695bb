import { Alert, Badge, Button, Group, Loader, Paper, Select, Text, TextInput, Title } from '@mantine/core';
import { IconInfoCircle, IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { StaleBadge, StaleLiveData } from '@/components/stale-live-data';
import { useRoles } from '@/lib/api/list-roles';
import { useAccess } from '@/lib/auth/use-access';
import { formatNumber } from '@/lib/format';
import { useLiveConnectionState, useOnlineNamesEarly, useOnlinePresences } from '@/lib/live/use-live';
import { useUserDirectory } from '@/lib/live/user-directory';
import { countStatuses, filterOnline, groupOnline } from '../components/group-online';
import classes from '../components/online-list.module.css';
import { OnlineGroupSection } from '../components/online-group-section';
import { OfflineSection } from '../components/offline-section';

const statuses = ['online', 'idle', 'dnd'] as const;

/** Discord's member list for the whole community: who is online now, by hoisted role, live. */
export function OnlinePage() {
  const { t, i18n } = useTranslation('live');
  const { t: tc } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const access = useAccess();
  const roles = useRoles(access?.can('roles.read') ?? false);
  const state = useLiveConnectionState();
  const { synced, online } = useOnlinePresences();
  useOnlineNamesEarly();
  const ids = useMemo(() => online.map((p) => p.user_id), [online]);
  const lookup = useUserDirectory(ids);
  const collator = useMemo(() => new Intl.Collator(language), [language]);
  // The search and role live in the URL, so a filtered view can be shared and survives a reload.
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const roleId = params.get('role') ?? undefined;
  const setParam = (key: string, value: string | null) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );
  const shown = filterOnline(online, lookup, { query, roleId });
  const filtering = shown !== online;
  const groups = groupOnline(shown, lookup, roles.data, collator);
  const counts = countStatuses(online);
  const canUsers = access?.can('users.read') ?? false;

  return (
    <>
      <PageHeader title={t('online.title')} description={t('online.description')} />
      <Paper withBorder p="sm" mb="md" component="section" aria-labelledby="status-counts">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="md" wrap="wrap">
            <Title order={2} size="h5" id="status-counts" className="gh-visually-hidden">
              {t('online.counts')}
            </Title>
            <Text fw={700} data-testid="online-total">
              {t('online.total', { count: online.length })}
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
            onChange={(e) => setParam('q', e.currentTarget.value)}
            style={{ flex: '1 1 16rem' }}
            data-testid="online-search"
          />
          {roles.data && (
            <Select
              label={t('online.role')}
              placeholder={t('online.anyRole')}
              data={roles.data.map((r) => ({ value: r.id, label: r.name }))}
              value={roleId ?? null}
              onChange={(value) => setParam('role', value)}
              clearable
              searchable
              style={{ flex: '0 1 14rem' }}
            />
          )}
          {filtering && (
            <Text size="sm" data-testid="online-matching" aria-live="polite">
              {t('online.matching', { count: shown.length })}
            </Text>
          )}
        </Group>
      </Paper>
      {!synced && (state === 'connecting' || state === 'idle') && (
        <Group gap="xs" role="status">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{t('online.connecting')}</Text>
        </Group>
      )}
      {synced && online.length === 0 && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('online.empty')}
        </Alert>
      )}
      {synced && online.length > 0 && shown.length === 0 && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} aria-hidden />}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">{t('online.noMatch')}</Text>
            <Button size="compact-sm" variant="light" onClick={() => setParams({}, { replace: true })}>
              {t('online.clearFilters')}
            </Button>
          </Group>
        </Alert>
      )}
      <StaleLiveData>
        <div data-testid="online-list">
          {groups.map((g) => (
            <OnlineGroupSection key={g.key} group={g} canOpen={canUsers} />
          ))}
        </div>
        {canUsers && <OfflineSection filter={{ q: query, roleId }} onlineCount={online.length} />}
      </StaleLiveData>
    </>
  );
}
