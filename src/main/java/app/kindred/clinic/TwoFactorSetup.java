package app.kindred.clinic;

/**
 * What a clinician needs to add Kindred to an authenticator app: the QR code (a PNG data URI) and
 * the same secret in base32, grouped by four for typing it in by hand.
 */
public record TwoFactorSetup(String qrCodeDataUri, String secretForTyping) {
}
