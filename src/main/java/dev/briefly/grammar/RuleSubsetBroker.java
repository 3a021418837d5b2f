package dev.briefly.grammar;

import org.languagetool.JLanguageTool;
import org.languagetool.broker.DefaultResourceDataBroker;
import org.languagetool.broker.ResourceDataBroker;

import java.io.InputStream;

/**
 * Serves LanguageTool's resources as its default broker does, except to a thread building a checker with a
 * {@link RuleSubset}, which gets its pattern-rule and disambiguation files cut down to the texts' words and its
 * segmentation rules cut down to its language ({@link #building}), and to a thread filling a multi-word chunker of
 * such a build, which gets its list cut down ({@link #cuttingMultiWords}).
 *
 * <p>LanguageTool reads every resource through one process-wide broker; this one replaces the default broker only
 * when nobody installed another (a host application's own broker is left alone and every rule then loads). Other
 * threads, and the building thread outside {@link #building}, get exactly what the default broker gives.
 * Thread-safe.
 */
final class RuleSubsetBroker extends DefaultResourceDataBroker {

    private static final ThreadLocal<RuleSubset> BUILDING = new ThreadLocal<>();
    private static final ThreadLocal<MultiWordSubset.Filter> MULTI_WORDS = new ThreadLocal<>();

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

    /**
     * Runs {@code build} on this thread with its rule files served cut down by {@code subset}; a call inside another
     * leaves the outer one's setting as it found it.
     */
    static <T> T building(RuleSubset subset, java.util.function.Supplier<T> build) {
        RuleSubset outer = BUILDING.get();
        BUILDING.set(subset);
        try {
            return build.get();
        } finally {
            if (outer == null) {
                BUILDING.remove();
            } else {
                BUILDING.set(outer);
            }
        }
    }

    /** Runs {@code load} on this thread with every resource it reads served cut down by {@code filter}. */
    static <T> T cuttingMultiWords(MultiWordSubset.Filter filter, java.util.function.Supplier<T> load) {
        MULTI_WORDS.set(filter);
        try {
            return load.get();
        } finally {
            MULTI_WORDS.remove();
        }
    }

    @Override
    public InputStream getAsStream(String path) {
        InputStream in = super.getAsStream(path);
        MultiWordSubset.Filter filter = MULTI_WORDS.get();
        if (filter != null && in != null) {
            try (InputStream full = in) {
                return new java.io.ByteArrayInputStream(filter.cut(full.readAllBytes()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        RuleSubset subset = BUILDING.get();
        return subset == null || in == null ? in : subset.serve(path, in);
    }
}
