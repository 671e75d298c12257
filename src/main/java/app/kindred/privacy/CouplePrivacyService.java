package app.kindred.privacy;

import app.kindred.audit.AuditService;
import app.kindred.clinic.ClinicService;
import app.kindred.couple.CoupleService;
import app.kindred.couple.CoupleSummary;
import app.kindred.security.AppRoles;
import app.kindred.security.CurrentUser;
import app.kindred.security.KindredUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A couple's rights of access and erasure, for an admin of the couple's own clinic only. A
 * clinician is refused by the role; another clinic's admin is refused and audited by
 * {@link CoupleService} exactly as for any other couple access.
 */
@Service
public class CouplePrivacyService {

    private final CoupleService couples;
    private final CoupleDataExport export;
    private final CoupleErasure erasure;
    private final ClinicService clinics;
    private final AuditService audit;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    CouplePrivacyService(CoupleService couples, CoupleDataExport export, CoupleErasure erasure, ClinicService clinics,
            AuditService audit, Clock clock) {
        this.couples = couples;
        this.export = export;
        this.erasure = erasure;
        this.clinics = clinics;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public CoupleSummary couple(long coupleId) {
        return couples.get(coupleId);
    }

    /** Everything stored about the couple as pretty-printed UTF-8 JSON; the export is audited. */
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public byte[] exportJson(long coupleId) {
        CoupleSummary couple = couples.get(coupleId);
        Map<String, Object> data = export.of(coupleId, clock.instant());
        byte[] file;
        try {
            file = json.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KindredUser user = CurrentUser.require();
        audit.record(user.clinicId(), user.getUsername(), "COUPLE_DATA_EXPORTED", "COUPLE", coupleId,
                "data export of " + couple.reference() + " (JSON, " + file.length + " bytes)");
        return file;
    }

    /**
     * Erases the couple's names, emails and observation texts in one transaction, keeping the
     * anonymous answers and scores.
     *
     * @param typedReference what the admin typed to confirm; must be the couple's reference exactly
     * @throws IllegalArgumentException if the confirmation does not match or the couple is already erased
     */
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public ErasureResult erase(long coupleId, String typedReference) {
        return erasure.erase(coupleId, typedReference);
    }

    /** E.g. {@code C-0042_data-export_2026-11-25.json}, dated in the clinic's time zone. */
    @RolesAllowed(AppRoles.CLINIC_ADMIN)
    public String exportFileName(CoupleSummary couple) {
        LocalDate today = LocalDate.now(clock.withZone(clinics.myClinic().timezone()));
        String safe = couple.reference().replaceAll("[^A-Za-z0-9._-]+", "_");
        return (safe.isBlank() || safe.startsWith(".") ? "couple" + safe : safe) + "_data-export_" + today + ".json";
    }
}
