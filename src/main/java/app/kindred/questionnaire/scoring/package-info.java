/**
 * The scoring engine: pure arithmetic from one partner's answers to condition scores, the two
 * halves and the intimacy index, plus the couple comparison, change over sessions (RCI) and the
 * clinical flags. No UI, database or Spring here, so that every number the app shows can be
 * checked by hand against DESIGN.md and tested in milliseconds. Scores are always derived from the
 * stored answers; nothing here is the source of truth.
 */
package app.kindred.questionnaire.scoring;
