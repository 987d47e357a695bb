import { ActionIcon, AppShell, Burger, Group, Kbd, NavLink, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconLogout, IconSearch } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { DemoBadge } from '@/components/demo-badge';
import { LiveConnectionBanner } from '@/components/live-connection-banner';
import { LivePresenceValue } from '@/components/live-presence';
import { UserAvatar } from '@/components/user-avatar';
import { AfterFirstPaint } from '@/lib/after-first-paint';
import { useAccess } from '@/lib/auth/use-access';
import { useLiveConnectionLifecycle } from '@/lib/live/use-live';
import { isApple } from '@/lib/platform';
import { useLogout } from '@/features/auth/api/logout';
import { LanguageSwitcher } from '@/features/settings/components/language-switcher';
import { ThemeToggle } from '@/features/settings/components/theme-toggle';
import classes from './app-layout.module.css';
import { CommandPalette } from './command-palette';
import { navItems } from './features';
import { palette } from './palette-store';

/** Discord-like frame: a left navigation (a drawer on phones), a slim top bar, the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();
  const access = useAccess();
  const logout = useLogout();
  useLiveConnectionLifecycle();
  // The palette renders after the first paint; its shortcut works from the first frame (it opens the
  // palette's store, which the palette reads when it mounts).
  useHotkeys([['mod + K', palette.open]]);

  useEffect(close, [location.pathname, close]);

  const items = navItems.filter((i) => !i.permission || access?.can(i.permission));
  const active = (to: string) => (to === '/' ? location.pathname === '/' : location.pathname.startsWith(to));
  const me = access?.me.user;

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
      classNames={{ navbar: classes.navbar, header: classes.header, main: classes.main }}
    >
      <a href="#main-content" className="gh-skip-link">
        {t('skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <UnstyledButton component={Link} to="/" className={classes.brand} aria-label={t('nav.home')}>
              <img src="/favicon.svg" alt="" width={26} height={26} />
              <Text fw={800} size="lg" visibleFrom="xs">
                Gatehouse
              </Text>
            </UnstyledButton>
          </Group>
          <Group gap={4} wrap="nowrap">
            <DemoBadge />
            <UnstyledButton className={classes.search} onClick={palette.open} data-testid="open-palette">
              <IconSearch size={16} aria-hidden />
              <span className="gh-visually-hidden">{t('palette.open')}</span>
              <Text size="sm" c="dimmed" visibleFrom="sm">
                {t('palette.hint')}
              </Text>
              <Group gap={2} visibleFrom="sm" aria-hidden>
                <Kbd size="xs">{isApple() ? '⌘' : 'Ctrl'}</Kbd>
                <Kbd size="xs">K</Kbd>
              </Group>
            </UnstyledButton>
            <LanguageSwitcher />
            <ThemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        <AppShell.Section grow component="nav" aria-label={t('nav.label')} className={classes.links}>
          {items.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.labelKey)}
              leftSection={<item.icon size={20} stroke={1.7} aria-hidden />}
              active={active(item.to)}
              aria-current={active(item.to) ? 'page' : undefined}
              className={classes.link}
              variant="light"
            />
          ))}
        </AppShell.Section>
        {me && (
          <AppShell.Section className={classes.user}>
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <UnstyledButton component={Link} to={`/members/${me.id}`} className={classes.me} title={t('nav.profile')}>
                <UserAvatar name={me.display_name} src={me.avatar_url} status={me.status} userId={me.id} size={32} />
                <div className={classes.meText}>
                  <Text size="sm" fw={600} truncate>
                    {me.display_name}
                  </Text>
                  <LivePresenceValue userId={me.id} status={me.status}>
                    {(presence) => (
                      <Text size="xs" c="dimmed" truncate>
                        {/* Your site presence, not the panel's connection: say so when you are not on the site. */}
                        {t(presence === 'offline' ? 'presence.selfOffline' : `presence.${presence}`)}
                      </Text>
                    )}
                  </LivePresenceValue>
                </div>
              </UnstyledButton>
              <Tooltip label={t('signOut')} withArrow>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={t('signOut')}
                  loading={logout.isPending}
                  onClick={() =>
                    logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })
                  }
                  data-testid="sign-out"
                >
                  <IconLogout size={18} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </AppShell.Section>
        )}
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <LiveConnectionBanner />
        <Outlet />
      </AppShell.Main>
      <AfterFirstPaint>
        <CommandPalette />
      </AfterFirstPaint>
    </AppShell>
  );
}
