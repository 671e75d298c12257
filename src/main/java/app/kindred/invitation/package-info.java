/**
 * Invitation links that let a partner answer the questionnaire for one session: tokens (stored
 * hashed), expiry, revoking, re-sending, email delivery and reminders.
 */
package app.kindred.invitation;
