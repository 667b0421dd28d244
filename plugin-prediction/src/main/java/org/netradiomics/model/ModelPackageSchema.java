package org.netradiomics.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.netradiomics.volume.InvalidInputException;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema (draft 2020-12) of model package format version 1, {@value #RESOURCE} in this bundle, and validation
 * of a parsed package against it with networknt json-schema-validator. Problems are reported by JSON path in English
 * ({@code my-model.json: $.inputs[2].kind: does not have a value in the enumeration [feature, clinical, score]}). The
 * same file validates packages in other tools (Python's {@code jsonschema}, ajv); the reader's own checks of what a
 * schema cannot express (coefficients naming exactly the inputs, deepScore array sizes) run after it.
 */
public final class ModelPackageSchema {
    /** Class-path location of the schema. */
    public static final String RESOURCE = "/org/netradiomics/model/model-package.schema.json";
    /** The schema's {@code $id}; nothing is fetched from it. */
    public static final String ID = "https://netradiomics.org/schema/model-package-1.json";
    /** How many problems an error message lists. */
    static final int REPORTED = 5;

    private ModelPackageSchema() {}

    /** The schema document as a tree. */
    public static JsonNode document() {
        try (InputStream in = ModelPackageSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("model package schema " + RESOURCE + " is missing from the bundle");
            }
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every schema problem of a parsed package, each as {@code <JSON path>: <what is wrong>}; empty when valid. */
    public static List<String> problems(JsonNode root) {
        List<String> out = new ArrayList<>();
        for (Error e : Holder.SCHEMA.validate(root)) {
            out.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
        return out;
    }

    /**
     * Refuses a package that does not follow the schema, naming the source and the first {@value #REPORTED}
     * problems. A missing tree is left to the caller's own check.
     */
    public static void validate(JsonNode root, String source) {
        if (root == null || root.isMissingNode()) {
            return;
        }
        List<String> problems = problems(root);
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(source).append(": ");
        message.append(String.join("; ", problems.subList(0, Math.min(REPORTED, problems.size()))));
        if (problems.size() > REPORTED) {
            message.append("; and ").append(problems.size() - REPORTED).append(" more");
        }
        message.append(" (model package format ").append(ModelPackage.FORMAT_VERSION).append(", see ")
                .append(RESOURCE.substring(RESOURCE.lastIndexOf('/') + 1)).append(')');
        throw new InvalidInputException(message.toString());
    }

    /** Compiled once, on first use; networknt schemas are safe to share between threads. */
    private static final class Holder {
        static final Schema SCHEMA = compile();

        private static Schema compile() {
            SchemaRegistryConfig config = SchemaRegistryConfig.builder().locale(Locale.ENGLISH)
                    .pathType(PathType.JSON_PATH).build();
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemaRegistryConfig(config));
            return registry.getSchema(SchemaLocation.of(ID), document());
        }
    }
}
