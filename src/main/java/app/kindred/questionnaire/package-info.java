/**
 * The questionnaire feature: the versioned instruments a partner answers (eic-22 and its later
 * versions), loaded and validated from {@code instruments/*.json} at start-up, so that every
 * response can always be scored with the exact version it was answered on. The pure scoring
 * arithmetic lives in the {@code scoring} sub-package.
 */
package app.kindred.questionnaire;
