package org.netradiomics.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.extraction.CsvTable;
import org.netradiomics.extraction.RadiomicsExtractor;
import org.netradiomics.settings.ExtractionSettings;
import org.netradiomics.settings.ParameterFile;
import org.netradiomics.volume.InvalidInputException;

/** {@code extract}: PyRadiomics-named features of one image and mask, one CSV row. */
public final class ExtractCommand implements Command {
    private static final String USAGE = "usage: netradiomics extract --image IMG [--series UID] --mask MASK [--label N] [--roi NAME]"
            + " [--params params.yaml] --out features.csv\n"
            + "  IMG: NIfTI file or DICOM CT folder; MASK: NIfTI label image or DICOM RT structure set (--roi picks the ROI)\n"
            + "  PyRadiomics 3.1 pipeline and names (Original image type); params: a PyRadiomics parameter file";

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String summary() {
        return "radiomics features of one image + mask (PyRadiomics names, CSV)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "--image", "--mask", "--label", "--roi", "--series", "--params", "--out");
        if (o.help()) {
            out.println(USAGE);
            return 0;
        }
        String problem = o.problem("--image", "--mask", "--out");
        if (problem != null) {
            err.println("extract: " + problem);
            err.println(USAGE);
            return 2;
        }
        try {
            RadiomicsExtractor extractor = extractor(o.get("--params"), o.get("--label"));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Image", o.get("--image"));
            row.put("Mask", o.get("--mask"));
            var image = ImageInput.read(o.get("--image"), o.get("--series"));
            row.putAll(extractor.extract(image, ImageInput.readMask(o.get("--mask"), o.get("--roi"), image)));
            CsvTable.write(Path.of(o.get("--out")), List.of(row));
            out.println("wrote " + (row.size() - 2) + " columns to " + o.get("--out"));
            return 0;
        } catch (InvalidInputException e) {
            err.println("extract: " + e.getMessage());
            return 1;
        } catch (NumberFormatException e) {
            err.println("extract: --label must be a whole number, not " + o.get("--label"));
            return 2;
        }
    }

    /** The extractor for a parameter file (or PyRadiomics defaults) and an optional label override. */
    static RadiomicsExtractor extractor(String params, String label) {
        ExtractionSettings s = params == null ? ExtractionSettings.defaults() : ParameterFile.read(Path.of(params));
        if (label != null) {
            int l = Integer.parseInt(label.trim());
            if (l < 1) {
                throw new InvalidInputException("--label must be >= 1, not " + l);
            }
            s = s.withLabel(l);
        }
        return new RadiomicsExtractor(s, params == null ? "PyRadiomics defaults" : Path.of(params).getFileName().toString());
    }
}
