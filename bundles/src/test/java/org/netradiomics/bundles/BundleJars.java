package org.netradiomics.bundles;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The runtime set of the {@code bundles} module (the jars that bundles/target/lib collects for Weasis), as resolved
 * by Maven for this build: in {@code mvn verify} the project's plugins are the reactor's freshly packaged jars.
 */
record BundleJars(List<Jar> jars) {
    static final String RADIOMICS = "org.netradiomics.radiomics";
    static final String PREDICTION = "org.netradiomics.prediction";
    static final String UI = "org.netradiomics.ui";

    /** One jar of the set; {@code symbolicName} is null for a plain jar that is no OSGi bundle. */
    record Jar(Path path, Manifest manifest, String symbolicName) {
        boolean isBundle() {
            return symbolicName != null;
        }

        String header(String name) {
            return manifest == null ? null : manifest.getMainAttributes().getValue(name);
        }

        /** Packages named in an OSGi package-list header such as Export-Package (attributes and directives dropped). */
        List<String> packagesOf(String headerName) {
            String value = header(headerName);
            List<String> out = new ArrayList<>();
            if (value == null) {
                return out;
            }
            for (String clause : split(value, ',')) {
                for (String part : split(clause, ';')) {
                    String p = part.trim();
                    if (!p.isEmpty() && !p.contains("=")) {
                        out.add(p);
                    }
                }
            }
            return out;
        }

        /** The packages this jar contains: every folder holding a file, outside META-INF and OSGI-INF. */
        TreeSet<String> containedPackages() {
            TreeSet<String> out = new TreeSet<>();
            try (JarFile jar = new JarFile(path.toFile())) {
                for (JarEntry e : Collections.list(jar.entries())) {
                    String name = e.getName();
                    int slash = name.lastIndexOf('/');
                    if (e.isDirectory() || slash < 0 || name.startsWith("META-INF/") || name.startsWith("OSGI-INF/")) {
                        continue;
                    }
                    out.add(name.substring(0, slash).replace('/', '.'));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }

        @Override
        public String toString() {
            return path.getFileName() + (isBundle() ? " (" + symbolicName + ")" : " (not a bundle)");
        }
    }

    /** The runtime set listed by the build (system property {@code netradiomics.bundles.classpath}). */
    static BundleJars load() {
        return load("netradiomics.bundles.classpath");
    }

    /**
     * The OSGi runtime's own bundles that a Weasis-like framework has beside ours, without which slf4j-api 2 does not
     * resolve: the service loader mediator (SPI Fly and its ASM bundles) and a logging back-end (slf4j-nop); listed
     * by the build in system property {@code netradiomics.osgi.runtime.classpath}.
     */
    static BundleJars osgiRuntime() {
        return load("netradiomics.osgi.runtime.classpath");
    }

    private static BundleJars load(String property) {
        String list = System.getProperty(property);
        if (list == null) {
            fail("system property " + property + " not set: run through Maven (mvn verify)");
        }
        List<Jar> jars = new ArrayList<>();
        try {
            for (String entry : Files.readString(Path.of(list)).trim().split(File.pathSeparator)) {
                Path p = Path.of(entry);
                assertTrue(Files.isRegularFile(p) && p.toString().endsWith(".jar"),
                        "not a packaged jar: " + p + " (the OSGi tests run after package, e.g. in mvn verify)");
                try (JarFile jar = new JarFile(p.toFile())) {
                    Manifest m = jar.getManifest();
                    String bsn = m == null ? null : m.getMainAttributes().getValue("Bundle-SymbolicName");
                    jars.add(new Jar(p, m, bsn == null ? null : split(bsn, ';').get(0).trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BundleJars(List.copyOf(jars));
    }

    Jar bundle(String symbolicName) {
        return jars.stream().filter(j -> symbolicName.equals(j.symbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName + " in " + jars));
    }

    List<Jar> bundles() {
        return jars.stream().filter(Jar::isBundle).toList();
    }

    /**
     * The bundles {@code roots} need: the roots, then every bundle of this set that exports a package (by name) one
     * of those already taken imports, optionally or not, until none is added. Versions and other requirements are
     * left to the framework, whose resolution then tells what does not fit.
     */
    List<Jar> closure(String... roots) {
        List<Jar> out = new ArrayList<>();
        for (String r : roots) {
            out.add(bundle(r));
        }
        for (int i = 0; i < out.size(); i++) {
            List<String> imports = out.get(i).packagesOf("Import-Package");
            for (Jar candidate : bundles()) {
                if (!out.contains(candidate)
                        && candidate.packagesOf("Export-Package").stream().anyMatch(imports::contains)) {
                    out.add(candidate);
                }
            }
        }
        return out;
    }

    /** Splits at {@code sep} outside double quotes (uses:="a,b" stays whole). */
    static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : s.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == sep && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
