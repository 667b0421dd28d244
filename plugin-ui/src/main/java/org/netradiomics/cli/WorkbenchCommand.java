package org.netradiomics.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.swing.JFileChooser;
import javax.swing.SwingUtilities;

import org.netradiomics.segmentation.GrowSettings;
import org.netradiomics.ui.AtomicWrite;
import org.netradiomics.ui.ExtractionFeatureService;
import org.netradiomics.ui.ImageFilesAdapter;
import org.netradiomics.ui.SeriesChooser;
import org.netradiomics.ui.SeriesDialog;
import org.netradiomics.ui.SessionOpener;
import org.netradiomics.ui.WorkbenchFrame;
import org.netradiomics.ui.WorkbenchSession;
import org.netradiomics.volume.InvalidInputException;

import com.formdev.flatlaf.FlatLightLaf;

/**
 * {@code workbench}: the standalone Swing workbench (FlatLaf) on a NIfTI file or DICOM folder (a folder with several
 * CT series opens a dialog to choose one, unless --series names it); with {@code --headless} the same steps without a
 * window: seed and/or mask file -> lesions -> features -> CSV and mask files, written only when every step succeeded.
 */
public final class WorkbenchCommand implements Command {
    private static final String DEFAULT_PARAMS = "test-data/params/talent.yaml";
    private static final String USAGE = "usage: netradiomics workbench [--image IMG [--series UID]] [--params params.yaml]\n"
            + "       netradiomics workbench --headless yes --image IMG [--series UID] (--seed I,J,K | --mask MASK)"
            + " --out DIR [--params params.yaml] [--aggregate median|mean]\n"
            + "  IMG: NIfTI file or DICOM CT folder; MASK: label image, .seg.nrrd, RTSTRUCT or DICOM-SEG of IMG (each"
            + " label/segment/ROI a lesion)\n"
            + "  default params: " + DEFAULT_PARAMS + " when present, else PyRadiomics defaults; a --params file that"
            + " does not exist is an error\n"
            + "  new lesions never take voxels of earlier lesions; the patient row is the median unless --aggregate mean";

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
        Options o = Options.parse(args, "--image", "--series", "--params", "--headless", "--seed", "--mask", "--out",
                "--aggregate");
        if (o.help()) {
            out.println(USAGE);
            return 0;
        }
        String problem = o.problem();
        boolean headless = o.get("--headless") != null;
        if (problem == null && headless && (o.get("--image") == null || o.get("--out") == null
                || (o.get("--seed") == null && o.get("--mask") == null))) {
            problem = "--headless needs --image, --out and --seed or --mask";
        }
        if (problem == null && !headless && (o.get("--seed") != null || o.get("--mask") != null
                || o.get("--out") != null || o.get("--aggregate") != null)) {
            problem = "--seed, --mask, --out and --aggregate apply to --headless yes";
        }
        if (problem != null) {
            err.println("workbench: " + problem);
            err.println(USAGE);
            return 2;
        }
        try {
            Path params = params(o.get("--params"));
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
            WorkbenchSession session = SessionOpener.open(Path.of(image), o.get("--series"), new SeriesDialog(null),
                    new ExtractionFeatureService(params));
            if (session == null) {
                return 0;
            }
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

    /** The parameter file: the one given (it must exist), else the TALENT file when present, else none (defaults). */
    private static Path params(String given) {
        if (given != null) {
            Path p = Path.of(given);
            if (!Files.isRegularFile(p)) {
                throw new InvalidInputException("parameter file not found: " + p.toAbsolutePath().normalize());
            }
            return p;
        }
        Path dflt = Path.of(DEFAULT_PARAMS);
        return Files.isRegularFile(dflt) ? dflt : null;
    }

    private static int headless(Options o, Path params, PrintStream out) {
        int[] s = o.get("--seed") == null ? null : seed(o.get("--seed"));
        WorkbenchSession.Aggregation aggregation = WorkbenchSession.Aggregation.of(o.get("--aggregate", "median"));
        WorkbenchSession session = SessionOpener.open(Path.of(o.get("--image")), o.get("--series"),
                SeriesChooser.fixed(o.get("--series")), new ExtractionFeatureService(params));
        if (o.get("--mask") != null) {
            Path mask = Path.of(o.get("--mask"));
            session.addLesions(ImageFilesAdapter.readLesions(mask, session.image()), mask.getFileName().toString());
        }
        if (s != null) {
            session.grow(s[0], s[1], s[2], GrowSettings.lesionDefaults(), false);
        }
        Path dir = Path.of(o.get("--out"));
        Path csv = dir.resolve("features.csv");
        Path masks = dir.resolve("lesions.nii.gz");
        // every step first; then both files are written to temporary names and moved into place together
        WorkbenchSession.FeatureJob features = session.featureJob(null);
        features.compute(() -> false, n -> { });
        features.commit();
        WorkbenchSession.MaskExport maskExport = session.maskExport(masks);
        Path csvTmp = features.writeTemporary(csv, aggregation);
        Path masksTmp;
        try {
            masksTmp = maskExport.writeTemporary();
        } catch (RuntimeException e) {
            AtomicWrite.discard(csvTmp);
            throw e;
        }
        AtomicWrite.commit(csvTmp, csv);
        AtomicWrite.commit(masksTmp, masks);
        for (WorkbenchSession.Lesion l : session.lesions()) {
            out.printf(Locale.ROOT, "%s: %.1f mL (%s)%n", l.name(), l.volumeMl(), l.status());
        }
        out.printf(Locale.ROOT, "wrote %s (patient row: %s)%nwrote %s%n", csv, aggregation.word(), masks);
        return 0;
    }

    private static int[] seed(String text) {
        String[] parts = text.split(",");
        if (parts.length != 3) {
            throw new InvalidInputException("--seed must be I,J,K (three 0-based voxel indices)");
        }
        int[] s = new int[3];
        for (int a = 0; a < 3; a++) {
            try {
                s[a] = Integer.parseInt(parts[a].trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("--seed must be three whole numbers, not " + text);
            }
        }
        return s;
    }
}
