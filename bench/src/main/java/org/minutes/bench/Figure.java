package org.minutes.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One measured figure: the samples of repeated runs, summarised as min / median / max.
 *
 * @param section the part of the product measured (ocr, repair, search…)
 * @param name what was measured
 * @param unit the unit of the samples
 * @param samples one value per run
 * @param note how it was measured, or why it was not
 */
public record Figure(String section, String name, String unit, List<Double> samples, String note) {

    public Figure {
        samples = List.copyOf(samples);
    }

    public static Figure of(String section, String name, String unit, List<Double> samples) {
        return new Figure(section, name, unit, samples, null);
    }

    /** A figure that could not be measured, saying why (a stage not built yet, a tool not installed). */
    public static Figure missing(String section, String name, String why) {
        return new Figure(section, name, "", List.of(), why);
    }

    public boolean measured() {
        return !samples.isEmpty();
    }

    public double min() {
        return Collections.min(samples);
    }

    public double max() {
        return Collections.max(samples);
    }

    public double median() {
        return percentile(samples, 50);
    }

    /** The {@code p}-th percentile (nearest rank) of {@code values}. */
    public static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
