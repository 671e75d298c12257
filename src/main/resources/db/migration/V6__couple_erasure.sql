-- When a clinic admin erased the couple's names, emails and observation texts (the right to
-- erasure). The row, sessions, answers and scores stay as anonymous clinic statistics; a couple
-- with erased_at set takes no new invitations, observations or edits.
ALTER TABLE couple ADD COLUMN erased_at DATETIME(6) NULL AFTER started_on;
