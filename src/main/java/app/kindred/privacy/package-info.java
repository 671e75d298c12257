/**
 * Privacy operations on one couple for its clinic's admin: the right of access (everything stored
 * about the couple as one JSON file) and the right to erasure (names, emails and observation texts
 * removed, anonymous scores kept). Both are explicit, confirmed and audited; nothing else in the
 * app deletes a couple's data.
 */
package app.kindred.privacy;
