package org.kuzet.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CPU time for benchmarks on a shared machine, where wall-clock time says more about the neighbours than about the
 * code: what this JVM and the PostgreSQL server of a data directory (and its backends) have used so far.
 */
public final class CpuTime {

    private CpuTime() {
    }

    /** CPU seconds used so far by this JVM and by the PostgreSQL server of the data directory (from /proc). */
    public static double seconds(String dataDirectory) {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            List<Path> pids = procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList();
            Set<String> server = new HashSet<>();
            for (Path pid : pids) {
                String cmdline = read(pid.resolve("cmdline")).replace('\0', ' ');
                if (cmdline.contains("postgres") && cmdline.contains(dataDirectory)) {
                    server.add(pid.getFileName().toString());
                }
            }
            long ticks = 0;
            for (Path pid : pids) {
                String stat = read(pid.resolve("stat"));
                int close = stat.lastIndexOf(')');
                if (close < 0) {
                    continue;
                }
                String[] f = stat.substring(close + 2).split(" "); // f[1] = parent pid, f[11..14] = CPU ticks
                if (f.length > 14 && (server.contains(pid.getFileName().toString()) || server.contains(f[1]))) {
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
                            + Long.parseLong(f[14]);
                }
            }
            return jvm + ticks / 100.0;
        } catch (IOException | RuntimeException e) {
            return jvm;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
