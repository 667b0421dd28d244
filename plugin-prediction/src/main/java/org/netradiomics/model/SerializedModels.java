package org.netradiomics.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.netradiomics.volume.InvalidInputException;

/**
 * Base64 text of a gzip-compressed Java serialisation of a {@link PatientModel}, for model packages. Reading is
 * restricted by a deserialisation filter to this project's classes, Smile's and the JDK's basic types, so a crafted
 * package cannot instantiate arbitrary classes; only load packages from sources you trust all the same.
 */
final class SerializedModels {
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=200;maxrefs=10000000;maxbytes=500000000;"
                    + "org.netradiomics.**;smile.**;java.lang.*;java.util.*;java.util.concurrent.*;java.lang.invoke.*;"
                    + "[*;!*");

    private SerializedModels() {}

    static String encode(PatientModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
            out.writeObject(model);
        } catch (IOException e) {
            throw new InvalidInputException("the fitted model cannot be stored: " + e.getMessage());
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    static PatientModel decode(String text, String source) {
        try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(new ByteArrayInputStream(
                Base64.getDecoder().decode(text))))) {
            in.setObjectInputFilter(FILTER);
            Object o = in.readObject();
            if (!(o instanceof PatientModel m)) {
                throw new InvalidInputException(source + ": estimator.serializedModel is not a patient model");
            }
            return m;
        } catch (IOException | ClassNotFoundException | IllegalArgumentException e) {
            throw new InvalidInputException(source + ": estimator.serializedModel cannot be read (" + e.getMessage()
                    + "); it was written by another release or is damaged");
        }
    }
}
