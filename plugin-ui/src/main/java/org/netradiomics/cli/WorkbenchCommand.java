package org.netradiomics.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import javax.swing.JFileChooser;
import javax.swing.SwingUtilities;

import org.netradiomics.ui.ExtractionFeatureService;
import org.netradiomics.ui.WorkbenchFrame;
import org.netradiomics.ui.WorkbenchSession;
import org.netradiomics.volume.InvalidInputException;

import com.formdev.flatlaf.FlatLightLaf;

/**
 * {@code workbench}: the standalone Swing workbench (FlatLaf) on a NIfTI file or DICOM folder; with {@code --headless}
 * the same steps without a window: seed -> lesion mask -> features -> CSV and mask files.
 */
public final class WorkbenchCommand implements Command {
    private static final String USAGE = "usage: netradiomics workbench [--image IMG [--series UID]] [--params params.yaml]\n"
            + "       netradiomics workbench --headless yes --image IMG [--series UID] --seed I,J,K --out DIR"
            + " [--params params.yaml]\n"
            + "  IMG: NIfTI file or DICOM CT folder; default params: test-data/params/talent.yaml when present";

    @Override
    public String name() {
        return "workbench";
    }

    @Override
    public String summary() {
        return "open the workbench (click a lesion, see its features); --headless runs seed -> mask -> CSV";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "--image", "--series", "--params", "--headless", "--seed", "--out");
        if (o.help()) {
            out.println(USAGE);
            return 0;
        }
        String problem = o.problem();
        boolean headless = o.get("--headless") != null;
        if (problem == null && headless && (o.get("--image") == null || o.get("--seed") == null
                || o.get("--out") == null)) {
            problem = "--headless needs --image, --seed and --out";
        }
        if (problem != null) {
            err.println("workbench: " + problem);
            err.println(USAGE);
            return 2;
        }
        Path params = Path.of(o.get("--params", "test-data/params/talent.yaml"));
        try {
            if (headless) {
                return headless(o, params, out);
            }
            String image = o.get("--image");
            if (image == null) {
                JFileChooser chooser = new JFileChooser();
                chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
                if (chooser.showOpenDialog(null) != JFileChooser.APPROVE_OPTION) {
                    return 0;
                }
                image = chooser.getSelectedFile().toString();
            }
            WorkbenchSession session = session(image, o.get("--series"), params);
            SwingUtilities.invokeAndWait(() -> {
                FlatLightLaf.setup();
                WorkbenchFrame frame = new WorkbenchFrame(session);
                frame.setDefaultCloseOperation(javax.swing.WindowConstants.EXIT_ON_CLOSE);
                frame.setVisible(true);
            });
            return 0;
        } catch (InvalidInputException e) {
            err.println("workbench: " + e.getMessage());
            return 1;
        } catch (java.awt.HeadlessException e) {
            err.println("workbench: no display available; use --headless yes --image IMG --seed I,J,K --out DIR");
            return 1;
        } catch (Exception e) {
            err.println("workbench: " + e);
            return 1;
        }
    }

    /** A session on a file, or on a DICOM series (kept as the source of DICOM-SEG exports). */
    private static WorkbenchSession session(String image, String series, Path params) {
        Path p = Path.of(image);
        if (java.nio.file.Files.isDirectory(p)) {
            org.netradiomics.dicom.DicomSeries s = org.netradiomics.dicom.DicomSeriesLoader.loadSeries(p, series);
            return new WorkbenchSession(s.volume(), image, new ExtractionFeatureService(params), s);
        }
        return new WorkbenchSession(ImageInput.read(image, series), image, new ExtractionFeatureService(params));
    }

    private static int headless(Options o, Path params, PrintStream out) {
        String[] parts = o.get("--seed").split(",");
        if (parts.length != 3) {
            throw new InvalidInputException("--seed must be I,J,K (three 0-based voxel indices)");
        }
        int[] s = new int[3];
        for (int a = 0; a < 3; a++) {
            try {
                s[a] = Integer.parseInt(parts[a].trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("--seed must be three whole numbers, not " + o.get("--seed"));
            }
        }
        WorkbenchSession session = session(o.get("--image"), o.get("--series"), params);
        WorkbenchSession.Lesion l = session.grow(s[0], s[1], s[2],
                org.netradiomics.segmentation.GrowSettings.lesionDefaults(), false);
        Path dir = Path.of(o.get("--out"));
        Path csv = dir.resolve("features.csv");
        Path masks = dir.resolve("lesions.nii.gz");
        session.exportFeatures(csv);
        session.exportMasks(masks);
        out.printf(Locale.ROOT, "lesion 1: %.1f mL (%s)%nwrote %s%nwrote %s%n", l.volumeMl(), l.status(), csv, masks);
        return 0;
    }
}
