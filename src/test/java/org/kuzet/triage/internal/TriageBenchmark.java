package org.kuzet.triage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Speed of extraction and classification on one thread (run on demand, not a test; see docs/benchmarks.md):
 * the five fixture texts that carry the seeds' facts (src/test/resources/fixtures), analysed over and over after a
 * warm-up. Prints articles per second and KB per second, by wall clock and by the thread's CPU time: on a machine
 * shared with other work the CPU time tells what one core does.
 */
public final class TriageBenchmark {

    private TriageBenchmark() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> articles = new ArrayList<>();
        for (String fixture : new String[] {FixtureArticles.REBUTTAL, FixtureArticles.OSCE, "report-2024-03",
            FixtureArticles.MINISTER, "report-2020-08"}) {
            articles.add(FixtureArticles.text(fixture));
        }
        long trainStart = System.nanoTime();
        ArticleAnalyzer analyzer = ArticleAnalyzer.shipped();
        double trainMillis = (System.nanoTime() - trainStart) / 1e6;
        // an 8 KB article as a monitor uploads it: the fixtures joined and cut at 8,192 characters; the first
        // analysis after training, then the median of 50
        String eight = String.join("\n", articles);
        eight = eight.substring(0, Math.min(8_192, eight.length()));
        long firstStart = System.nanoTime();
        long sink = analyzer.analyze(eight).candidates().size();
        double firstMillis = (System.nanoTime() - firstStart) / 1e6;
        double[] times = new double[50];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            sink += analyzer.analyze(eight).candidates().size();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(times);
        for (int i = 0; i < 2_000; i++) {
            sink += analyzer.analyze(articles.get(i % articles.size())).candidates().size();
        }
        long chars = 0;
        int done = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long until = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            String article = articles.get(done % articles.size());
            sink += analyzer.analyze(article).facts().size();
            chars += article.length();
            done++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "model load and training: %.0f ms%n", trainMillis);
        System.out.printf(Locale.ROOT, "one 8 KB article (%d chars): first %.0f ms, median %.1f ms, slowest %.1f ms%n",
                eight.length(), firstMillis, times[times.length / 2], times[times.length - 1]);
        System.out.printf(Locale.ROOT, "%d articles in %.1f s on one thread: %.0f articles/s, %.0f KB/s (mean %.1f KB/article) [%d]%n",
                done, elapsed, done / elapsed, chars / 1024.0 / elapsed, chars / 1024.0 / done, sink % 10);
        System.out.printf(Locale.ROOT, "CPU time %.1f s: %.0f articles/s per core, %.0f KB/s per core%n",
                cpu, done / cpu, chars / 1024.0 / cpu);
    }
}
