-- Lotline's own scheduled jobs (not the engine's timers, which live in its job table) take this lock so that on a
-- cluster of nodes sharing the database each run happens on one node only (ShedLock's JDBC provider).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
