package app.kindred.security;

/** Role names as used in {@code @RolesAllowed} and {@code hasRole}. */
public final class AppRoles {

    public static final String CLINICIAN = "CLINICIAN";
    public static final String CLINIC_ADMIN = "CLINIC_ADMIN";

    private AppRoles() {
    }
}
