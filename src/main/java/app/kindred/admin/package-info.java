/**
 * Clinic administration for CLINIC_ADMIN: clinician accounts, handing couples to another
 * clinician, and the read-only audit log. Its own package because it spans clinic, couple and
 * audit, which must not depend on each other in a circle.
 */
package app.kindred.admin;
