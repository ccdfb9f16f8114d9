package eu.reloop.benchmark;

import java.util.Arrays;

/** Response times of one way of searching, in nanoseconds; percentiles by nearest rank. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.nanos[i]);
        }
    }

    int count() {
        return count;
    }

    /** The {@code percent}th percentile in milliseconds: the smallest time at least that share of searches kept to. */
    double percentileMs(double percent) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double meanMs() {
        return count == 0 ? Double.NaN : Arrays.stream(nanos, 0, count).average().orElseThrow() / 1e6;
    }
}
