package org.kuzet.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Held by the Kuzet (the server or a command) whose embedded PostgreSQL uses a data directory, for as long as it
 * runs: an operating-system lock on {@code kuzet.lock}, with the holder's pid written in it for people. The system
 * drops the lock when its process ends however it ends, so a PostgreSQL found running while nobody holds the lock
 * was left behind by a Kuzet that died, and one found while somebody holds it belongs to a live Kuzet.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE = "kuzet.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or throws {@link KuzetRunning} at once when another Kuzet holds it. */
    static DataDirectoryLock take(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel);
        if (lock == null) {
            channel.close();
            throw new KuzetRunning(Files.readString(file, StandardCharsets.US_ASCII).trim());
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
        channel.force(true);
        return new DataDirectoryLock(channel, lock);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // this very JVM holds it already (a second server started in one process)
        }
    }

    /** Lets go; the file stays (removing it could race with a Kuzet that has just opened it). */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
