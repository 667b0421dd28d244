package org.netradiomics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.netradiomics.training.CohortTable;
import org.netradiomics.training.Evaluation;
import org.netradiomics.volume.InvalidInputException;

import tools.jackson.databind.json.JsonMapper;

/** {@code evaluate}: discrimination and calibration of a score column, as the studies reported them (JSON, plots). */
public final class EvaluateCommand implements Command {
    private static final String USAGE = "usage: netradiomics evaluate --predictions p.csv --score COL"
            + " (--outcome COL | --time COL --event COL) --out metrics.json [--plots DIR] [--cutoff X] [--compare COL]";

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "AUC/DeLong, Youden, Brier or C-index, HR, log-rank of a score (JSON, PNG plots)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "--predictions", "--score", "--outcome", "--time", "--event", "--out",
                "--plots", "--cutoff", "--compare");
        if (o.help()) {
            out.println(USAGE);
            return 0;
        }
        String problem = o.problem("--predictions", "--score", "--out");
        boolean binary = o.get("--outcome") != null;
        boolean survival = o.get("--time") != null || o.get("--event") != null;
        if (problem == null && binary == survival) {
            problem = "give either --outcome (binary) or --time and --event (survival)";
        }
        if (problem == null && survival && (o.get("--time") == null || o.get("--event") == null)) {
            problem = "--time and --event go together";
        }
        if (problem != null) {
            err.println("evaluate: " + problem);
            err.println(USAGE);
            return 2;
        }
        try {
            CohortTable t = CohortTable.read(Path.of(o.get("--predictions")));
            double cutoff = o.get("--cutoff") == null ? Double.NaN : Double.parseDouble(o.get("--cutoff"));
            Path plots = o.get("--plots") == null ? null : Path.of(o.get("--plots"));
            double[] score = t.numeric(o.get("--score"));
            Map<String, Object> m = binary ? Evaluation.binary(t.binary(o.get("--outcome")), score, cutoff, plots)
                    : Evaluation.survival(t.numeric(o.get("--time")), t.binary(o.get("--event")), score, cutoff, plots);
            if (o.get("--compare") != null) {
                if (!binary) {
                    throw new InvalidInputException("--compare (DeLong's test of two AUCs) needs a binary --outcome");
                }
                m.put("comparison_with_" + o.get("--compare"), Evaluation.compare(t.binary(o.get("--outcome")), score,
                        t.numeric(o.get("--compare"))));
            }
            Path file = Path.of(o.get("--out"));
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, JsonMapper.shared().writer().withDefaultPrettyPrinter().writeValueAsString(m));
            out.println("wrote " + m.size() + " metrics to " + file + (plots == null ? "" : ", plots in " + plots));
            return 0;
        } catch (NumberFormatException e) {
            err.println("evaluate: --cutoff must be a number");
            return 2;
        } catch (InvalidInputException e) {
            err.println("evaluate: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("evaluate: cannot write " + o.get("--out") + ": " + e.getMessage());
            return 1;
        }
    }
}
