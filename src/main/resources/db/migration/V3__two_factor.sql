-- Two-factor sign-in (TOTP). clinic.require_totp, clinician.totp_secret (encrypted by the app) and
-- clinician.totp_enabled exist since V1.

-- The 30-second step of the last code accepted, so that a code can never be used twice.
ALTER TABLE clinician ADD COLUMN totp_last_step BIGINT NULL AFTER totp_enabled;

-- One-time recovery codes: ten per clinician, shown once, stored as SHA-256 (hex) only. They are
-- random (about 50 bits each), so a fast hash is enough, as for invitation tokens.
CREATE TABLE recovery_code (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    clinician_id BIGINT      NOT NULL,
    code_hash    CHAR(64)    NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    used_at      DATETIME(6) NULL,
    CONSTRAINT uq_recovery_code UNIQUE (clinician_id, code_hash),
    CONSTRAINT fk_recovery_code_clinician FOREIGN KEY (clinician_id) REFERENCES clinician (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
