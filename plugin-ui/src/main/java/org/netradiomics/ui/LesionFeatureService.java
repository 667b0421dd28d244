package org.netradiomics.ui;

import java.util.Map;

import org.netradiomics.volume.Mask;
import org.netradiomics.volume.Volume;

/** Computes the features shown in the features panel for one lesion (PyRadiomics names, diagnostics included). */
public interface LesionFeatureService {

    /** Features of {@code lesion} on {@code image}; bad input is an InvalidInputException naming the problem. */
    Map<String, Object> features(Volume image, Mask lesion);

    /** One line describing the settings (written to the export as provenance). */
    String settings();

    /** The extraction settings file used (its path), or a phrase saying none was (written to the export). */
    default String settingsFile() {
        return "no parameter file";
    }
}
