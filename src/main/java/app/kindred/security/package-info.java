/**
 * Who may do what: the security filter chain, the roles, the signed-in user as services see it,
 * password hashing and the sign-in page.
 */
package app.kindred.security;
