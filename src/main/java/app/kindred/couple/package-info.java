/**
 * Couples and their two partners: who they are, which clinician sees them, and whether their
 * therapy is active, paused or closed.
 */
package app.kindred.couple;
