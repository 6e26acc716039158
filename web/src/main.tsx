// Entry point of the web app: takes a write token handed over in the URL, then renders.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { takeTokenFromUrl } from './api/token.js';
import { App } from './app.js';
import './styles.css';

takeTokenFromUrl();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>,
);
