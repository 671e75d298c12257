package app.kindred.clinic;

import app.kindred.security.KindredUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the account that signs in; deactivated accounts load as disabled and are refused. */
@Service
class ClinicianUserDetailsService implements UserDetailsService {

    private final ClinicianRepository clinicians;

    ClinicianUserDetailsService(ClinicianRepository clinicians) {
        this.clinicians = clinicians;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return clinicians.findByUsername(username)
                .map(ClinicianUserDetailsService::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    static KindredUser toUser(Clinician c) {
        return new KindredUser(c.getId(), c.getClinicId(), c.getUsername(), c.getDisplayName(),
                c.getPasswordHash(), c.isActive(), c.isMustChangePassword(), c.getRole().grantedRoles());
    }
}
