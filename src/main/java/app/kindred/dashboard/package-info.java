/** The caseload dashboard a clinician lands on after signing in. */
package app.kindred.dashboard;
