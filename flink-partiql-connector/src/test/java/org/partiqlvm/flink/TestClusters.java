package org.partiqlvm.flink;

import java.nio.file.Path;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.WebOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;

/** The mini cluster of the Flink cluster tests: 1 task manager with 2 slots, metrics captured. */
public final class TestClusters {

    private TestClusters() {}

    /** A new extension for a test class's static field. */
    public static MiniClusterExtension twoSlots() {
        return new MiniClusterExtension(
                new MiniClusterResourceConfiguration.Builder()
                        .setNumberTaskManagers(1)
                        .setNumberSlotsPerTaskManager(2)
                        .setConfiguration(configuration())
                        .build());
    }

    private static Configuration configuration() {
        Configuration config = new Configuration();
        // Without this the mini cluster creates /tmp/flink-web-upload, shared by every user;
        // under target/ it goes away with `mvn clean` (the tests run in the module directory).
        config.set(
                WebOptions.UPLOAD_DIR,
                Path.of("target", "flink-web-upload").toAbsolutePath().toString());
        config.set(
                ConfigOptions.key("metrics.reporter.capture.factory.class")
                        .stringType()
                        .noDefaultValue(),
                CapturingMetricReporter.Factory.class.getName());
        return config;
    }
}
