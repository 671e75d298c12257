package app.kindred.clinic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Username and password sign-in against the clinician accounts, with lockout. */
@Configuration(proxyBeanMethods = false)
class SignInConfig {

    /**
     * Replaces the provider Boot would build from the UserDetailsService. Boot then logs that the
     * UserDetailsService is not used for that; it is, inside this provider (the log is silenced in
     * application.properties).
     */
    @Bean
    AuthenticationProvider clinicianAuthenticationProvider(ClinicianUserDetailsService users,
            PasswordEncoder passwordEncoder, SignInGuard guard) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new LockingAuthenticationProvider(passwords, guard);
    }
}
