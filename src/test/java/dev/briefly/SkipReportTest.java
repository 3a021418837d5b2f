package dev.briefly;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.launcher.TestIdentifier;
import org.opentest4j.TestAbortedException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks that skipped tests are reported once per reason, with how many and in which classes. */
class SkipReportTest {

    @Test
    void groupsAbortedAndDisabledTestsByReasonWithTheirClasses() {
        SkipReport report = new SkipReport();
        String missing = "../shared/data/ner/conll2003-en.txt not found: evaluation tests skipped";
        report.executionFinished(test("dev.briefly.eval.NerEvalTest", "scores"),
                TestExecutionResult.aborted(new TestAbortedException("Assumption failed: " + missing)));
        report.executionFinished(test("dev.briefly.eval.NerEvalTest", "reads"),
                TestExecutionResult.aborted(new TestAbortedException("Assumption failed: " + missing)));
        report.executionFinished(test("dev.briefly.eval.LangIdEvalTest", "detects"),
                TestExecutionResult.aborted(new TestAbortedException("Assumption failed: " + missing)));
        report.executionSkipped(test("dev.briefly.render.OutputsTest", "mode"), "no POSIX permissions here");
        report.executionFinished(test("dev.briefly.render.OutputsTest", "writes"), TestExecutionResult.successful());
        assertEquals(List.of(
                "[WARNING] Skipped 3 tests (NerEvalTest, LangIdEvalTest): " + missing,
                "[WARNING] Skipped 1 test (OutputsTest): no POSIX permissions here"), report.lines());
    }

    @Test
    void reportsNothingWhenEveryTestRanOrFailed() {
        SkipReport report = new SkipReport();
        report.executionFinished(test("dev.briefly.SeedSummaryTest", "summary"), TestExecutionResult.successful());
        report.executionFinished(test("dev.briefly.SeedSummaryTest", "broken"),
                TestExecutionResult.failed(new AssertionError("expected 3")));
        assertEquals(List.of(), report.lines());
    }

    private static TestIdentifier test(String className, String method) {
        UniqueId id = UniqueId.forEngine("junit-jupiter").append("class", className).append("method", method + "()");
        return TestIdentifier.from(new AbstractTestDescriptor(id, method + "()") {
            @Override
            public Type getType() {
                return Type.TEST;
            }
        });
    }
}
