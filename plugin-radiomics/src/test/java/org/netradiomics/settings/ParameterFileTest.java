package org.netradiomics.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.netradiomics.features.texture.AngleWeighting;
import org.netradiomics.preprocess.Interpolation;
import org.netradiomics.volume.InvalidInputException;
import org.yaml.snakeyaml.Yaml;

/** PyRadiomics parameter files: the project's files, defaults, and every kind of bad input. */
class ParameterFileTest {
    private static final Path PARAMS = Path.of("..", "test-data", "params");

    @Test
    void talentFile() {
        ExtractionSettings s = ParameterFile.read(PARAMS.resolve("talent.yaml"));
        assertEquals(25, s.binWidth());
        assertNull(s.binCount());
        assertArrayEquals(new double[] {1, 1, 1}, s.resampledPixelSpacing());
        assertEquals(Interpolation.BSPLINE, s.interpolator());
        assertTrue(s.enabled("glcm", "Imc1"));
        assertTrue(s.enabled("gldm", "LargeDependenceEmphasis"));
        assertFalse(s.classEnabled("shape2D"));
        assertEquals(7, s.enabledFeatures().size());
    }

    @Test
    void defaultsFileEqualsBuiltInDefaults() {
        ExtractionSettings file = ParameterFile.read(PARAMS.resolve("pyradiomics-default.yaml"));
        ExtractionSettings d = ExtractionSettings.defaults();
        assertEquals(d.binWidth(), file.binWidth());
        assertEquals(d.padDistance(), file.padDistance());
        assertEquals(d.texture(), file.texture());
        assertEquals(d.enabledFeatures(), file.enabledFeatures());
    }

    @Test
    void featureListsAndWeighting() {
        ExtractionSettings s = parse("""
                featureClass:
                  glcm: [Imc1, JointEntropy]
                setting:
                  binCount: 32
                  weightingNorm: no_weighting
                  distances: [1, 2]
                """);
        assertTrue(s.enabled("glcm", "Imc1"));
        assertFalse(s.enabled("glcm", "Contrast"));
        assertFalse(s.classEnabled("firstorder"));
        assertEquals(32, s.binCount());
        assertEquals(AngleWeighting.NO_WEIGHTING, s.texture().weighting());
        assertArrayEquals(new int[] {1, 2}, s.texture().distances());
    }

    @Test
    void badInputIsNamed() {
        assertMessage("setting:\n  binwidth: 25\n", "unknown setting 'binwidth' (did you mean 'binWidth'?)");
        assertMessage("setting:\n  binWidth: -5\n", "'binWidth' is -5; it must be a number > 0");
        assertMessage("setting:\n  resampledPixelSpacing: [1, -1, 1]\n", "resampledPixelSpacing");
        assertMessage("setting:\n  interpolator: sitkGaussian\n", "interpolator 'sitkGaussian' is not available");
        assertMessage("imageType:\n  LoG: {sigma: [1.0]}\n", "image type 'LoG' (a filter) is not available yet");
        assertMessage("setting:\n  sigma: [1.0]\n", "image filters are not available yet");
        assertMessage("featureClass:\n  glcmm:\n", "unknown feature class 'glcmm' (did you mean 'glcm'?)");
        assertMessage("settings:\n  binWidth: 25\n", "unknown top-level key 'settings' (did you mean 'setting'?)");
        assertMessage("featureClass:\n  shape2D:\n", "shape2D needs setting 'force2D: true'");
        assertMessage("setting:\n  force2Ddimension: 4\n", "force2Ddimension");
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> ParameterFile.read(Path.of("no-such-params.yaml")));
        assertTrue(missing.getMessage().contains("not found"), missing.getMessage());
    }

    private static void assertMessage(String yaml, String expected) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(yaml));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static ExtractionSettings parse(String yaml) {
        return ParameterFile.parse(new Yaml().load(yaml), "params.yaml");
    }
}
