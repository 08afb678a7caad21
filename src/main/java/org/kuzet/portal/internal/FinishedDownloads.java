package org.kuzet.portal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Downloads of the public list (CSV, JSON) kept whole once written, until the data changes: a region's file at
 * 100,000 incidents is 4 MB and takes a couple of hundred milliseconds to write, the same bytes again a few. An
 * entry holds for the data version it was written under ({@link PortalCounts}'s, which every change of an incident,
 * victim, category or place moves) and at most {@link PortalCounts#MAX_AGE_NANOS}. A file larger than
 * {@link #LARGEST} is sent as it is written and not kept; all kept files together stay under {@link #ALL}.
 */
@Component
class FinishedDownloads {

    static final int LARGEST = 16 << 20;
    static final long ALL = 64L << 20;

    /** Writes one download to the stream given. */
    @FunctionalInterface
    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private record Kept(long version, long madeAt, byte[] bytes) {
    }

    private final PortalCounts counts;
    private final LinkedHashMap<Object, Kept> kept = new LinkedHashMap<>(16, 0.75f, true);
    private long keptBytes;

    FinishedDownloads(PortalCounts counts) {
        this.counts = counts;
    }

    /** Sends the file kept under the key if the data has not moved since, else writes it (and keeps it if small). */
    void send(Object key, OutputStream response, Writing writing) throws IOException {
        long version = counts.version();
        long now = System.nanoTime();
        Kept found;
        synchronized (kept) {
            found = kept.get(key);
        }
        if (found != null && found.version() == version && now - found.madeAt() < PortalCounts.MAX_AGE_NANOS) {
            response.write(found.bytes());
            return;
        }
        Spilling out = new Spilling(response);
        writing.to(out);
        out.flush();
        if (!out.spilled) {
            byte[] bytes = out.buffer.toByteArray();
            response.write(bytes);
            keep(key, new Kept(version, now, bytes));
        }
    }

    private void keep(Object key, Kept entry) {
        synchronized (kept) {
            Kept before = kept.put(key, entry);
            keptBytes += entry.bytes().length - (before == null ? 0 : before.bytes().length);
            for (Iterator<Map.Entry<Object, Kept>> eldest = kept.entrySet().iterator();
                    keptBytes > ALL && eldest.hasNext(); ) {
                keptBytes -= eldest.next().getValue().bytes().length;
                eldest.remove();
            }
        }
    }

    /** Holds what is written until it grows past {@link #LARGEST}; from then on it goes straight to the response. */
    private static final class Spilling extends OutputStream {

        private final OutputStream response;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        private boolean spilled;

        Spilling(OutputStream response) {
            this.response = response;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (!spilled && buffer.size() + length > LARGEST) {
                buffer.writeTo(response);
                buffer.reset();
                spilled = true;
            }
            if (spilled) {
                response.write(bytes, offset, length);
            } else {
                buffer.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            if (spilled) {
                response.flush();
            }
        }
    }
}
