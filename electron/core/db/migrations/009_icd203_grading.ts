import type { Migration } from './types';

/**
 * ICD 203 keeps likelihood and analytic confidence apart. Until now `claims.confidence` held the
 * likelihood term (almost no chance … almost certain); it moves to `likelihood`, and `confidence`
 * becomes the analyst's confidence (low / moderate / high), empty for every existing claim since
 * nobody has stated it yet. Claims gain a handling marking; sources and excerpts an optional
 * Admiralty grading (reliability A–F, credibility 1–6).
 */
export const icd203GradingMigration: Migration = {
  version: 9,
  name: 'icd203_grading',
  up(db) {
    db.exec(`
      ALTER TABLE claims ADD COLUMN likelihood TEXT;
      UPDATE claims SET likelihood = confidence, confidence = NULL;
      ALTER TABLE claims ADD COLUMN marking TEXT;

      ALTER TABLE sources ADD COLUMN reliability TEXT
        CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'));
      ALTER TABLE sources ADD COLUMN credibility INTEGER CHECK (credibility BETWEEN 1 AND 6);
      ALTER TABLE excerpts ADD COLUMN reliability TEXT
        CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'));
      ALTER TABLE excerpts ADD COLUMN credibility INTEGER CHECK (credibility BETWEEN 1 AND 6);
    `);
  },
};
