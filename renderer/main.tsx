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

// Browser mode: this version's fonts and harfbuzz kept on the PC, so papers print without the
// server. After the start, not competing with it; a no-op in the installed app.
setTimeout(() => void keepDocumentAssetsOffline(), 3000);
