package org.minutes.cli;

/** The exit codes of every command, like grep's; listed in each command's {@code --help}. */
public final class ExitCodes {
    /** Success: search found hits; import, sync or extract handled every file; check found the archive sound. */
    public static final int OK = 0;
    /** Search found nothing; import, sync or extract finished, but some files failed; check found problems. */
    public static final int NONE_OR_SOME_FAILED = 1;
    /** Usage error, or the command could not run at all (bad option, no archive, unreadable archive). */
    public static final int ERROR = 2;
    /** Another import or sync is writing to the archive; try again when it has finished. */
    public static final int LOCKED = 3;

    private ExitCodes() {
    }
}
