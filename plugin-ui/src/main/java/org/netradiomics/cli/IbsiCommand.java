package org.netradiomics.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.netradiomics.extraction.CsvTable;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.ibsi.IbsiConfiguration;
import org.netradiomics.ibsi.IbsiFamilies;
import org.netradiomics.ibsi.IbsiRunner;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/**
 * {@code ibsi}: every IBSI-1 feature of an image and mask under one of the IBSI configurations (digital_phantom,
 * A-E), as rows {@code tag,value} keyed by the tags of the IBSI reference values, diagnostics included. For the CT
 * configurations the intensities are rounded to whole HU first (the CT phantom is stored as float).
 */
public final class IbsiCommand implements Command {
    private static final String USAGE = "usage: netradiomics ibsi --config digital_phantom|A|B|C|D|E --image IMG"
            + " --mask MASK [--label N] --out values.csv";

    @Override
    public String name() {
        return "ibsi";
    }

    @Override
    public String summary() {
        return "IBSI-1 features under configuration digital_phantom or A-E (tag,value CSV)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "--config", "--image", "--mask", "--label", "--out");
        if (o.help()) {
            out.println(USAGE);
            return 0;
        }
        String problem = o.problem("--config", "--image", "--mask", "--out");
        IbsiConfiguration config = problem == null ? configuration(o.get("--config")) : null;
        if (problem == null && config == null) {
            problem = "--config must be digital_phantom, A, B, C, D or E, not " + o.get("--config");
        }
        if (problem != null) {
            err.println("ibsi: " + problem);
            err.println(USAGE);
            return 2;
        }
        try {
            int label = Integer.parseInt(o.get("--label", "1"));
            Volume image = ImageInput.read(o.get("--image"));
            if (config != IbsiConfiguration.DIGITAL_PHANTOM) {
                float[] v = image.voxels().clone();
                for (int i = 0; i < v.length; i++) {
                    v[i] = (float) Math.rint(v[i]);
                }
                image = new Volume(image.geometry(), v);
            }
            Mask mask = Mask.fromLabel(ImageInput.read(o.get("--mask")), label);
            FeatureTable t = IbsiRunner.run(config, image, mask, IbsiFamilies.all());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map.Entry<String, Double> e : t.asMap().entrySet()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("tag", e.getKey());
                row.put("value", e.getValue());
                rows.add(row);
            }
            CsvTable.write(Path.of(o.get("--out")), rows);
            out.println("wrote " + rows.size() + " IBSI tags (" + config.dataset() + ") to " + o.get("--out"));
            return 0;
        } catch (NumberFormatException e) {
            err.println("ibsi: --label must be a whole number");
            return 2;
        } catch (InvalidInputException e) {
            err.println("ibsi: " + e.getMessage());
            return 1;
        }
    }

    private static IbsiConfiguration configuration(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "DIGITAL_PHANTOM" -> IbsiConfiguration.DIGITAL_PHANTOM;
            case "A" -> IbsiConfiguration.A;
            case "B" -> IbsiConfiguration.B;
            case "C" -> IbsiConfiguration.C;
            case "D" -> IbsiConfiguration.D;
            case "E" -> IbsiConfiguration.E;
            default -> null;
        };
    }
}
