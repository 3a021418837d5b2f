package dev.briefly;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prints, when a test run ends, one line per reason for which tests were skipped (a failed assumption or
 * {@code @Disabled}), with the number of tests and their classes, so that a skip is never silent.
 *
 * <p>Registered through {@code META-INF/services}; JUnit calls it from one thread at a time, so it holds no locks.
 * It writes to the process's own standard error rather than {@code System.err}: Surefire captures the latter into
 * {@code target/surefire-reports/*-output.txt} (redirectTestOutputToFile) but copies the former to the console.
 */
public final class SkipReport implements TestExecutionListener {

    private final Map<String, Set<String>> classesByReason = new LinkedHashMap<>();
    private final Map<String, Integer> countByReason = new LinkedHashMap<>();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        classesByReason.clear();
        countByReason.clear();
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        note(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            note(test, result.getThrowable().map(Throwable::getMessage).orElse(null));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        List<String> lines = lines();
        if (lines.isEmpty()) {
            return;
        }
        // Not closed: closing it would close the process's standard error.
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        lines.forEach(err::println);
        err.flush();
    }

    /** Returns the report so far: one line per reason, in the order the reasons first came. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        countByReason.forEach((reason, count) -> lines.add("[WARNING] Skipped " + count
                + (count == 1 ? " test" : " tests") + " (" + String.join(", ", classesByReason.get(reason)) + "): "
                + reason));
        return lines;
    }

    private void note(TestIdentifier test, String reason) {
        String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        // Assumptions prefix their message with "Assumption failed: "; the reason is what follows.
        why = why.replaceFirst("^Assumption failed: ", "");
        countByReason.merge(why, 1, Integer::sum);
        classesByReason.computeIfAbsent(why, r -> new LinkedHashSet<>()).add(className(test));
    }

    private static String className(TestIdentifier test) {
        String id = test.getUniqueId();
        int at = id.indexOf("[class:");
        if (at < 0) {
            return test.getDisplayName();
        }
        int end = id.indexOf(']', at);
        String name = id.substring(at + "[class:".length(), end < 0 ? id.length() : end);
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
