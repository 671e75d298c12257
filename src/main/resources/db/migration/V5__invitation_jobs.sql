-- Scheduled jobs run on one node at a time: ShedLock keeps its locks here (name = the job).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The reminder carries a second link to the same invitation (only its SHA-256 hash, like the first),
-- because the first link's raw token was never stored and cannot be sent again.
ALTER TABLE invitation ADD COLUMN reminder_token_hash CHAR(64) NULL AFTER token_hash;
ALTER TABLE invitation ADD CONSTRAINT uq_invitation_reminder_token UNIQUE (reminder_token_hash);

-- The reminder job looks for live e-mailed invitations not yet reminded, by age.
CREATE INDEX ix_invitation_reminder ON invitation (status, channel, reminded_at, created_at);
