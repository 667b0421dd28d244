package org.netradiomics.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.RoiImage;
import org.netradiomics.features.firstorder.PyRadiomicsFirstOrder;
import org.netradiomics.features.shape.PyRadiomicsShape;
import org.netradiomics.features.shape2d.PyRadiomicsShape2D;
import org.netradiomics.features.texture.PyRadiomicsTextureFamily;
import org.netradiomics.preprocess.Discretisation;
import org.netradiomics.preprocess.Interpolation;
import org.netradiomics.preprocess.PyRadiomicsGrid;
import org.netradiomics.preprocess.PyRadiomicsResegmentation;
import org.netradiomics.preprocess.Resampler;
import org.netradiomics.preprocess.RoiCropper;
import org.netradiomics.settings.ExtractionSettings;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/**
 * PyRadiomics 3.1's extraction pipeline for the {@code Original} image type: mask check (label, grid, minimum
 * dimensions and size), optional normalisation, resampling on PyRadiomics' bounding-box grid (image with the chosen
 * interpolator, mask with nearest neighbour), re-segmentation, cropping to the mask's bounding box, discretisation
 * (bin width or bin count), then the enabled classes: shape (or shape2D) on the shape mask, first order with
 * {@code voxelArrayShift}, and the texture classes. Columns are named as PyRadiomics names them
 * ({@code diagnostics_*}, {@code original_<class>_<Feature>}). Instances are immutable and thread-safe.
 */
public final class RadiomicsExtractor {
    /** Version written to {@code diagnostics_Versions_NETRadiomics}. */
    public static final String VERSION = "0.1.0";
    private final ExtractionSettings settings;
    private final String settingsDescription;

    /** An extractor with these settings; {@code description} is written to the configuration diagnostics. */
    public RadiomicsExtractor(ExtractionSettings settings, String description) {
        this.settings = settings;
        this.settingsDescription = description;
    }

    /** The settings. */
    public ExtractionSettings settings() {
        return settings;
    }

    /** Extracts one case; {@code labels} is the label image (its {@code label} value is the ROI). */
    public Map<String, Object> extract(Volume image, Volume labels) {
        return extract(image, labels, null);
    }

    /**
     * Extracts one case, running feature classes in parallel on {@code pool} when it is not null.
     */
    public Map<String, Object> extract(Volume image, Volume labels, ExecutorService pool) {
        Map<String, Object> out = new LinkedHashMap<>();
        Mask mask = Mask.fromLabel(checkGrid(image, labels), settings.label());
        if (settings.additionalInfo()) {
            out.put("diagnostics_Versions_NETRadiomics", VERSION);
            out.put("diagnostics_Configuration_Settings", settingsDescription);
            out.put("diagnostics_Configuration_EnabledImageTypes", "{'Original': {}}");
            MaskDiagnostics.image(out, "original", image);
            MaskDiagnostics.mask(out, "original", image, mask);
        }
        checkRoi(mask, "");
        Volume img = settings.normalize() ? Normalisation.apply(image, settings.normalizeScale(),
                settings.removeOutliers()) : image;
        if (settings.resampledPixelSpacing() != null) {
            var grid = PyRadiomicsGrid.fromMaskBoundingBox(mask, settings.resampledPixelSpacing(), settings.padDistance());
            img = Resampler.resample(img, grid, settings.interpolator());
            mask = Resampler.resampleMask(mask, grid, Interpolation.NEAREST, 0.5);
            if (settings.additionalInfo()) {
                MaskDiagnostics.image(out, "interpolated", img);
                MaskDiagnostics.mask(out, "interpolated", img, mask);
            }
            checkRoi(mask, " after resampling");
        }
        Mask intensity = mask;
        if (settings.resegmentRange() != null) {
            intensity = PyRadiomicsResegmentation.resegment(img, mask, settings.resegmentRange(),
                    settings.resegmentMode());
            checkRoi(intensity, " after re-segmentation");
        }
        Mask shapeMask = settings.resegmentShape() ? intensity : mask;
        RoiImage roi = RoiCropper.crop(img, intensity, shapeMask, 0);
        DiscretisedImage levels = settings.binCount() != null
                ? Discretisation.pyradiomicsBinCount(roi, settings.binCount())
                : Discretisation.pyradiomicsBinWidth(roi, settings.binWidth());
        List<Callable<FeatureTable>> tasks = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        if (settings.classEnabled("shape")) {
            classes.add("shape");
            tasks.add(() -> strip(new PyRadiomicsShape(roi).pyradiomicsFeatures(), "shape_"));
        }
        if (settings.classEnabled("shape2D")) {
            classes.add("shape2D");
            tasks.add(() -> strip(new PyRadiomicsShape2D(roi).pyradiomicsFeatures(), "shape2D_"));
        }
        if (settings.classEnabled("firstorder")) {
            classes.add("firstorder");
            tasks.add(() -> strip(new PyRadiomicsFirstOrder(roi, levels, settings.voxelArrayShift())
                    .pyradiomicsFeatures(), "firstorder_"));
        }
        for (PyRadiomicsTextureFamily family : TextureFamilies.pyradiomics()) {
            if (settings.classEnabled(family.pyradiomicsClass())) {
                classes.add(family.pyradiomicsClass());
                tasks.add(() -> family.pyradiomicsFeatures(levels, settings.texture()));
            }
        }
        List<FeatureTable> tables = run(tasks, pool);
        for (int c = 0; c < classes.size(); c++) {
            String cls = classes.get(c);
            for (Map.Entry<String, Double> e : tables.get(c).asMap().entrySet()) {
                if (settings.enabled(cls, e.getKey())) {
                    out.put("original_" + cls + "_" + e.getKey(), e.getValue());
                }
            }
        }
        checkRequestedNames(classes, tables);
        return out;
    }

    private void checkRequestedNames(List<String> classes, List<FeatureTable> tables) {
        for (int c = 0; c < classes.size(); c++) {
            for (String requested : settings.enabledFeatures().get(classes.get(c))) {
                if (!tables.get(c).contains(requested)) {
                    throw new InvalidInputException("feature '" + requested + "' is not a feature of class '"
                            + classes.get(c) + "'; available: " + tables.get(c).asMap().keySet());
                }
            }
        }
    }

    private static FeatureTable strip(FeatureTable t, String prefix) {
        FeatureTable out = new FeatureTable();
        for (Map.Entry<String, Double> e : t.asMap().entrySet()) {
            out.put(e.getKey().startsWith(prefix) ? e.getKey().substring(prefix.length()) : e.getKey(), e.getValue());
        }
        return out;
    }

    private static List<FeatureTable> run(List<Callable<FeatureTable>> tasks, ExecutorService pool) {
        List<FeatureTable> out = new ArrayList<>();
        try {
            if (pool == null) {
                for (Callable<FeatureTable> t : tasks) {
                    out.add(t.call());
                }
                return out;
            }
            List<Future<FeatureTable>> futures = new ArrayList<>();
            for (Callable<FeatureTable> t : tasks) {
                futures.add(pool.submit(t));
            }
            for (Future<FeatureTable> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InvalidInputException e) {
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InvalidInputException iie) {
                throw iie;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Volume checkGrid(Volume image, Volume labels) {
        double tol = settings.geometryTolerance() == null ? 1e-4 : settings.geometryTolerance();
        if (image.geometry().sameGrid(labels.geometry(), tol)) {
            return labels;
        }
        if (!settings.correctMask()) {
            throw new InvalidInputException("the mask is not on the image's grid ("
                    + labels.geometry().describeDifference(image.geometry()) + "); check that the mask belongs to "
                    + "this image, or set 'correctMask: true' to resample it onto the image grid");
        }
        return Resampler.resampleMask(Mask.fromLabel(labels, settings.label()), image.geometry(),
                Interpolation.NEAREST, 0.5).toVolume();
    }

    private void checkRoi(Mask mask, String when) {
        int[] bb = mask.boundingBox();
        if (bb == null) {
            throw new InvalidInputException("the region of interest (label " + settings.label() + ") has no voxel"
                    + when);
        }
        int dims = 0;
        for (int a = 0; a < 3; a++) {
            dims += bb[a + 3] > bb[a] ? 1 : 0;
        }
        if (dims < settings.minimumRoiDimensions()) {
            throw new InvalidInputException("the region of interest" + when + " extends over " + dims + " axis(es) ("
                    + mask.count() + " voxel(s)); at least " + settings.minimumRoiDimensions() + " are required "
                    + "(setting minimumROIDimensions)");
        }
        if (settings.minimumRoiSize() != null && mask.count() < settings.minimumRoiSize()) {
            throw new InvalidInputException("the region of interest" + when + " has " + mask.count() + " voxels; at "
                    + "least " + settings.minimumRoiSize() + " are required (setting minimumROISize)");
        }
    }
}
