package org.minutes.cli.render;

/**
 * What the output is connected to: colours and progress bars only on an interactive terminal, and never when
 * {@code NO_COLOR} is set (https://no-color.org).
 */
public final class Terminal {

    private static final String BOLD_RED = "\u001B[1;31m";
    private static final String DIM = "\u001B[2m";
    private static final String RESET = "\u001B[0m";

    private final boolean interactive;
    private final boolean colour;

    private Terminal(boolean interactive, boolean colour) {
        this.interactive = interactive;
        this.colour = colour;
    }

    /** The real terminal, judged from the JVM's console. */
    public static Terminal detect() {
        boolean interactive = System.console() != null;
        return new Terminal(interactive, interactive && System.getenv("NO_COLOR") == null);
    }

    /** Plain output, for pipes, files and tests. */
    public static Terminal plain() {
        return new Terminal(false, false);
    }

    public boolean interactive() {
        return interactive;
    }

    /** A file name fit for one line of output: line breaks and other control characters shown escaped. */
    public static String printable(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    public String match(String text) {
        return colour ? BOLD_RED + text + RESET : text;
    }

    public String dim(String text) {
        return colour ? DIM + text + RESET : text;
    }
}
