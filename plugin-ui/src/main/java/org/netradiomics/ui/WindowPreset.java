package org.netradiomics.ui;

/**
 * CT display windows (width / level in HU). The values are the usual radiology presets for contrast-enhanced
 * abdominal CT (e.g. Radiopaedia, "Windowing (CT)": abdomen W400 L40, liver W150 L90; arterial/angiography W600 L100).
 */
public enum WindowPreset {
    /** Soft-tissue abdomen. */
    ABDOMEN("Abdomen", 400, 40),
    /** Narrow liver window for hypo/hyper-enhancing metastases. */
    LIVER("Liver", 150, 90),
    /** Arterial phase / enhancing vessels and lesions. */
    ARTERIAL("Arterial", 600, 100);

    private final String label;
    private final double width;
    private final double level;

    WindowPreset(String label, double width, double level) {
        this.label = label;
        this.width = width;
        this.level = level;
    }

    /** Width in HU. */
    public double width() {
        return width;
    }

    /** Level (centre) in HU. */
    public double level() {
        return level;
    }

    @Override
    public String toString() {
        return label + " (W" + (int) width + " L" + (int) level + ")";
    }
}
