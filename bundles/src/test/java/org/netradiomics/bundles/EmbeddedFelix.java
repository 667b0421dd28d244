package org.netradiomics.bundles;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.resource.Capability;
import org.osgi.resource.Requirement;

/**
 * An Apache Felix framework started as Weasis starts it (its default configuration: the system bundle exports the
 * packages of the JDK's boot modules), with a fresh storage folder, and the bundles it was given installed.
 */
final class EmbeddedFelix implements AutoCloseable {
    private static final Pattern PACKAGE_FILTER = Pattern.compile("\\(" + Pattern.quote(PackageNamespace.PACKAGE_NAMESPACE)
            + "=([^)]+)\\)");
    private final Framework framework;
    private final Map<String, Bundle> installed = new LinkedHashMap<>();

    EmbeddedFelix(String name, List<BundleJars.Jar> jars) throws BundleException {
        String storage = System.getProperty("netradiomics.bundles.storage");
        if (storage == null) {
            fail("system property netradiomics.bundles.storage not set: run through Maven (mvn verify)");
        }
        Path dir = Path.of(storage, name);
        Map<String, String> config = new LinkedHashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, dir.toAbsolutePath().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("felix.log.level", "1");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new AssertionError("no OSGi FrameworkFactory on the test class path"));
        framework = factory.newFramework(config);
        framework.start();
        for (BundleJars.Jar jar : jars) {
            try (InputStream in = Files.newInputStream(jar.path())) {
                installed.put(jar.symbolicName(), framework.getBundleContext().installBundle(jar.path().toUri().toString(), in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Bundle bundle(String symbolicName) {
        Bundle b = installed.get(symbolicName);
        if (b == null) {
            throw new AssertionError("not installed: " + symbolicName + "; installed: " + installed.keySet());
        }
        return b;
    }

    /** Starts every installed bundle; returns, by symbolic name, Felix's message for each that would not start. */
    Map<String, String> startAll() {
        Map<String, String> failures = new LinkedHashMap<>();
        for (Map.Entry<String, Bundle> e : installed.entrySet()) {
            Bundle b = e.getValue();
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                b.start();
            } catch (BundleException ex) {
                failures.put(e.getKey(), ex.getMessage());
            }
        }
        return failures;
    }

    /** Whether {@code b} is ACTIVE, or RESOLVED/STARTING as a bundle without activator or with lazy activation. */
    static boolean isUp(Bundle b) {
        if (b.getState() == Bundle.ACTIVE) {
            return true;
        }
        boolean passive = b.getHeaders().get(Constants.BUNDLE_ACTIVATOR) == null
                || b.getHeaders().get(Constants.BUNDLE_ACTIVATIONPOLICY) != null;
        return passive && (b.getState() == Bundle.RESOLVED || b.getState() == Bundle.STARTING);
    }

    static String state(Bundle b) {
        return switch (b.getState()) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    /**
     * The packages {@code b} imports that no bundle of this framework (system bundle included) exports, whether
     * the import is optional or not, sorted.
     */
    TreeSet<String> importsNobodyExports(Bundle b) {
        List<Capability> exports = new ArrayList<>();
        for (Bundle any : framework.getBundleContext().getBundles()) {
            BundleRevision r = any.adapt(BundleRevision.class);
            if (r != null) {
                exports.addAll(r.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE));
            }
        }
        TreeSet<String> missing = new TreeSet<>();
        for (Requirement req : b.adapt(BundleRevision.class).getRequirements(PackageNamespace.PACKAGE_NAMESPACE)) {
            String filterText = req.getDirectives().get(PackageNamespace.REQUIREMENT_FILTER_DIRECTIVE);
            Filter filter;
            try {
                filter = FrameworkUtil.createFilter(filterText);
            } catch (InvalidSyntaxException e) {
                throw new AssertionError(b.getSymbolicName() + ": bad import filter " + filterText, e);
            }
            if (exports.stream().noneMatch(c -> filter.matches(c.getAttributes()))) {
                Matcher m = PACKAGE_FILTER.matcher(filterText);
                missing.add(m.find() ? m.group(1) : filterText);
            }
        }
        return missing;
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(30_000);
    }
}
