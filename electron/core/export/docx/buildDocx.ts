import { briefOfJob, type PdfJob, type PdfJobResult } from '../pdf/buildPdf';
import { docxBytes } from './briefToDocx';

/** Makes the Word file for an export job: the same brief and citations as the PDF. */
export async function buildDocx(job: PdfJob): Promise<PdfJobResult> {
  const { brief, citations } = briefOfJob(job);
  const bytes = await docxBytes({ brief, options: job.options, citations, keywords: job.keywords });
  // Word lays out pages itself; the page count is not known until it opens the file.
  return { bytes, pages: 0, warnings: brief.warnings };
}
