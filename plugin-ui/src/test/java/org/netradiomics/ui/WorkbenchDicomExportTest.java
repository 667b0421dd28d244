package org.netradiomics.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.dicom.DicomSegReader;
import org.netradiomics.dicom.DicomSeries;
import org.netradiomics.dicom.DicomSeriesLoader;
import org.netradiomics.segmentation.GrowSettings;

/**
 * A lesion grown on the abdominal DICOM series, exported as DICOM-SEG and as an RT structure set, and read back onto
 * the series grid.
 */
class WorkbenchDicomExportTest {
    @TempDir
    Path tmp;

    @Test
    void lesionRoundTripsThroughDicomSeg() {
        Path dir = org.netradiomics.cli.ShareData.resolve("ct/abdomen_ct/dicom");
        DicomSeries series = DicomSeriesLoader.loadSeries(dir, null);
        WorkbenchSession s = new WorkbenchSession(series.volume(), dir.toString(), new ExtractionFeatureService(null),
                series);
        WorkbenchSession.Lesion l = s.grow(242, 205, 9, GrowSettings.lesionDefaults(), false);
        Path seg = tmp.resolve("lesions.dcm");
        s.exportMasks(seg);
        DicomSegReader reader = new DicomSegReader(seg);
        assertEquals(series.seriesInstanceUid(), reader.referencedSeriesInstanceUid());
        assertArrayEquals(s.mask(l.label()).inside(), reader.mask(l.name(), series.volume().geometry()).inside());

        Path rt = tmp.resolve("lesions.rtstruct.dcm");
        s.exportMasks(rt);
        org.netradiomics.dicom.RtStructReader rtReader = new org.netradiomics.dicom.RtStructReader(rt);
        assertEquals(java.util.List.of(l.name()), rtReader.roiNames());
        assertArrayEquals(s.mask(l.label()).inside(), rtReader.mask(l.name(), series.volume().geometry()).inside());
    }
}
