package org.kuzet.database;

/** Another Kuzet, alive, uses the data directory: nothing was started or stopped. */
public final class KuzetRunning extends IllegalStateException {

    KuzetRunning(String pid) {
        super("Kuzet is running on this data directory (pid " + (pid.isEmpty() ? "unknown" : pid)
                + "): stop it first, or use the web workspace");
    }
}
