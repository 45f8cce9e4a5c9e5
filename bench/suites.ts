import { editorBench } from './editor.bench';
import { exportSuite } from './export.bench';
import { librarySuite } from './library.bench';
import { libraryUiSuite } from './libraryUi.bench';
import type { BenchSuite } from './types';
import { webImportSuite } from './webImport.bench';

/** Every benchmark suite, run in this order by `npm run bench`. Each area adds its own file. */
export const suites: BenchSuite[] = [
  librarySuite,
  libraryUiSuite,
  editorBench,
  exportSuite,
  webImportSuite,
];
