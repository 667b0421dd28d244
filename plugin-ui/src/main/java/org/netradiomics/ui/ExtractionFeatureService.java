package org.netradiomics.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.netradiomics.extraction.RadiomicsExtractor;
import org.netradiomics.settings.ExtractionSettings;
import org.netradiomics.settings.ParameterFile;
import org.netradiomics.volume.InvalidInputException;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/** The full PyRadiomics-style extraction behind the features panel (TALENT settings when the file is at hand). */
public final class ExtractionFeatureService implements LesionFeatureService {
    private final RadiomicsExtractor extractor;
    private final String settingsFile;

    /**
     * Uses {@code params} (a PyRadiomics parameter file), or PyRadiomics defaults when {@code params} is null; a
     * parameter file that does not exist is an error naming it (never a silent fall-back to the defaults).
     */
    public ExtractionFeatureService(Path params) {
        if (params != null && !Files.isRegularFile(params)) {
            throw new InvalidInputException("parameter file not found: " + params.toAbsolutePath().normalize());
        }
        ExtractionSettings s = params != null ? ParameterFile.read(params) : ExtractionSettings.defaults();
        String name = params != null ? params.getFileName().toString() : "PyRadiomics defaults";
        this.extractor = new RadiomicsExtractor(s, name);
        this.settingsFile = params != null ? params.toAbsolutePath().normalize().toString()
                : "none (PyRadiomics defaults)";
    }

    @Override
    public Map<String, Object> features(Volume image, Mask lesion) {
        return extractor.extract(image, lesion.toVolume());
    }

    @Override
    public String settings() {
        return String.valueOf(extractor.settings().enabledFeatures().keySet()) + ", bin width "
                + extractor.settings().binWidth();
    }

    @Override
    public String settingsFile() {
        return settingsFile;
    }
}
