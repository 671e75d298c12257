/**
 * Who may do what: the security filter chain and its headers, the roles, the signed-in user as
 * services see it, password hashing and policy, the sign-in page and the hand-over to the second
 * sign-in step, sessions, and (in sub-packages) one-time codes and encryption at rest. Knows
 * nothing of accounts: {@code clinic} plugs them in through {@link app.kindred.security.SecondFactorGate}.
 */
package app.kindred.security;
