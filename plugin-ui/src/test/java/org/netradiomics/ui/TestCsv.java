package org.netradiomics.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.training.CohortTable;

/** Reads a CSV written by the exports (quoted cells may hold commas) into rows of column -> text, with CohortTable. */
final class TestCsv {
    private TestCsv() {}

    static List<Map<String, String>> read(Path csv) {
        CohortTable t = CohortTable.read(csv);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String c : t.columns()) {
                row.put(c, t.text(c)[i]);
            }
            rows.add(row);
        }
        return rows;
    }
}
