import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { restoreSession } from './lib/auth/session';
import { loadBundle } from './lib/i18n/resources';
import { detectLanguage, setupI18n } from './lib/i18n/setup';

// The access token is never stored: a reload asks the refresh cookie for a new one (boot.js has
// usually asked already, while these scripts loaded).
void restoreSession();

// Only the UI language's translations: boot.js has preloaded its chunk alongside this one.
const language = detectLanguage();
void loadBundle(language).then((bundle) => {
  setupI18n(language, bundle);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
