package app.kindred.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in clinician as the security context holds it: enough to check the clinic and the
 * role of every call without a database round trip.
 */
public final class KindredUser implements UserDetails {

    private final long clinicianId;
    private final long clinicId;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final boolean active;
    private final boolean mustChangePassword;
    private final List<GrantedAuthority> authorities;

    public KindredUser(long clinicianId, long clinicId, String username, String displayName,
            String passwordHash, boolean active, boolean mustChangePassword, String... roles) {
        this.clinicianId = clinicianId;
        this.clinicId = clinicId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.active = active;
        this.mustChangePassword = mustChangePassword;
        this.authorities = Arrays.stream(roles)
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    public long clinicianId() {
        return clinicianId;
    }

    public long clinicId() {
        return clinicId;
    }

    public String displayName() {
        return displayName;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean isAdmin() {
        return hasRole(AppRoles.CLINIC_ADMIN);
    }

    public boolean hasRole(String role) {
        return authorities.stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /** Equal by account, so the session registry can find all sessions of one user. */
    @Override
    public boolean equals(Object other) {
        return other instanceof KindredUser user && user.clinicianId == clinicianId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(clinicianId);
    }

    @Override
    public String toString() {
        return "KindredUser[" + username + "]";
    }
}
