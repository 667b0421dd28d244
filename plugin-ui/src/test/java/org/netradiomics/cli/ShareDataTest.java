package org.netradiomics.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Missing shared data fails under CI and skips elsewhere (it was the other way round). */
class ShareDataTest {
    @Test
    void missingDataFailsUnderCiAndSkipsElsewhere() {
        IllegalStateException ci = assertThrows(IllegalStateException.class,
                () -> ShareData.missing("shared data ct/none", true));
        assertTrue(ci.getMessage().contains("ct/none") && ci.getMessage().contains("CI"), ci.getMessage());
        assertThrows(TestAbortedException.class, () -> ShareData.missing("shared data ct/none", false));
    }
}
