package org.netradiomics.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The plugins as Weasis loads them: installed in Apache Felix with the bundles of their runtime set, resolved and
 * started, then used through the framework's class loaders only (the test class path holds none of them).
 */
class OsgiBundlesTest {
    private final BundleJars set = BundleJars.load();

    /** {@code roots} and the bundles of the runtime set they need, with the OSGi runtime's service loader mediator. */
    private List<BundleJars.Jar> installSet(String... roots) {
        List<BundleJars.Jar> out = new ArrayList<>(set.closure(roots));
        out.addAll(BundleJars.osgiRuntime().bundles());
        return out;
    }

    private List<BundleJars.Jar> engineBundles() {
        return installSet(BundleJars.RADIOMICS, BundleJars.PREDICTION);
    }

    @Test
    void radiomicsAndPredictionResolveAndStartWithTheirRuntimeBundles() throws Exception {
        try (EmbeddedFelix felix = new EmbeddedFelix("engine", engineBundles())) {
            Map<String, String> failures = felix.startAll();
            assertTrue(failures.isEmpty(), () -> "bundles that did not resolve or start:\n" + failures.entrySet()
                    .stream().map(e -> "  " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")));
            List<String> down = new ArrayList<>();
            for (BundleJars.Jar jar : engineBundles()) {
                Bundle b = felix.bundle(jar.symbolicName());
                if (!EmbeddedFelix.isUp(b)) {
                    down.add(jar + ": " + EmbeddedFelix.state(b));
                }
            }
            assertTrue(down.isEmpty(), () -> "bundles not ACTIVE: " + down);
            List<String> names = engineBundles().stream().map(BundleJars.Jar::symbolicName).toList();
            for (String dependency : List.of("org.yaml.snakeyaml", "tools.jackson.core.jackson-databind",
                    "tools.jackson.core.jackson-core", "com.fasterxml.jackson.core.jackson-annotations", "slf4j.api")) {
                assertTrue(names.contains(dependency), dependency + " not among the bundles installed: " + names);
            }

            // Smile is no bundle: the classes the engine uses are inside plugin-prediction, so nothing imports smile
            Bundle prediction = felix.bundle(BundleJars.PREDICTION);
            assertTrue(set.bundle(BundleJars.PREDICTION).containedPackages().contains("smile.classification"),
                    "Smile is not embedded in plugin-prediction");
            BundleWiring wiring = prediction.adapt(BundleWiring.class);
            for (BundleWire w : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
                String pkg = (String) w.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
                assertFalse(pkg.startsWith("smile."), "plugin-prediction imports " + pkg);
                if (pkg.startsWith("java.") || pkg.startsWith("javax.")) {
                    assertEquals(0, w.getProvider().getBundle().getBundleId(),
                            pkg + " must come from the JDK (system bundle), not " + w.getProvider().getBundle());
                }
            }
        }
    }

    @Test
    void modelPackagesAndFeatureCatalogueLoadThroughTheBundleClassLoaders() throws Exception {
        try (EmbeddedFelix felix = new EmbeddedFelix("classes", engineBundles())) {
            Map<String, String> failures = felix.startAll();
            assertTrue(failures.isEmpty(), () -> "bundles that did not resolve or start: " + failures);
            Bundle prediction = felix.bundle(BundleJars.PREDICTION);
            Bundle radiomics = felix.bundle(BundleJars.RADIOMICS);

            // the bundled study packages: JSON resources of plugin-prediction, read with jackson 3 (a bundle)
            assertNotNull(prediction.getResource("org/netradiomics/model/studies/raise.json"),
                    "study packages not in plugin-prediction");
            Class<?> library = prediction.loadClass("org.netradiomics.model.StudyLibrary");
            assertSame(prediction, FrameworkUtil.getBundle(library), "StudyLibrary not loaded by plugin-prediction");
            Object studies = library.getMethod("studies").invoke(library.getConstructor().newInstance());
            List<?> bundled = (List<?>) library.getField("BUNDLED").get(null);
            TreeSet<String> ids = new TreeSet<>();
            for (Object p : (List<?>) studies) {
                ids.add((String) p.getClass().getMethod("id").invoke(p));
            }
            assertEquals(new TreeSet<>(bundled), ids);

            // plugin-radiomics' classes seen from plugin-prediction are the radiomics bundle's (one copy, imported)
            Class<?> volume = prediction.loadClass("org.netradiomics.volume.Volume");
            assertSame(radiomics, FrameworkUtil.getBundle(volume));

            // Smile inside plugin-prediction, with its slf4j logger wired to the slf4j bundle
            Class<?> mathEx = Class.forName("smile.math.MathEx", true,
                    prediction.adapt(BundleWiring.class).getClassLoader());
            assertEquals(2.0, (double) mathEx.getMethod("mean", double[].class).invoke(null, new double[] {1, 2, 3}));
            assertSame(felix.bundle("slf4j.api"),
                    FrameworkUtil.getBundle(prediction.loadClass("org.slf4j.LoggerFactory")));

            // a feature extraction on a synthetic lesion, inside the radiomics bundle
            Class<?> catalogue = radiomics.loadClass("org.netradiomics.extraction.FeatureCatalogue");
            Map<?, ?> byClass = (Map<?, ?>) catalogue.getMethod("byClass").invoke(null);
            for (String featureClass : List.of("firstorder", "shape", "shape2D", "glcm", "glrlm", "glszm", "gldm",
                    "ngtdm")) {
                assertFalse(((List<?>) byClass.get(featureClass)).isEmpty(), "no " + featureClass + " features");
            }

            // a PyRadiomics parameter file, read with snakeyaml (a bundle)
            Path dir = Files.createDirectories(Path.of(System.getProperty("netradiomics.bundles.storage"), "files"));
            Path params = Files.writeString(dir.resolve("params.yaml"), "setting:\n  binWidth: 25\n");
            Object settings = radiomics.loadClass("org.netradiomics.settings.ParameterFile")
                    .getMethod("read", Path.class).invoke(null, params);
            assertNotNull(settings);

            // a plot written as PNG: java.awt and javax.imageio from the system bundle
            Path png = dir.resolve("roc.png");
            Files.deleteIfExists(png);
            Method roc = prediction.loadClass("org.netradiomics.plots.Plots")
                    .getMethod("roc", Path.class, boolean[].class, Map.class);
            roc.invoke(null, png, new boolean[] {true, false, true, false, true, false},
                    Map.of("model", new double[] {0.9, 0.2, 0.7, 0.4, 0.6, 0.3}));
            assertTrue(Files.size(png) > 0, "no PNG written");
        }
    }

    /**
     * ONNX Runtime (deep features) is no bundle and is not installed: plugin-prediction imports it optionally, so it
     * resolves without it, and the deep-feature extractor then refuses to open a model with a message saying what is
     * missing instead of failing on a class it cannot load.
     */
    @Test
    void deepFeatureExtractorWithoutOnnxRuntimeSaysWhatIsMissing() throws Exception {
        String imports = set.bundle(BundleJars.PREDICTION).header("Import-Package");
        assertTrue(imports.matches("(?s).*ai\\.onnxruntime;[^,]*resolution:=optional.*"),
                "ai.onnxruntime is not an optional import of plugin-prediction: " + imports);
        try (EmbeddedFelix felix = new EmbeddedFelix("deep", engineBundles())) {
            Map<String, String> failures = felix.startAll();
            assertTrue(failures.isEmpty(), () -> "bundles that did not resolve or start: " + failures);
            Bundle prediction = felix.bundle(BundleJars.PREDICTION);
            Class<?> settingsType = prediction.loadClass("org.netradiomics.deep.DeepFeatureSettings");
            Object settings = settingsType.getMethod("fromMap", Map.class, String.class).invoke(null,
                    Map.of("window", Map.of("level", 40, "width", 400), "featureCount", 2), "osgi");
            Path dir = Files.createDirectories(Path.of(System.getProperty("netradiomics.bundles.storage"), "files"));
            Path model = Files.write(dir.resolve("model.onnx"), new byte[] {8, 8});
            Method open = prediction.loadClass("org.netradiomics.deep.OnnxFeatureExtractor")
                    .getMethod("open", Path.class, settingsType);
            Throwable refusal = assertThrows(java.lang.reflect.InvocationTargetException.class,
                    () -> open.invoke(null, model, settings)).getCause();
            assertEquals("org.netradiomics.volume.InvalidInputException", refusal.getClass().getName());
            assertTrue(refusal.getMessage().startsWith("deep features need ONNX Runtime"), refusal.getMessage());
        }
    }

    /**
     * plugin-ui is the standalone workbench and command line. Its DICOM path is PixelMed, which is no OSGi bundle and
     * is not installed (inside Weasis, DICOM comes from Weasis' dcm4che); its look and feel is FlatLaf, no OSGi
     * bundle either (inside Weasis, Weasis sets the look and feel). Both are optional imports, so plugin-ui resolves
     * and starts without them; these packages are the only ones it may miss, and any other import that no bundle
     * exports fails here.
     */
    @Test
    void uiMissesOnlyPixelMedAndFlatLaf() throws Exception {
        try (EmbeddedFelix felix = new EmbeddedFelix("ui", installSet(BundleJars.UI))) {
            Map<String, String> failures = felix.startAll();
            Bundle ui = felix.bundle(BundleJars.UI);
            TreeSet<String> missing = felix.importsNobodyExports(ui);
            List<String> unexpected = missing.stream()
                    .filter(p -> !p.startsWith("com.pixelmed.") && !p.equals("com.formdev.flatlaf")
                            && !p.startsWith("com.formdev.flatlaf."))
                    .toList();
            assertTrue(unexpected.isEmpty(), () -> "plugin-ui imports packages no bundle exports: " + unexpected
                    + (failures.containsKey(BundleJars.UI) ? "\n  " + failures.get(BundleJars.UI) : ""));
            assertTrue(missing.stream().anyMatch(p -> p.startsWith("com.pixelmed.")),
                    "PixelMed is not installed, yet plugin-ui misses none of its packages: " + missing);
            assertTrue(failures.isEmpty(), () -> "bundles that did not resolve or start:\n" + failures.entrySet()
                    .stream().map(e -> "  " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")));
            assertTrue(EmbeddedFelix.isUp(ui), () -> "plugin-ui is " + EmbeddedFelix.state(ui));
        }
    }
}
