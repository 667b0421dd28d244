package org.netradiomics.cli;

import java.io.PrintStream;

/**
 * One sub-command of {@code bin/netradiomics} ({@code extract}, {@code batch}, {@code ibsi}, {@code segment}, ...).
 * Each command is its own class; {@link Main} lists them.
 */
public interface Command {
    /** The word that selects this command on the command line. */
    String name();

    /** One line for the usage overview. */
    String summary();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command word
     * @return the process exit code: 0 on success, 2 for a usage error, 1 for an input or processing error
     */
    int run(String[] args, PrintStream out, PrintStream err);
}
