package org.kuzet.portal.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers what the portal computed over the whole catalogue (facet counts, totals, a page of the list, chart
 * figures) until the data changes. Counting 100,000 incidents on every view of the list costs tens of milliseconds;
 * reading one sequence costs a fraction of one. V60's statement triggers move {@code portal_change_seq} whenever an
 * incident, a victim, a category, a place or an alias changes; an entry computed under another value is computed
 * again. Entries also expire after {@link #MAX_AGE_NANOS}, which bounds how stale an entry can be when it was
 * computed while a writer had bumped the counter but not yet committed.
 */
@Component
public class PortalCounts {

    static final long MAX_AGE_NANOS = 30_000_000_000L;
    private static final String VERSION = PortalCounts.class.getName() + ".version";
    /** Set on each request the web layer handles (see {@link PortalWebConfiguration}). */
    public static final String ONE_READ_PER_REQUEST = PortalCounts.class.getName() + ".oneReadPerRequest";
    private static final int MAX_ENTRIES = 1_000;

    private record Remembered(long version, long madeAt, Object value) {
    }

    private final JdbcClient jdbc;
    private final Map<Object, Remembered> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Remembered> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** Entries being computed now, so that a second visitor waits for the first one's result. */
    private final ConcurrentHashMap<Object, CompletableFuture<Object>> inFlight = new ConcurrentHashMap<>();

    PortalCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The value remembered under the key, or a freshly computed one if the data moved on since. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        long version = version();
        long now = System.nanoTime();
        Remembered entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null && entry.version() == version && now - entry.madeAt() < MAX_AGE_NANOS) {
            return (T) entry.value();
        }
        // computed outside the lock, once: when 50 visitors ask for the same missing entry at once (a busy list
        // after the entry expired), one computes it and the others wait for that result rather than each running
        // the same counting query over 100,000 incidents side by side
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return (T) running.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        try {
            T value = compute.get();
            synchronized (entries) {
                entries.put(key, new Remembered(version, now, value));
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /**
     * The data's version, read once per web request (a page asks for several remembered values); outside the
     * handling of a web request (a direct call, a test) it is read every time.
     */
    long version() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(ONE_READ_PER_REQUEST, RequestAttributes.SCOPE_REQUEST) == null) {
            request = null;
        }
        Object read = request == null ? null : request.getAttribute(VERSION, RequestAttributes.SCOPE_REQUEST);
        if (read instanceof Long version) {
            return version;
        }
        long version = jdbc.sql("select last_value from portal_change_seq").query(Long.class).single();
        if (request != null) {
            request.setAttribute(VERSION, version, RequestAttributes.SCOPE_REQUEST);
        }
        return version;
    }
}
