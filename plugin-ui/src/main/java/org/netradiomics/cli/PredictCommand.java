package org.netradiomics.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.extraction.CsvTable;
import org.netradiomics.model.Calibration;
import org.netradiomics.model.InputSpec;
import org.netradiomics.model.ModelPackage;
import org.netradiomics.model.ModelPackageJson;
import org.netradiomics.model.Prediction;
import org.netradiomics.model.Predictor;
import org.netradiomics.model.StudyLibrary;
import org.netradiomics.model.PredictionContext;
import org.netradiomics.training.CohortTable;
import org.netradiomics.volume.InvalidInputException;

/**
 * {@code predict}: runs a bundled or trained model package on a patient table; a package whose scaling or intercept
 * was not published is calibrated on a reference cohort ({@code --reference} with {@code --outcome}) or, only with
 * {@code --approximate}, by its documented approximation (stated in every row's warnings). A patient whose inputs are
 * invalid gets an error in its row; the others are still predicted. Optional columns {@code lesion_site},
 * {@code ct_phase} and {@code smallest_lesion_mm} are checked against the package's intended use (a mismatch is a
 * warning); Cox packages with a baseline add {@code survival_<t>} columns.
 */
public final class PredictCommand implements Command {
    private static final String USAGE = "usage: netradiomics predict --model ID|model.json --input patients.csv"
            + " --out predictions.csv [--reference cohort.csv --outcome COL | --approximate yes] [--with calibrated.json]\n"
            + "  bundled models: " + StudyLibrary.BUNDLED + "\n"
            + "  input columns: the package's feature and clinical input names (features already aggregated per patient);\n"
            + "  optional: lesion_site (liver, pancreas, stomach, lymph-node, other), ct_phase (arterial, portal-venous,\n"
            + "  venous, delayed, unenhanced), smallest_lesion_mm: checked against the model's intended use";

    @Override
    public String name() {
        return "predict";
    }

    @Override
    public String summary() {
        return "run a study's model package on a patient table";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "--model", "--input", "--out", "--reference", "--outcome", "--approximate",
                "--with");
        if (o.help()) {
            out.println(USAGE);
            return 0;
        }
        String problem = o.problem("--model", "--input", "--out");
        if (problem == null && (o.get("--reference") == null) != (o.get("--outcome") == null)) {
            problem = "--reference and --outcome go together";
        }
        if (problem != null) {
            err.println("predict: " + problem);
            err.println(USAGE);
            return 2;
        }
        try {
            StudyLibrary library = new StudyLibrary();
            if (o.get("--with") != null) {
                library.add(ModelPackageJson.read(Path.of(o.get("--with"))));
            }
            ModelPackage model = load(o.get("--model"), library);
            CohortTable input = CohortTable.read(Path.of(o.get("--input")));
            List<Map<String, Double>> rows = numericRows(input);
            if (o.get("--reference") != null) {
                CohortTable ref = CohortTable.read(Path.of(o.get("--reference")));
                calibrateAll(model, library, numericRows(ref), ref.binary(o.get("--outcome")),
                        o.get("--reference"), false);
            } else if ("yes".equals(o.get("--approximate"))) {
                calibrateAll(model, library, rows, null, "", true);
            }
            List<Map<String, Object>> outRows = new ArrayList<>();
            int failed = 0;
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (String c : input.columns()) {
                    row.put(c, input.text(c)[i]);
                }
                try {
                    Prediction p = Predictor.predict(library.study(model.id()), rows.get(i), library::study,
                            context(input, rows.get(i), i));
                    row.put("linear_predictor", p.linearPredictor());
                    row.put("probability", p.probability());
                    row.put("group", p.group());
                    p.contributions().forEach((k, v) -> row.put("contribution_" + k, v));
                    p.survival().forEach((t, v) -> row.put("survival_" + (t == Math.rint(t)
                            ? Long.toString((long) t.doubleValue()) : t.toString()), v));
                    nomogramPoints(library.study(model.id()), rows.get(i), p, row);
                    row.put("warnings", String.join("; ", p.warnings()));
                } catch (InvalidInputException e) {
                    row.put("error", e.getMessage());
                    failed++;
                }
                outRows.add(row);
            }
            CsvTable.write(Path.of(o.get("--out")), outRows);
            out.println("wrote " + outRows.size() + " predictions of '" + model.id() + "' to " + o.get("--out")
                    + (failed > 0 ? " (" + failed + " failed: see the error column)" : ""));
            return failed > 0 ? 1 : 0;
        } catch (InvalidInputException e) {
            err.println("predict: " + e.getMessage());
            return 1;
        }
    }

    /** The case's lesion site, CT phase and smallest lesion from the optional columns of row i. */
    private static PredictionContext context(CohortTable input, Map<String, Double> values, int i) {
        String site = input.has("lesion_site") ? input.text("lesion_site")[i] : null;
        String phase = input.has("ct_phase") ? input.text("ct_phase")[i] : null;
        return new PredictionContext(site, phase, values.getOrDefault("smallest_lesion_mm", Double.NaN));
    }

    /** Nomogram points (rms scale) of each input and their total, for packages whose inputs all have ranges. */
    private static void nomogramPoints(ModelPackage p, Map<String, Double> values, Prediction prediction,
            Map<String, Object> row) {
        org.netradiomics.model.NomogramScale scale;
        try {
            scale = org.netradiomics.model.NomogramScale.of(p);
        } catch (InvalidInputException e) {
            return; // no nomogram for this model (an input without a range, or not linear)
        }
        Map<String, Double> v = new java.util.HashMap<>(values);
        for (InputSpec in : p.inputs()) {
            if (in.kind() == InputSpec.Kind.SCORE && !v.containsKey(in.name())) {
                double c = prediction.contributions().get(in.name());
                double beta = scale.beta()[scale.inputs().indexOf(in.name())];
                v.put(in.name(), beta == 0 ? 0 : c / beta);
            }
        }
        scale.points(v).forEach((k, pts) -> row.put("points_" + k, pts));
    }

    /** A bundled id, or a package file (its score sources are looked up next to it as {@code <id>.json}). */
    static ModelPackage load(String model, StudyLibrary library) {
        if (!model.endsWith(".json")) {
            return library.study(model);
        }
        Path file = Path.of(model);
        ModelPackage p = ModelPackageJson.read(file);
        for (InputSpec in : p.inputs()) {
            if (in.kind() == InputSpec.Kind.SCORE && !StudyLibrary.BUNDLED.contains(in.source())) {
                Path sibling = file.toAbsolutePath().resolveSibling(in.source() + ".json");
                if (!Files.exists(sibling)) {
                    throw new InvalidInputException("package " + p.id() + " takes its '" + in.name() + "' from package '"
                            + in.source() + "', expected in " + sibling);
                }
                library.add(ModelPackageJson.read(sibling));
            }
        }
        library.add(p);
        return p;
    }

    private static void calibrateAll(ModelPackage model, StudyLibrary library, List<Map<String, Double>> rows,
            boolean[] outcome, String cohort, boolean approximate) {
        List<ModelPackage> chain = new ArrayList<>();
        chain.add(model);
        for (InputSpec in : model.inputs()) {
            if (in.kind() == InputSpec.Kind.SCORE) {
                chain.add(library.study(in.source()));
            }
        }
        for (ModelPackage p : chain) {
            if (p.calibration().equals("requires-reference-cohort")) {
                library.add(approximate ? Calibration.approximate(p, rows)
                        : Calibration.fromReferenceCohort(p, rows, outcome, cohort));
            }
        }
    }

    private static List<Map<String, Double>> numericRows(CohortTable t) {
        List<Map<String, Double>> rows = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            rows.add(new HashMap<>());
        }
        for (String c : t.columns()) {
            String[] v = t.text(c);
            for (int i = 0; i < v.length; i++) {
                try {
                    if (!v[i].isBlank()) {
                        rows.get(i).put(c, Double.parseDouble(v[i]));
                    }
                } catch (NumberFormatException e) {
                    // text columns (ids, notes) are passed through, not used as inputs
                }
            }
        }
        return rows;
    }
}
