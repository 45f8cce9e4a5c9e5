import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap, defaultPaths } from './bootstrap';

bootstrap(defaultPaths(dirname(fileURLToPath(import.meta.url))));
