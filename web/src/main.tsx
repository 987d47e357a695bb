// First, so the boot script knows the app's code has started (see the module).
import './shell/app-starting';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createRoutes, resolveInitialRoutes } from './app/router';
import { restoreSession } from './lib/auth/session';
import { loadBundle } from './lib/i18n/resources';
import { detectLanguage, setupI18n } from './lib/i18n/setup';

// The access token is never stored: a reload asks the refresh cookie for a new one (boot.js has
// usually asked already, while these scripts loaded).
const restored = restoreSession();

// Only the UI language's translations: boot.js has preloaded its chunk alongside this one.
const language = detectLanguage();
const routes = createRoutes();
// The first render waits for what it would otherwise render twice for: the session (else the frame
// renders the splash first) and the address's route modules (else the router renders its fallback
// first). All three were asked for by boot.js and are usually in by now; the HTML's splash shows
// meanwhile.
void Promise.all([loadBundle(language), restored, resolveInitialRoutes(routes, window.location.pathname)]).then(
  ([bundle]) => {
    setupI18n(language, bundle);
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App routes={routes} />
      </StrictMode>,
    );
  },
);
