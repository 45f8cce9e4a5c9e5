import { z } from 'zod';
import { method } from './define';
import { searchInput } from './library';
import type { SearchResult } from '../model/library';

/**
 * Browsing by filters alone (no words): everything of the chosen types with the chosen tags,
 * outlet and dates, newest first, with exact counts and paging as deep as the library goes, so a
 * list can scroll through all 100,000 excerpts.
 */
export const browseInput = searchInput
  .omit({ text: true, offset: true })
  .extend({
    offset: z.number().int().min(0).max(100_000_000).default(0),
    /** False when fetching a further page of one type: its count is known already and costs a scan. */
    withCounts: z.boolean().default(true),
  })
  .strict();

export const browseApi = {
  'library.browse': method(browseInput).returns<SearchResult>(),
};
