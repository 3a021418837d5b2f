package dev.briefly.grammar;

import org.languagetool.JLanguageTool;
import org.languagetool.broker.DefaultResourceDataBroker;
import org.languagetool.broker.ResourceDataBroker;

import java.io.InputStream;

/**
 * Serves LanguageTool's resources as its default broker does, except to a thread building a checker with a
 * {@link RuleSubset}, which gets its pattern-rule files cut down ({@link #building}).
 *
 * <p>LanguageTool reads every resource through one process-wide broker; this one replaces the default broker only
 * when nobody installed another (a host application's own broker is left alone and every rule then loads). Other
 * threads, and the building thread outside {@link #building}, get exactly what the default broker gives.
 * Thread-safe.
 */
final class RuleSubsetBroker extends DefaultResourceDataBroker {

    private static final ThreadLocal<RuleSubset> BUILDING = new ThreadLocal<>();

    private RuleSubsetBroker(String resourceDir, String rulesDir) {
        super(resourceDir, rulesDir);
    }

    /** Installs this broker in place of LanguageTool's default one and returns whether it is in place. */
    static synchronized boolean install() {
        ResourceDataBroker current = JLanguageTool.getDataBroker();
        if (current instanceof RuleSubsetBroker) {
            return true;
        }
        if (current.getClass() != DefaultResourceDataBroker.class) {
            return false;
        }
        JLanguageTool.setDataBroker(new RuleSubsetBroker(current.getResourceDir(), current.getRulesDir()));
        return true;
    }

    /** Runs {@code build} on this thread with its rule files served cut down by {@code subset}. */
    static <T> T building(RuleSubset subset, java.util.function.Supplier<T> build) {
        BUILDING.set(subset);
        try {
            return build.get();
        } finally {
            BUILDING.remove();
        }
    }

    @Override
    public InputStream getAsStream(String path) {
        InputStream in = super.getAsStream(path);
        RuleSubset subset = BUILDING.get();
        return subset == null || in == null ? in : subset.serve(path, in);
    }
}
