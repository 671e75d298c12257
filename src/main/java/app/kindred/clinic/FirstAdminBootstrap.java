package app.kindred.clinic;

import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On an empty database, creates one clinic and its admin, so a new install can be signed into.
 * There is never a fixed default password: without KINDRED_ADMIN_PASSWORD a random one is printed
 * once.
 */
@Component
@Order(0)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final ClinicService clinics;
    private final ClinicianService clinicians;
    private final String clinicName;
    private final String username;
    private final String password;

    FirstAdminBootstrap(ClinicService clinics, ClinicianService clinicians,
            @Value("${kindred.bootstrap.clinic-name}") String clinicName,
            @Value("${kindred.bootstrap.admin-username}") String username,
            @Value("${kindred.bootstrap.admin-password}") String password) {
        this.clinics = clinics;
        this.clinicians = clinicians;
        this.clinicName = clinicName;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (clinics.anyClinicExists()) {
            return;
        }
        boolean generated = !StringUtils.hasText(password);
        String adminPassword = generated ? randomPassword() : password;
        long clinicId = clinics.createClinic(clinicName, ZoneId.systemDefault());
        clinicians.createAccount(clinicId, username, "Clinic admin", adminPassword, ClinicianRole.CLINIC_ADMIN,
                generated);
        if (generated) {
            log.warn("""

                    ============================================================
                     Kindred first start: admin account created
                       username: {}
                       password: {}
                     This password is shown only once. Change it after signing in.
                    ============================================================""", username, adminPassword);
        } else {
            log.info("Kindred first start: admin account '{}' created with KINDRED_ADMIN_PASSWORD", username);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
