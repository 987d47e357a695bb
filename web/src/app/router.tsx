import { createBrowserRouter, Outlet } from 'react-router';
import { LoginPage } from '@/features/auth/routes/login-page';
import { SetupPage } from '@/features/auth/routes/setup-page';
import { ApiKeysPage } from '@/features/api-keys/routes/api-keys-page';
import { AuditPage } from '@/features/audit/routes/audit-page';
import { DashboardPage } from '@/features/dashboard/routes/dashboard-page';
import { MemberPage } from '@/features/members/routes/member-page';
import { MembersPage } from '@/features/members/routes/members-page';
import { OnlinePage } from '@/features/online/routes/online-page';
import { RolePage } from '@/features/roles/routes/role-page';
import { RolesPage } from '@/features/roles/routes/roles-page';
import { LanguageSwitcher } from '@/features/settings/components/language-switcher';
import { ThemeToggle } from '@/features/settings/components/theme-toggle';
import { WebhooksPage } from '@/features/webhooks/routes/webhooks-page';
import { SettingsPage } from '@/features/settings/routes/settings-page';
import { AppLayout } from './app-layout';
import { DocumentTitle } from './document-title';
import { NotFoundPage } from './not-found-page';
import { RequirePermission } from './require-permission';
import { RequireSession } from './require-session';

const toolbar = (
  <>
    <LanguageSwitcher />
    <ThemeToggle />
  </>
);

/** Every route of the app, in one place. */
export function createRouter() {
  return createBrowserRouter([
    {
      element: (
        <>
          <DocumentTitle />
          <Outlet />
        </>
      ),
      children: [
        { path: '/login', element: <LoginPage toolbar={toolbar} /> },
        { path: '/setup', element: <SetupPage toolbar={toolbar} /> },
        {
          element: (
            <RequireSession>
              <AppLayout />
            </RequireSession>
          ),
          children: [
            { index: true, element: <DashboardPage /> },
            {
              path: 'members',
              element: (
                <RequirePermission permission="users.read">
                  <MembersPage />
                </RequirePermission>
              ),
            },
            {
              path: 'members/:id',
              element: (
                <RequirePermission permission="users.read">
                  <MemberPage />
                </RequirePermission>
              ),
            },
            {
              path: 'online',
              element: (
                <RequirePermission permission="presence.read">
                  <OnlinePage />
                </RequirePermission>
              ),
            },
            {
              path: 'roles',
              element: (
                <RequirePermission permission="roles.read">
                  <RolesPage />
                </RequirePermission>
              ),
            },
            {
              path: 'roles/:id',
              element: (
                <RequirePermission permission="roles.read">
                  <RolePage />
                </RequirePermission>
              ),
            },
            {
              path: 'audit',
              element: (
                <RequirePermission permission="audit.read">
                  <AuditPage />
                </RequirePermission>
              ),
            },
            {
              path: 'webhooks',
              element: (
                <RequirePermission permission="webhooks.manage">
                  <WebhooksPage />
                </RequirePermission>
              ),
            },
            {
              path: 'api-keys',
              element: (
                <RequirePermission permission="apikeys.manage">
                  <ApiKeysPage />
                </RequirePermission>
              ),
            },
            { path: 'settings', element: <SettingsPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
