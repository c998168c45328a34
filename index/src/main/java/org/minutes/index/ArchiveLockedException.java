package org.minutes.index;

import java.io.IOException;

/** Another process is writing to the archive (an import or sync); only one writer may run at a time. */
public class ArchiveLockedException extends IOException {
    public ArchiveLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
