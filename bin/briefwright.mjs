#!/usr/bin/env node
// Runs the TypeScript CLI directly, so `npx briefwright` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../electron/hosts/cli.ts');
