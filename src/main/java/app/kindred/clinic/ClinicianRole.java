package app.kindred.clinic;

import app.kindred.security.AppRoles;

public enum ClinicianRole {
    CLINICIAN("Clinician"),
    CLINIC_ADMIN("Clinic admin");

    private final String label;

    ClinicianRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** An admin may do everything a clinician may, so the admin holds both roles. */
    String[] grantedRoles() {
        return this == CLINIC_ADMIN ? new String[] {AppRoles.CLINICIAN, AppRoles.CLINIC_ADMIN}
                : new String[] {AppRoles.CLINICIAN};
    }
}
