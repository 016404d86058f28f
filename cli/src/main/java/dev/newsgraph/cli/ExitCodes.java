package dev.newsgraph.cli;

/** The exit codes of the command-line contract. */
public final class ExitCodes {
    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** An input could not be read, or a --db is not a newsgraph store (left untouched). */
    public static final int BAD_INPUT = 3;

    private ExitCodes() {
    }
}
