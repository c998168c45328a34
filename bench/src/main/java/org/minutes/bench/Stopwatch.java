package org.minutes.bench;

import java.util.ArrayList;
import java.util.List;

/** Times repeated runs of a piece of work. */
final class Stopwatch {

    /** Work that may throw. */
    interface Work {
        void run() throws Exception;
    }

    private Stopwatch() {
    }

    /** Seconds taken by each of {@code runs} runs. */
    static List<Double> seconds(int runs, Work work) throws Exception {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            out.add((System.nanoTime() - start) / 1e9);
        }
        return out;
    }

    /** Each run's rate: {@code amount} divided by its seconds. */
    static List<Double> rates(double amount, List<Double> seconds) {
        return seconds.stream().map(s -> amount / s).toList();
    }
}
