package org.minutes.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one benchmark run, as a table for people and as JSON for comparing runs over time. */
public final class BenchReport {

    private final Map<String, Object> environment;
    private final List<Figure> figures = new ArrayList<>();

    public BenchReport(Map<String, Object> environment) {
        this.environment = new LinkedHashMap<>(environment);
    }

    public void add(Figure figure) {
        figures.add(figure);
    }

    public void addAll(List<Figure> more) {
        figures.addAll(more);
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    public Figure find(String section, String name) {
        return figures.stream().filter(f -> f.section().equals(section) && f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure " + section + "/" + name));
    }

    public void printTable(PrintWriter out) {
        out.printf(Locale.ROOT, "%-9s %-58s %12s %12s %12s  %s%n", "section", "figure", "min", "median", "max", "unit / note");
        for (Figure f : figures) {
            if (f.measured()) {
                out.printf(Locale.ROOT, "%-9s %-58s %12s %12s %12s  %s%s%n", f.section(), f.name(), fmt(f.min()), fmt(f.median()),
                        fmt(f.max()), f.unit(), f.note() == null ? "" : "  (" + f.note() + ")");
            } else {
                out.printf(Locale.ROOT, "%-9s %-58s %12s %12s %12s  %s%n", f.section(), f.name(), "-", "-", "-", f.note());
            }
        }
        out.flush();
    }

    private static String fmt(double v) {
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 1000 ? "%.0f" : a >= 10 ? "%.1f" : a >= 0.1 ? "%.3f" : "%.5f", v);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("environment", environment);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("section", f.section());
            m.put("name", f.name());
            m.put("unit", f.unit());
            if (f.measured()) {
                m.put("min", f.min());
                m.put("median", f.median());
                m.put("max", f.max());
                m.put("samples", f.samples());
            }
            m.put("note", f.note());
            list.add(m);
        }
        json.put("figures", list);
        return json;
    }
}
