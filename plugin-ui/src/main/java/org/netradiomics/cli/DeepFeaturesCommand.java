package org.netradiomics.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.netradiomics.deep.DeepFeatureSettings;
import org.netradiomics.deep.OnnxFeatureExtractor;
import org.netradiomics.deep.SliceCrop;
import org.netradiomics.deep.SliceTensor;
import org.netradiomics.extraction.CsvTable;
import org.netradiomics.model.ModelPackage;
import org.netradiomics.model.StudyLibrary;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/**
 * {@code deep-features}: runs a user-supplied ONNX feature extractor on each lesion of a label image, with the slice
 * crop a model package's {@code extraction.deepFeatures} block describes, and writes one row per lesion label
 * ({@code label}, {@code slice}, then the package's deep-feature columns) for a cohort table.
 */
public final class DeepFeaturesCommand implements Command {
    private static final String USAGE = "usage: netradiomics deep-features --image IMG [--series UID] --mask MASK"
            + " [--roi NAME] [--label N] --model model.onnx --package ID|package.json --out deep.csv\n"
            + "       [--prefix COLUMN_PREFIX] [--input-name NAME] [--output-name NAME]\n"
            + "  IMG: NIfTI/NRRD file or DICOM CT folder (HU); MASK: label image, RT structure set or segmentation;\n"
            + "  every lesion label of MASK gives a row (--label N: that one only). The ONNX model is yours (not\n"
            + "  bundled); the package (" + "raise, lnm-rdps, gnen or a package file) says how its input is cut and\n"
            + "  scaled and how many features it gives. --prefix renames the columns (e.g. venous_deep_ for gnen's\n"
            + "  venous phase); --input-name/--output-name name the model's tensors if they differ from the package's";

    @Override
    public String name() {
        return "deep-features";
    }

    @Override
    public String summary() {
        return "deep features of each lesion from your ONNX model, as a package describes";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "--image", "--series", "--mask", "--roi", "--label", "--model", "--package",
                "--out", "--prefix", "--input-name", "--output-name");
        if (o.help()) {
            out.println(USAGE);
            return 0;
        }
        String problem = o.problem("--image", "--mask", "--model", "--package", "--out");
        if (problem != null) {
            err.println("deep-features: " + problem);
            err.println(USAGE);
            return 2;
        }
        Integer only;
        try {
            only = o.get("--label") == null ? null : Integer.valueOf(o.get("--label").trim());
        } catch (NumberFormatException e) {
            err.println("deep-features: --label must be a whole number, not " + o.get("--label"));
            return 2;
        }
        try {
            ModelPackage p = PredictCommand.load(o.get("--package"), new StudyLibrary());
            DeepFeatureSettings s = settings(p, o);
            Volume image = ImageInput.read(o.get("--image"), o.get("--series"));
            Volume labels = ImageInput.readMask(o.get("--mask"), o.get("--roi"), image);
            List<Integer> wanted = only != null ? List.of(only) : labelsOf(labels);
            List<Map<String, Object>> rows = new ArrayList<>();
            try (OnnxFeatureExtractor x = OnnxFeatureExtractor.open(Path.of(o.get("--model")), s)) {
                for (int label : wanted) {
                    SliceTensor input = SliceCrop.of(image, Mask.fromLabel(labels, label), s);
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("label", label);
                    row.put("slice", input.slice());
                    row.putAll(x.features(input));
                    rows.add(row);
                }
            }
            CsvTable.write(Path.of(o.get("--out")), rows);
            out.println("wrote " + rows.size() + " lesion row" + (rows.size() == 1 ? "" : "s") + " of "
                    + s.featureCount() + " deep features (" + s.columns().get(0) + " ...) for package '" + p.id()
                    + "' to " + o.get("--out"));
            return 0;
        } catch (InvalidInputException e) {
            err.println("deep-features: " + e.getMessage());
            return 1;
        }
    }

    private static DeepFeatureSettings settings(ModelPackage p, Options o) {
        DeepFeatureSettings s = DeepFeatureSettings.fromPackage(p);
        if (o.get("--prefix") != null) {
            s = s.withColumnPrefix(o.get("--prefix"));
        }
        if (o.get("--input-name") != null || o.get("--output-name") != null) {
            s = s.withNames(o.get("--input-name", s.inputName()), o.get("--output-name", s.outputName()));
        }
        return s;
    }

    /** The positive whole-number labels of a label image, ascending. */
    private static List<Integer> labelsOf(Volume labels) {
        TreeSet<Integer> found = new TreeSet<>();
        for (float v : labels.voxels()) {
            if (v > 0 && v == Math.rint(v)) {
                found.add((int) v);
            }
        }
        if (found.isEmpty()) {
            throw new InvalidInputException("the mask has no lesion label (no voxel > 0)");
        }
        return new ArrayList<>(found);
    }
}
