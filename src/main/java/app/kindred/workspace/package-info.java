/**
 * The couple workspace, where a therapist works with one couple: header and flags, score chart,
 * condition heatmap, side-by-side comparison, sessions with their invitations, and observations.
 * It has its own package because it brings together couple, sessions, invitations, scores and
 * observations, which must not depend on each other in a circle.
 */
package app.kindred.workspace;
