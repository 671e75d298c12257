-- The whole Kindred domain (see DESIGN.md). All times are UTC, DATETIME(6).
-- Tables use utf8mb4 so names like Zoë, Łukasz or Ngọc Anh are stored as typed.

CREATE TABLE clinic (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    timezone     VARCHAR(64)  NOT NULL,
    require_totp BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE clinician (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    clinic_id            BIGINT       NOT NULL,
    username             VARCHAR(100) NOT NULL,
    display_name         VARCHAR(200) NOT NULL,
    email                VARCHAR(320) NULL,
    password_hash        VARCHAR(255) NOT NULL,
    role                 VARCHAR(20)  NOT NULL,
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_sign_ins      INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME(6)  NULL,
    totp_secret          VARCHAR(500) NULL,
    totp_enabled         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_clinician_username UNIQUE (username),
    CONSTRAINT fk_clinician_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
    CONSTRAINT ck_clinician_role CHECK (role IN ('CLINICIAN', 'CLINIC_ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE couple (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    clinic_id    BIGINT      NOT NULL,
    clinician_id BIGINT      NOT NULL,
    reference    VARCHAR(20) NOT NULL,
    status       VARCHAR(10) NOT NULL,
    started_on   DATE        NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_couple_reference UNIQUE (clinic_id, reference),
    CONSTRAINT fk_couple_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
    CONSTRAINT fk_couple_clinician FOREIGN KEY (clinician_id) REFERENCES clinician (id),
    CONSTRAINT ck_couple_status CHECK (status IN ('ACTIVE', 'PAUSED', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The caseload grid filters by clinic, clinician and status.
CREATE INDEX ix_couple_caseload ON couple (clinic_id, clinician_id, status);
CREATE INDEX ix_couple_clinic_status ON couple (clinic_id, status);

CREATE TABLE partner (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    couple_id    BIGINT       NOT NULL,
    label        CHAR(1)      NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    email        VARCHAR(320) NULL,
    pronouns     VARCHAR(40)  NULL,
    CONSTRAINT uq_partner_label UNIQUE (couple_id, label),
    CONSTRAINT fk_partner_couple FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT ck_partner_label CHECK (label IN ('A', 'B'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_partner_name ON partner (display_name);

CREATE TABLE therapy_session (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    couple_id    BIGINT      NOT NULL,
    session_number INT       NOT NULL,
    session_date DATE        NOT NULL,
    kind         VARCHAR(10) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    -- Also serves "sessions by couple" (leftmost column).
    CONSTRAINT uq_session_number UNIQUE (couple_id, session_number),
    CONSTRAINT fk_session_couple FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT ck_session_kind CHECK (kind IN ('INTAKE', 'REGULAR', 'CLOSING'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_session_couple_date ON therapy_session (couple_id, session_date);

CREATE TABLE invitation (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id      BIGINT      NOT NULL,
    partner_id      BIGINT      NOT NULL,
    -- SHA-256 of the raw token, hex; the raw token is never stored.
    token_hash      CHAR(64)    NOT NULL,
    status          VARCHAR(10) NOT NULL,
    channel         VARCHAR(10) NOT NULL,
    expires_at      DATETIME(6) NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    sent_at         DATETIME(6) NULL,
    opened_at       DATETIME(6) NULL,
    completed_at    DATETIME(6) NULL,
    revoked_at      DATETIME(6) NULL,
    expired_at      DATETIME(6) NULL,
    reminded_at     DATETIME(6) NULL,
    delivery_error  VARCHAR(500) NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    -- One live (pending or opened) invitation per partner per session, enforced by the database.
    live_partner_id BIGINT AS (CASE WHEN status IN ('PENDING', 'OPENED') THEN partner_id END) PERSISTENT,
    CONSTRAINT uq_invitation_token UNIQUE (token_hash),
    CONSTRAINT uq_invitation_live UNIQUE (session_id, live_partner_id),
    CONSTRAINT fk_invitation_session FOREIGN KEY (session_id) REFERENCES therapy_session (id),
    CONSTRAINT fk_invitation_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT ck_invitation_status CHECK (status IN ('PENDING', 'OPENED', 'COMPLETED', 'EXPIRED', 'REVOKED')),
    CONSTRAINT ck_invitation_channel CHECK (channel IN ('EMAIL', 'LINK'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The expiry and reminder job scans by status and expiry.
CREATE INDEX ix_invitation_status_expiry ON invitation (status, expires_at);
CREATE INDEX ix_invitation_partner ON invitation (partner_id);

-- Answers given so far, saved one by one before submit; never scored.
CREATE TABLE draft_answer (
    invitation_id BIGINT      NOT NULL,
    item_code     VARCHAR(40) NOT NULL,
    item_value    INT         NOT NULL,
    answered_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (invitation_id, item_code),
    CONSTRAINT fk_draft_invitation FOREIGN KEY (invitation_id) REFERENCES invitation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE response (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    invitation_id      BIGINT      NOT NULL,
    -- Copied from the invitation so score queries need no joins through it.
    session_id         BIGINT      NOT NULL,
    partner_id         BIGINT      NOT NULL,
    instrument_id      VARCHAR(40) NOT NULL,
    instrument_version INT         NOT NULL,
    submitted_at       DATETIME(6) NOT NULL,
    closeness          INT         NOT NULL,
    CONSTRAINT uq_response_invitation UNIQUE (invitation_id),
    CONSTRAINT fk_response_invitation FOREIGN KEY (invitation_id) REFERENCES invitation (id),
    CONSTRAINT fk_response_session FOREIGN KEY (session_id) REFERENCES therapy_session (id),
    CONSTRAINT fk_response_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT ck_response_closeness CHECK (closeness BETWEEN 0 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_response_session ON response (session_id);
CREATE INDEX ix_response_partner_submitted ON response (partner_id, submitted_at);
CREATE INDEX ix_response_submitted ON response (submitted_at);

CREATE TABLE response_answer (
    response_id BIGINT      NOT NULL,
    item_code   VARCHAR(40) NOT NULL,
    item_value  INT         NOT NULL,
    PRIMARY KEY (response_id, item_code),
    CONSTRAINT fk_answer_response FOREIGN KEY (response_id) REFERENCES response (id),
    CONSTRAINT ck_answer_value CHECK (item_value BETWEEN 1 AND 7)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE observation (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    couple_id      BIGINT       NOT NULL,
    session_id     BIGINT       NULL,
    author_id      BIGINT       NOT NULL,
    -- A signed observation is locked; a correction is an addendum pointing at it.
    addendum_to_id BIGINT       NULL,
    body           MEDIUMTEXT   NOT NULL,
    body_key_id    VARCHAR(40)  NULL,
    condition_tags VARCHAR(400) NOT NULL DEFAULT '',
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    signed_at      DATETIME(6)  NULL,
    signed_by_id   BIGINT       NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_observation_couple FOREIGN KEY (couple_id) REFERENCES couple (id),
    CONSTRAINT fk_observation_session FOREIGN KEY (session_id) REFERENCES therapy_session (id),
    CONSTRAINT fk_observation_author FOREIGN KEY (author_id) REFERENCES clinician (id),
    CONSTRAINT fk_observation_signer FOREIGN KEY (signed_by_id) REFERENCES clinician (id),
    CONSTRAINT fk_observation_addendum FOREIGN KEY (addendum_to_id) REFERENCES observation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_observation_couple_created ON observation (couple_id, created_at);

-- Every earlier text of an observation, written before each edit replaces it.
CREATE TABLE observation_revision (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    observation_id BIGINT       NOT NULL,
    revision       BIGINT       NOT NULL,
    body           MEDIUMTEXT   NOT NULL,
    body_key_id    VARCHAR(40)  NULL,
    condition_tags VARCHAR(400) NOT NULL DEFAULT '',
    written_by_id  BIGINT       NOT NULL,
    written_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uq_observation_revision UNIQUE (observation_id, revision),
    CONSTRAINT fk_revision_observation FOREIGN KEY (observation_id) REFERENCES observation (id),
    CONSTRAINT fk_revision_writer FOREIGN KEY (written_by_id) REFERENCES clinician (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only. clinic_id is empty for events with no clinic (e.g. a sign-in with an unknown name).
CREATE TABLE audit_event (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    clinic_id    BIGINT        NULL,
    actor        VARCHAR(100)  NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    subject_type VARCHAR(40)   NULL,
    subject_id   BIGINT        NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    details      VARCHAR(2000) NULL,
    CONSTRAINT fk_audit_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_clinic_time ON audit_event (clinic_id, occurred_at);
CREATE INDEX ix_audit_subject ON audit_event (subject_type, subject_id);
