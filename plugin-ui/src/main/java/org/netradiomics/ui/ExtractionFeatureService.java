package org.netradiomics.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.netradiomics.extraction.RadiomicsExtractor;
import org.netradiomics.settings.ExtractionSettings;
import org.netradiomics.settings.ParameterFile;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/** The full PyRadiomics-style extraction behind the features panel (TALENT settings when the file is at hand). */
public final class ExtractionFeatureService implements LesionFeatureService {
    private final RadiomicsExtractor extractor;

    /** Uses {@code params} (a PyRadiomics parameter file), or PyRadiomics defaults when it does not exist. */
    public ExtractionFeatureService(Path params) {
        ExtractionSettings s = params != null && Files.exists(params) ? ParameterFile.read(params)
                : ExtractionSettings.defaults();
        String name = params != null && Files.exists(params) ? params.getFileName().toString() : "PyRadiomics defaults";
        this.extractor = new RadiomicsExtractor(s, name);
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
}
