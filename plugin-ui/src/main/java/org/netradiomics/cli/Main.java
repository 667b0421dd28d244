package org.netradiomics.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** Entry point of {@code bin/netradiomics}: dispatches to the {@link Command} named by the first argument. */
public final class Main {
    private Main() {}

    /** Every command, in the order the usage lists them. */
    static List<Command> commands() {
        return List.of(new ExtractCommand(), new BatchCommand(), new IbsiCommand(), new SegmentCommand(), new DeepFeaturesCommand(), new PredictCommand(), new CalibrateCommand(), new TrainCommand(),
                new EvaluateCommand(),
                new WorkbenchCommand(), new BenchmarkCommand());
    }

    public static void main(String[] args) {
        // The command line has no logging back-end: tell SLF4J (used by the schema validator and Smile) to stay
        // silent instead of warning on every run. Inside Weasis its own back-end is used.
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOPServiceProvider");
        }
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? 2 : 0;
        }
        for (Command c : commands()) {
            if (c.name().equals(args[0])) {
                return c.run(Arrays.copyOfRange(args, 1, args.length), out, err);
            }
        }
        err.println("netradiomics: unknown command '" + args[0] + "'");
        usage(err);
        return 2;
    }

    private static void usage(PrintStream s) {
        s.println("usage: netradiomics <command> [options]   (netradiomics <command> --help for its options)");
        for (Command c : commands()) {
            s.printf("  %-14s %s%n", c.name(), c.summary());
        }
    }
}
