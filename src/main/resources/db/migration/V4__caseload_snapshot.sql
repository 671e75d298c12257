-- Derived, never the source of truth: each couple's latest scores and flags as the caseload grid
-- sorts and filters them in SQL. Rebuilt from the stored answers whenever a response arrives, and
-- for any couple that lacks a row at start-up.
CREATE TABLE couple_score_snapshot (
    couple_id     BIGINT        NOT NULL PRIMARY KEY,
    index_a       DOUBLE        NULL,
    prev_index_a  DOUBLE        NULL,
    index_b       DOUBLE        NULL,
    prev_index_b  DOUBLE        NULL,
    flag_count    INT           NOT NULL DEFAULT 0,
    flag_types    VARCHAR(200)  NOT NULL DEFAULT '',
    flag_reasons  VARCHAR(2000) NOT NULL DEFAULT '',
    refreshed_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_snapshot_couple FOREIGN KEY (couple_id) REFERENCES couple (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_snapshot_flagged ON couple_score_snapshot (flag_count);
