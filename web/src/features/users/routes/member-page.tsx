import { Anchor, Breadcrumbs, Loader, Tabs } from '@mantine/core';
import { IconHistory, IconId, IconKey, IconShield } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { userQueryOptions } from '@/lib/api/get-user';
import { isApiError } from '@/lib/api/problem';
import { useAccess } from '@/lib/auth/use-access';
import type { MemberTab } from '@/lib/feature';
import { useMemberTabs } from '@/lib/member-tabs';
import { useRememberRecent } from '@/lib/recent-items';
import { DeletedMemberPanel } from '../components/deleted-member-panel';
import { MemberHeader } from '../components/member-header';
import { MemberHistoryTab } from '../components/member-history-tab';
import { MemberInfoTab } from '../components/member-info-tab';
import { MemberOverrides } from '../components/member-overrides';
import { MemberPermissionsTab } from '../components/member-permissions-tab';
import { MemberRolesTab } from '../components/member-roles-tab';

const ownTabs = ['info', 'roles', 'permissions', 'history'] as const;

function ContributedTabLabel({ tab }: { tab: MemberTab }) {
  return <>{tab.useLabel()}</>;
}

export function MemberPage() {
  const { t } = useTranslation('members');
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const query = useQuery(userQueryOptions(id));
  const access = useAccess();
  // Tabs other features add (moderation…), shown to those who hold their permission.
  const contributed = useMemberTabs().filter((x) => !x.permission || access?.can(x.permission));
  const tabs: readonly string[] = [...ownTabs, ...contributed.map((x) => x.value)];
  const tab = tabs.includes(params.get('tab') ?? '') ? params.get('tab')! : 'info';
  useRememberRecent(
    query.data
      ? { kind: 'member', id: query.data.id, label: query.data.display_name, to: `/members/${id}` }
      : undefined,
  );

  const crumbs = (
    <Breadcrumbs mb="sm" aria-label={t('profile.breadcrumb')}>
      <Anchor component={Link} to="/members" size="sm">
        {t('title')}
      </Anchor>
      <span aria-current="page">{query.data?.display_name ?? '…'}</span>
    </Breadcrumbs>
  );

  if (query.isPending)
    return (
      <>
        {crumbs}
        <Loader aria-label={t('loading')} />
      </>
    );
  if (query.isError) {
    const error = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
    // A deleted member is not found as such; those who may restore them see who it was and the way back.
    const restorable = isApiError(query.error, 'not-found') && access?.can('users.delete');
    return (
      <>
        {crumbs}
        {restorable ? <DeletedMemberPanel id={id} notFound={error} /> : error}
      </>
    );
  }
  const member = query.data;

  return (
    <>
      {crumbs}
      <MemberHeader member={member} />
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'info' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="info" leftSection={<IconId size={16} />}>
            {t('profile.tabs.info')}
          </Tabs.Tab>
          <Tabs.Tab value="roles" leftSection={<IconShield size={16} />}>
            {t('profile.tabs.roles')}
          </Tabs.Tab>
          <Tabs.Tab value="permissions" leftSection={<IconKey size={16} />}>
            {t('profile.tabs.permissions')}
          </Tabs.Tab>
          <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
            {t('profile.tabs.history')}
          </Tabs.Tab>
          {contributed.map((x) => (
            <Tabs.Tab key={x.value} value={x.value} leftSection={<x.icon size={16} />}>
              <ContributedTabLabel tab={x} />
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="info">
          <MemberInfoTab key={member.id} member={member} />
        </Tabs.Panel>
        <Tabs.Panel value="roles">
          <MemberRolesTab member={member} />
        </Tabs.Panel>
        <Tabs.Panel value="permissions">
          <MemberOverrides key={member.id} member={member} />
          <MemberPermissionsTab memberId={member.id} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <MemberHistoryTab memberId={member.id} />
        </Tabs.Panel>
        {contributed.map((x) => (
          <Tabs.Panel key={x.value} value={x.value}>
            <Suspense fallback={<Loader aria-label={t('loading')} />}>
              <x.component memberId={member.id} />
            </Suspense>
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
