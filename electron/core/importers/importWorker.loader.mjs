// Worker entry when running from TypeScript sources (tests, CLI, browser host): load tsx first.
import { register } from 'tsx/esm/api';

register();
await import('./importWorker.ts');
