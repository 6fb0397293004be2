import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/base.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/editor.css';
import './styles/operations.css';
import './styles/insights.css';
import { applyTheme } from './components';
import { App } from './app/app';

applyTheme();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
