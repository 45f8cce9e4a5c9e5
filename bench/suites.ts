import { librarySuite } from './library.bench';
import type { BenchSuite } from './types';

/** Every benchmark suite, run in this order by `npm run bench`. Each area adds its own file. */
export const suites: BenchSuite[] = [librarySuite];
