/**
 * The clinic (the tenant) and the people who sign in to it: clinicians and clinic admins, their
 * accounts, sign-in lockout, two-factor sign-in and recovery codes, and the first admin of a new
 * install.
 */
package app.kindred.clinic;
