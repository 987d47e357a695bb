import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilterOff, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { useAccess } from '@/lib/auth/use-access';
import { useOpenedOnce } from '@/lib/use-opened-once';
import { formatNumber } from '@/lib/format';
import { useMembers } from '../api/list-users';
import { BulkBar } from '../components/bulk-bar';
import { CreateMemberDialog } from '../components/create-member-dialog';
import { MembersFilters } from '../components/members-filters';
import { MembersTable } from '../components/members-table';
import { MembersTransfer } from '../components/members-transfer';
import { SavedViews } from '../components/saved-views';
import { useMemberFilters } from '../components/use-member-filters';
import classes from './members-page.module.css';

export function MembersPage() {
  const { t, i18n } = useTranslation('members');
  const access = useAccess();
  const { filters, setFilters, active, clear } = useMemberFilters();
  const query = useMembers(filters);
  const [creatingHere, { open, close: closeHere }] = useDisclosure(false);
  // The command palette's "Add a member" lands here with ?new=member.
  const [params, setParams] = useSearchParams();
  const creating = creatingHere || (params.get('new') === 'member' && (access?.can('users.create') ?? false));
  const createMounted = useOpenedOnce(creating);
  const close = () => {
    closeHere();
    if (params.has('new'))
      setParams(
        (p) => {
          p.delete('new');
          return p;
        },
        { replace: true },
      );
  };
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // "Select all N matches": the batch then acts on the filters, not on the rows loaded so far.
  // Remembered with the filters it was made for, so changing a filter drops it.
  const [allMatchesOf, setAllMatchesOf] = useState<string | null>(null);
  const filtersKey = JSON.stringify(filters);
  const allMatches = allMatchesOf === filtersKey;
  const setAllMatches = useCallback((on: boolean) => setAllMatchesOf(on ? filtersKey : null), [filtersKey]);
  const clearSelection = useCallback(() => {
    setSelected(new Set());
    setAllMatchesOf(null);
  }, []);

  const members = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const total = query.data?.pages[0]?.total ?? undefined;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  const toggle = useCallback(
    (id: string) => {
      setAllMatches(false);
      setSelected((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      });
    },
    [setAllMatches],
  );
  const toggleAll = useCallback(
    (select: boolean) => {
      setAllMatches(false);
      setSelected(select ? new Set(members.map((m) => m.id)) : new Set());
    },
    [members, setAllMatches],
  );

  const canCreate = access?.can('users.create') ?? false;
  let body;
  if (query.isPending) body = <Loader mx="auto" my="xl" aria-label={t('loading')} />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (members.length === 0)
    body =
      active > 0 ? (
        <EmptyState
          icon={<IconFilterOff size={24} />}
          title={t('empty.filteredTitle')}
          action={
            <Button variant="default" onClick={clear}>
              {t('filters.clear')}
            </Button>
          }
        >
          {t('empty.filtered')}
        </EmptyState>
      ) : (
        <EmptyState
          icon={<IconUsers size={24} />}
          title={t('empty.title')}
          action={
            canCreate && (
              <Button leftSection={<IconUserPlus size={16} />} onClick={open}>
                {t('create.open')}
              </Button>
            )
          }
        >
          {t('empty.body')}
        </EmptyState>
      );
  else
    body = (
      <MembersTable
        members={members}
        total={total}
        hasMore={hasNextPage}
        loadingMore={isFetchingNextPage}
        onLoadMore={loadMore}
        selected={selected}
        onToggle={toggle}
        onToggleAll={toggleAll}
        sort={filters.sort ?? 'username'}
        onSort={(sort) => setFilters({ sort: sort === 'username' ? undefined : sort })}
      />
    );

  return (
    <Stack gap={0} className={classes.page}>
      <PageHeader
        title={t('title')}
        description={
          total !== undefined ? (
            <Text span size="sm" aria-live="polite" data-testid="members-total">
              {t('count', { count: total, formatted: formatNumber(total, i18n.resolvedLanguage ?? 'en') })}
            </Text>
          ) : (
            t('description')
          )
        }
        actions={
          <Group gap="xs">
            <SavedViews />
            <MembersTransfer filters={filters} />
            <Button
              leftSection={<IconUserPlus size={16} />}
              onClick={open}
              disabled={!canCreate}
              title={canCreate ? undefined : t('reasons.needPermission', { permission: 'users.create' })}
            >
              {t('create.open')}
            </Button>
          </Group>
        }
      />
      <MembersFilters filters={filters} onChange={setFilters} active={active} onClear={clear} />
      {selected.size > 0 && (
        <BulkBar
          ids={[...selected]}
          allMatches={allMatches && total !== undefined ? { filters, total } : undefined}
          matchTotal={selected.size === members.length ? total : undefined}
          onSelectAllMatches={() => setAllMatches(true)}
          onDone={clearSelection}
        />
      )}
      {body}
      {createMounted && <CreateMemberDialog opened={creating} onClose={close} />}
    </Stack>
  );
}
