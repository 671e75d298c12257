/**
 * Encryption of sensitive columns at rest: AES-GCM with the id of its key stored in each value, so
 * keys can rotate without rewriting old rows; keys from the environment or, for the embedded
 * database, from a key file kept next to the data.
 */
package app.kindred.security.crypto;
