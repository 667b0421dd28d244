package org.netradiomics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.model.Calibration;
import org.netradiomics.model.ModelPackage;
import org.netradiomics.model.ModelPackageJson;
import org.netradiomics.model.StudyLibrary;
import org.netradiomics.training.CohortTable;
import org.netradiomics.volume.InvalidInputException;

/**
 * {@code calibrate}: fills a package's unpublished z-scoring and intercept from a site reference cohort (features and
 * outcome, one row per patient) and writes the calibrated package, for {@code predict --with} and the workbench's
 * "Load package".
 */
public final class CalibrateCommand implements Command {
    private static final String USAGE = "usage: netradiomics calibrate --model ID|model.json --reference cohort.csv"
            + " --outcome COL --out calibrated.json\n"
            + "  e.g. --model talent-radiomics: the published six slopes stay fixed; means, SDs and intercept are fitted";

    @Override
    public String name() {
        return "calibrate";
    }

    @Override
    public String summary() {
        return "fit a package's unpublished scaling and intercept on a reference cohort";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "--model", "--reference", "--outcome", "--out");
        if (o.help()) {
            out.println(USAGE);
            return 0;
        }
        String problem = o.problem("--model", "--reference", "--outcome", "--out");
        if (problem != null) {
            err.println("calibrate: " + problem);
            err.println(USAGE);
            return 2;
        }
        try {
            ModelPackage p = PredictCommand.load(o.get("--model"), new StudyLibrary());
            if (!p.calibration().equals("requires-reference-cohort")) {
                throw new InvalidInputException("model '" + p.id() + "' is " + p.calibration() + "; only packages that "
                        + "require a reference cohort are calibrated");
            }
            CohortTable ref = CohortTable.read(Path.of(o.get("--reference")));
            List<Map<String, Double>> rows = new ArrayList<>();
            for (int i = 0; i < ref.size(); i++) {
                rows.add(new HashMap<>());
            }
            for (var in : p.inputs()) {
                if (in.standardised()) {
                    double[] v = ref.numeric(in.name());
                    for (int i = 0; i < v.length; i++) {
                        rows.get(i).put(in.name(), v[i]);
                    }
                }
            }
            ModelPackage cal = Calibration.fromReferenceCohort(p, rows, ref.binary(o.get("--outcome")),
                    Path.of(o.get("--reference")).getFileName().toString());
            Path file = Path.of(o.get("--out"));
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, ModelPackageJson.write(cal));
            out.println("wrote calibrated package '" + cal.id() + "' to " + file);
            return 0;
        } catch (InvalidInputException e) {
            err.println("calibrate: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("calibrate: cannot write " + o.get("--out") + ": " + e.getMessage());
            return 1;
        }
    }
}
