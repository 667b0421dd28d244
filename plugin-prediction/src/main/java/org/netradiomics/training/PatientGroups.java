package org.netradiomics.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.volume.InvalidInputException;

/** Lesion rows grouped by patient, with checks that patient-level columns agree across a patient's lesions. */
record PatientGroups(List<String> patients, List<int[]> lesionRows) {

    static PatientGroups of(CohortTable lesions, String patientColumn, List<String> patientLevelColumns) {
        String[] ids = lesions.text(patientColumn);
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (ids[i].isBlank()) {
                throw new InvalidInputException("lesion row " + (i + 2) + " has no patient identifier");
            }
            groups.computeIfAbsent(ids[i], k -> new ArrayList<>()).add(i);
        }
        for (String column : patientLevelColumns) {
            String[] v = lesions.text(column);
            for (List<Integer> rows : groups.values()) {
                for (int i : rows) {
                    if (!v[i].equals(v[rows.get(0)])) {
                        throw new InvalidInputException("patient '" + ids[i] + "' has different values of '" + column
                                + "' on its lesion rows (" + v[rows.get(0)] + " and " + v[i] + "); a patient-level "
                                + "value must be the same on every lesion row");
                    }
                }
            }
        }
        List<int[]> rows = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            rows.add(g.stream().mapToInt(Integer::intValue).toArray());
        }
        return new PatientGroups(new ArrayList<>(groups.keySet()), rows);
    }

    int size() {
        return patients.size();
    }

    /** The first lesion row of each patient (for patient-level columns). */
    int[] firstRows() {
        return lesionRows.stream().mapToInt(r -> r[0]).toArray();
    }
}
