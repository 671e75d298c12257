/**
 * The clinic's append-only audit log: who did what to which couple, and refused attempts.
 * Every feature writes to it through {@link app.kindred.audit.AuditService}.
 */
package app.kindred.audit;
