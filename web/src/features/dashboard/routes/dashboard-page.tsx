import { Anchor, Badge, Card, Group, Loader, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconHistory, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActorName } from '@/components/actor-name';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { RelativeTime } from '@/components/relative-time';
import { RoleChip } from '@/components/role-chip';
import { useRoles } from '@/lib/api/list-roles';
import { auditActionLabel } from '@/lib/audit-labels';
import { useAccess } from '@/lib/auth/use-access';
import { useDashboardCards } from '@/lib/dashboard-cards';
import { formatNumber } from '@/lib/format';
import { useMemberCounts } from '../api/get-member-counts';
import { useLatestAudit } from '../api/list-latest-audit';
import { LivePresenceCards } from '../components/live-presence-cards';

const resultColors: Record<string, string> = { success: 'green', fail: 'orange', denied: 'red' };

/** What Gatehouse already knows: member counts, members per role, the latest audit events. */
export function DashboardPage() {
  const { t, i18n } = useTranslation('dashboard');
  const access = useAccess();
  const language = i18n.resolvedLanguage ?? 'en';
  const canUsers = access?.can('users.read') ?? false;
  const canRoles = access?.can('roles.read') ?? false;
  const canAudit = access?.can('audit.read') ?? false;
  const counts = useMemberCounts(canUsers);
  const roles = useRoles(canRoles);
  const audit = useLatestAudit(canAudit);
  const name = access?.me.user.display_name ?? '';
  const cards = useDashboardCards().filter((c) => !c.permission || access?.can(c.permission));

  const maxMembers = Math.max(1, ...(roles.data ?? []).map((r) => r.member_count));

  return (
    <>
      {/* Without a name (the shell the build prerenders, src/shell): a greeting, not "Hello, ". */}
      <PageHeader title={name ? t('title', { name }) : t('titleWithoutName')} description={t('description')} />
      {access?.can('presence.read') && <LivePresenceCards />}
      {cards.map((card) => (
        <Suspense key={card.id} fallback={<Loader size="sm" aria-label={t('loading')} />}>
          <card.component />
        </Suspense>
      ))}
      {canUsers && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md">
          <Stat icon={<IconUsers size={22} />} label={t('stats.total')} loading={counts.isPending} error={counts.error}>
            {counts.data && formatNumber(counts.data.total, language)}
          </Stat>
          <Stat
            icon={<IconUserPlus size={22} />}
            label={t('stats.newThisWeek')}
            loading={counts.isPending}
            error={counts.error}
          >
            {counts.data && formatNumber(counts.data.newThisWeek, language)}
          </Stat>
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {canRoles && (
          <Card withBorder padding="lg" component="section" aria-labelledby="per-role">
            <Group justify="space-between" mb="md">
              <Title order={2} size="h4" id="per-role">
                {t('perRole.title')}
              </Title>
              <Anchor component={Link} to="/roles" size="sm">
                {t('perRole.link')}
              </Anchor>
            </Group>
            {roles.isPending && <Loader size="sm" aria-label={t('loading')} />}
            {roles.isError && <ErrorState error={roles.error} onRetry={() => void roles.refetch()} />}
            <Stack gap="sm">
              {roles.data?.map((r) => (
                <div key={r.id}>
                  <Group justify="space-between" mb={4}>
                    <RoleChip name={r.name} color={r.color} />
                    <Text size="sm" fw={600}>
                      {formatNumber(r.member_count, language)}
                    </Text>
                  </Group>
                  <Progress
                    value={(r.member_count / maxMembers) * 100}
                    color={r.color ?? 'gray'}
                    size="sm"
                    aria-label={t('perRole.bar', { role: r.name, count: r.member_count })}
                  />
                </div>
              ))}
            </Stack>
          </Card>
        )}
        {canAudit && (
          <Card withBorder padding="lg" component="section" aria-labelledby="latest-audit">
            <Group justify="space-between" mb="md">
              <Title order={2} size="h4" id="latest-audit">
                {t('audit.title')}
              </Title>
              <Anchor component={Link} to="/audit" size="sm">
                {t('audit.link')}
              </Anchor>
            </Group>
            {audit.isPending && <Loader size="sm" aria-label={t('loading')} />}
            {audit.isError && <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />}
            {audit.data?.items.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('audit.empty')}
              </Text>
            )}
            <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {audit.data?.items.map((e) => (
                <Group key={e.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
                  <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                    <IconHistory size={16} aria-hidden style={{ flex: 'none' }} />
                    <Text size="sm" truncate>
                      <Text span fw={600} size="sm">
                        {auditActionLabel(e.action)}
                      </Text>{' '}
                      · <ActorName userId={e.actor_user_id} apiKeyId={e.actor_api_key_id} />
                    </Text>
                    {e.result !== 'success' && (
                      <Badge size="xs" color={resultColors[e.result] ?? 'gray'} variant="light">
                        {t(`audit.results.${e.result === 'fail' ? 'fail' : 'denied'}`)}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
                    <RelativeTime value={e.timestamp} />
                  </Text>
                </Group>
              ))}
            </Stack>
          </Card>
        )}
      </SimpleGrid>
      {!canUsers && !canRoles && !canAudit && access && <Text c="dimmed">{t('nothing')}</Text>}
    </>
  );
}

interface StatProps {
  icon: ReactNode;
  label: string;
  loading: boolean;
  error: unknown;
  children: ReactNode;
}

function Stat({ icon, label, loading, error, children }: StatProps) {
  return (
    <Card withBorder padding="lg">
      <Group gap="md" wrap="nowrap">
        <Badge size="xl" circle variant="light" h={44} w={44} aria-hidden>
          {icon}
        </Badge>
        <div>
          <Text size="sm" c="dimmed">
            {label}
          </Text>
          {loading ? (
            <Loader size="sm" />
          ) : error ? (
            <ErrorState error={error} />
          ) : (
            <Text fz={28} fw={700} lh={1.1}>
              {children}
            </Text>
          )}
        </div>
      </Group>
    </Card>
  );
}
