import { Button, Loader, Text, UnstyledButton } from '@mantine/core';
import { useDebouncedValue, useLocalStorage } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { RelativeTime } from '@/components/relative-time';
import { UserAvatar } from '@/components/user-avatar';
import { formatNumber } from '@/lib/format';
import { useOfflineMembers, type OfflineFilter } from '../api/list-offline-members';
import { MemberName } from './member-name';
import classes from './online-list.module.css';

interface OfflineSectionProps {
  filter: OfflineFilter;
  /** How many are online: when it moves, someone may have gone offline (or come back), so the list is asked again. */
  onlineCount: number;
}

/**
 * Discord's "Offline — N" group under the online members: collapsed or open as the admin left it
 * (remembered in this browser), with the page's search and role filter applied, most recently seen first.
 */
export function OfflineSection({ filter, onlineCount }: OfflineSectionProps) {
  const { t, i18n } = useTranslation('live');
  const [open, setOpen] = useLocalStorage({
    key: 'gatehouse.online.offline-open',
    defaultValue: false,
    getInitialValueInEffect: false,
  });
  const [debouncedQ] = useDebouncedValue(filter.q.trim(), 250);
  const query = useOfflineMembers({ q: debouncedQ, roleId: filter.roleId }, true);
  const [settledCount] = useDebouncedValue(onlineCount, 1000);
  const { refetch } = query;
  const asked = useRef(settledCount);
  useEffect(() => {
    if (asked.current === settledCount) return;
    asked.current = settledCount;
    void refetch();
  }, [settledCount, refetch]);

  const total = query.data?.pages[0]?.total;
  const rows = query.data?.pages.flatMap((p) => p.items) ?? [];
  const language = i18n.resolvedLanguage ?? 'en';
  const count = total == null ? '…' : formatNumber(total, language);

  return (
    <section className={classes.group} aria-labelledby="online-group-offline" data-testid="offline-section">
      <h2 id="online-group-offline" className={classes.offlineHeading}>
        <UnstyledButton
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          aria-controls="offline-members"
          className={classes.offlineToggle}
          data-testid="offline-toggle"
        >
          {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          <span className={classes.swatch} aria-hidden />
          <span aria-hidden>{t('online.offlineHeading', { count })}</span>
          <span className="gh-visually-hidden">{t('online.offlineLabel', { count: total ?? 0 })}</span>
        </UnstyledButton>
      </h2>
      <div id="offline-members" hidden={!open}>
        {open &&
          (query.isPending ? (
            <Loader size="sm" aria-label={t('online.connecting')} />
          ) : query.isError ? (
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          ) : rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('online.offlineEmpty')}
            </Text>
          ) : (
            <ul className={classes.list}>
              {rows.map((user) => (
                <li key={user.id} className={classes.row} data-testid="offline-member" data-presence="offline">
                  <UserAvatar name={user.display_name} src={user.avatar_url} status="offline" size={36} />
                  <div className={classes.text}>
                    <MemberName userId={user.id} name={user.display_name} roles={user.roles} link />
                    <Text size="xs" c="dimmed" truncate>
                      {t('online.lastSeen')} <RelativeTime value={user.last_seen_at} />
                    </Text>
                  </div>
                </li>
              ))}
            </ul>
          ))}
        {open && query.hasNextPage && (
          <Button
            variant="default"
            size="xs"
            mt="sm"
            onClick={() => void query.fetchNextPage()}
            loading={query.isFetchingNextPage}
          >
            {t('online.offlineMore')}
          </Button>
        )}
      </div>
    </section>
  );
}
