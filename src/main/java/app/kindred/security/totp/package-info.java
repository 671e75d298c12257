/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them, and the QR code that
 * hands a new secret to such an app.
 */
package app.kindred.security.totp;
