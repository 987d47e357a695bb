import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { StaleLiveData } from '@/components/stale-live-data';
import { useRoles } from '@/lib/api/list-roles';
import { useAccess } from '@/lib/auth/use-access';
import { useLiveConnectionState, useOnlineNamesEarly, useOnlinePresences } from '@/lib/live/use-live';
import { useUserDirectory } from '@/lib/live/user-directory';
import { countStatuses, filterOnline, groupOnline } from '../components/group-online';
import { OnlineGroupSection } from '../components/online-group-section';
import { OfflineSection } from '../components/offline-section';
import { OnlineToolbar } from '../components/online-toolbar';

/** Discord's member list for the whole community: who is online now, by hoisted role, live. */
export function OnlinePage() {
  const { t, i18n } = useTranslation('live');
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
      <OnlineToolbar
        total={online.length}
        counts={counts}
        canUsers={canUsers}
        roles={roles.data}
        query={query}
        roleId={roleId}
        matching={filtering ? shown.length : undefined}
        onQuery={(value) => setParam('q', value)}
        onRole={(value) => setParam('role', value)}
      />
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
