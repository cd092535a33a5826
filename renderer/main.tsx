import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { keepDocumentAssetsOffline } from './documents';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Browser mode: this version's fonts and harfbuzz (≈ 20 MB) kept on the PC, so papers print
// without the server. Well after the start and when the page is idle, not competing with the
// login or the first screen; a no-op in the installed app.
setTimeout(() => requestIdleCallback(() => void keepDocumentAssetsOffline(), { timeout: 5000 }), 10_000);
