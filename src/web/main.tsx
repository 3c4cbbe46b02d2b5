import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getCsrfToken, setRequestLanguage } from './api/client';
import { App } from './App';
import { currentLanguage, setUpI18n } from './i18n';
import './styles/index.css';

const i18n = setUpI18n();
setRequestLanguage(currentLanguage());
i18n.on('languageChanged', () => setRequestLanguage(currentLanguage()));

// Fetch the CSRF token early; a failure here is retried by the first request that needs it.
getCsrfToken().catch(() => undefined);

const container = document.getElementById('root');
if (!container) throw new Error('The #root element is missing from index.html.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
