import { DirectionProvider, localStorageColorSchemeManager, MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { setNonce } from 'get-nonce';
import 'dayjs/locale/fr';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StepUpDialog } from '@/components/step-up-dialog';
import { AfterFirstPaint } from '@/lib/after-first-paint';
import { DashboardCardsContext } from '@/lib/dashboard-cards';
import { MemberMenuItemsContext, MemberTabsContext } from '@/lib/member-tabs';
import { dashboardCards, memberMenuItems, memberTabs } from './features';
import { PRERENDER_NONCE } from '@/shell/markers';
import { cssVariablesResolver, theme } from './theme';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'gatehouse.color-scheme' });

/** The nonce the server put in index.html; Mantine stamps it on the style elements it injects (CSP). */
function styleNonce(): string {
  // Prerendered at build time (src/shell): boot.js puts the page's nonce in place of this one.
  if (typeof document === 'undefined') return PRERENDER_NONCE;
  return document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';
}
const nonce = styleNonce();
// Modals lock the page's scroll with a <style> of their own (react-remove-scroll, through Mantine): it
// takes its nonce from get-nonce, else the CSP refuses it and the page behind a dialog keeps scrolling.
setNonce(nonce);

interface ProvidersProps {
  queryClient: QueryClient;
  /** Only for the build's prerender (src/shell), which renders each colour scheme's shell. */
  forceColorScheme?: 'light' | 'dark';
  children: ReactNode;
}

export function Providers({ queryClient, forceColorScheme, children }: ProvidersProps) {
  const { t, i18n } = useTranslation();
  // Every dialog's and drawer's close button says what it does, in the UI's language (axe: button-name).
  const themed = useMemo(() => {
    const closeButtonProps = { 'aria-label': t('actions.close') };
    return mergeThemeOverrides(theme, {
      components: { Modal: { defaultProps: { closeButtonProps } }, Drawer: { defaultProps: { closeButtonProps } } },
    });
  }, [t]);
  return (
    <QueryClientProvider client={queryClient}>
      <DirectionProvider>
        <MantineProvider
          theme={themed}
          defaultColorScheme="dark"
          forceColorScheme={forceColorScheme}
          colorSchemeManager={colorSchemeManager}
          cssVariablesResolver={cssVariablesResolver}
          getStyleNonce={() => nonce}
        >
          <DatesProvider
            settings={{ locale: i18n.resolvedLanguage ?? 'en', firstDayOfWeek: i18n.resolvedLanguage === 'fr' ? 1 : 0 }}
          >
            <ModalsProvider labels={{ confirm: t('actions.confirm'), cancel: t('actions.cancel') }}>
              {/* Neither shows on the first frame: a notice shown before is kept in the store until then. */}
              <AfterFirstPaint>
                {/* Top right: at the bottom, a notice covered the save bar's Save button. */}
                <Notifications position="top-right" />
                <StepUpDialog />
              </AfterFirstPaint>
              <MemberTabsContext.Provider value={memberTabs}>
                <MemberMenuItemsContext.Provider value={memberMenuItems}>
                  <DashboardCardsContext.Provider value={dashboardCards}>{children}</DashboardCardsContext.Provider>
                </MemberMenuItemsContext.Provider>
              </MemberTabsContext.Provider>
            </ModalsProvider>
          </DatesProvider>
        </MantineProvider>
      </DirectionProvider>
    </QueryClientProvider>
  );
}
