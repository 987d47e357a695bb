import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { Spotlight } from '@mantine/spotlight';
import { useDebouncedValue } from '@mantine/hooks';
import {
  IconClock,
  IconLanguage,
  IconMoon,
  IconPlus,
  IconSearch,
  IconShield,
  IconSun,
  IconUserPlus,
  type Icon,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { RoleChip } from '@/components/role-chip';
import { UserAvatar } from '@/components/user-avatar';
import { useRoles } from '@/lib/api/list-roles';
import { useAccess } from '@/lib/auth/use-access';
import { languages } from '@/lib/i18n/resources';
import { useRecentItems } from '@/lib/recent-items';
import { useSearchUsers } from '@/features/users/api/search-users';
import { navItems } from './features';
import { paletteStore } from './palette-store';

interface PaletteAction {
  id: string;
  label: string;
  icon: Icon;
  run: () => void;
}

/** Ctrl/Cmd+K: do something (add a member, create a role, switch theme or language), or jump to a recent item, a page, a member (searched on the server) or a role. */
export function CommandPalette() {
  const { t, i18n } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('dark');
  const recent = useRecentItems();
  const navigate = useNavigate();
  const access = useAccess();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const canUsers = access?.can('users.read') ?? false;
  const canRoles = access?.can('roles.read') ?? false;
  const members = useSearchUsers(debounced, canUsers && debounced.length > 0);
  // Asked for once the palette has opened, not with every page's first render.
  // Opened already when the shortcut was pressed before the palette mounted.
  const [opened, setOpened] = useState(() => paletteStore.getState().opened);
  const roles = useRoles(canRoles && opened);
  const needle = query.trim().toLowerCase();

  const pages = navItems
    .filter((i) => !i.permission || access?.can(i.permission))
    .filter((i) => !needle || t(i.labelKey).toLowerCase().includes(needle));
  const roleHits = (roles.data ?? []).filter((r) => needle && r.name.toLowerCase().includes(needle)).slice(0, 6);
  const memberHits = debounced ? (members.data?.items ?? []) : [];
  const go = (to: string) => void navigate(to);

  const otherLanguage = languages.find((l) => l !== i18n.resolvedLanguage) ?? 'en';
  const actions: PaletteAction[] = [
    ...(access?.can('users.create')
      ? [{ id: 'add-member', label: t('palette.addMember'), icon: IconUserPlus, run: () => go('/members?new=member') }]
      : []),
    ...(access?.can('roles.manage')
      ? [{ id: 'create-role', label: t('palette.createRole'), icon: IconPlus, run: () => go('/roles?new=role') }]
      : []),
    {
      id: 'theme',
      label: scheme === 'dark' ? t('palette.lightTheme') : t('palette.darkTheme'),
      icon: scheme === 'dark' ? IconSun : IconMoon,
      run: () => setColorScheme(scheme === 'dark' ? 'light' : 'dark'),
    },
    {
      id: 'language',
      label: t(`palette.languageTo.${otherLanguage}`),
      icon: IconLanguage,
      run: () => void i18n.changeLanguage(otherLanguage),
    },
  ].filter((a) => !needle || a.label.toLowerCase().includes(needle));
  const recentHits = recent.filter((r) => !needle || r.label.toLowerCase().includes(needle));

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      store={paletteStore}
      shortcut={null}
      scrollable
      maxHeight={440}
      clearQueryOnClose
      onSpotlightOpen={() => setOpened(true)}
    >
      <Spotlight.Search
        placeholder={t('palette.placeholder')}
        leftSection={<IconSearch size={18} aria-hidden />}
        aria-label={t('palette.placeholder')}
      />
      <Spotlight.ActionsList aria-label={t('palette.results')}>
        {actions.length > 0 && (
          <Spotlight.ActionsGroup label={t('palette.actions')}>
            {actions.map((a) => (
              <Spotlight.Action
                key={a.id}
                label={a.label}
                leftSection={<a.icon size={18} aria-hidden />}
                onClick={a.run}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {recentHits.length > 0 && (
          <Spotlight.ActionsGroup label={t('palette.recent')}>
            {recentHits.map((r) => (
              <Spotlight.Action
                key={`${r.kind}-${r.id}`}
                label={r.label}
                description={t(r.kind === 'member' ? 'palette.recentMember' : 'palette.recentRole')}
                leftSection={<IconClock size={18} aria-hidden />}
                onClick={() => go(r.to)}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {pages.length > 0 && (
          <Spotlight.ActionsGroup label={t('palette.pages')}>
            {pages.map((p) => (
              <Spotlight.Action
                key={p.to}
                label={t(p.labelKey)}
                leftSection={<p.icon size={18} aria-hidden />}
                onClick={() => go(p.to)}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {memberHits.length > 0 && (
          <Spotlight.ActionsGroup label={t('palette.members')}>
            {memberHits.map((u) => (
              <Spotlight.Action
                key={u.id}
                label={u.display_name}
                description={`@${u.username}`}
                leftSection={
                  <UserAvatar name={u.display_name} src={u.avatar_url} status={u.status} userId={u.id} size={28} />
                }
                onClick={() => go(`/members/${u.id}`)}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {roleHits.length > 0 && (
          <Spotlight.ActionsGroup label={t('palette.roles')}>
            {roleHits.map((r) => (
              <Spotlight.Action
                key={r.id}
                label={r.name}
                leftSection={<IconShield size={18} aria-hidden />}
                rightSection={<RoleChip name={r.name} color={r.color} size="xs" />}
                onClick={() => go(`/roles/${r.id}`)}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {actions.length === 0 &&
          recentHits.length === 0 &&
          pages.length === 0 &&
          memberHits.length === 0 &&
          roleHits.length === 0 && (
            <Spotlight.Empty>{members.isFetching ? t('palette.searching') : t('palette.nothing')}</Spotlight.Empty>
          )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
