/**
 * Invitation links that let a partner answer the questionnaire for one session: tokens (stored
 * hashed), expiry, revoking, re-sending, email delivery and reminders, and the client's side of a
 * link (opening it, saving answers as they are given, submitting). Its {@code ui} package holds
 * the anonymous questionnaire at {@code /q/{token}} and the clinician's session invitations.
 */
package app.kindred.invitation;
