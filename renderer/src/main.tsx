import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { showFatalMessage } from './app/fatalMessage';
import './app/app.css';

const root = document.getElementById('root')!;
createRoot(root, {
  onUncaughtError: (error) => {
    console.error(error);
    showFatalMessage(root);
  },
}).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
