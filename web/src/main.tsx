// Entry point: NL Design System tokens and components, then our own layout.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/component-library-css';
import './app/styles.css';
import { App } from './app/app';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
