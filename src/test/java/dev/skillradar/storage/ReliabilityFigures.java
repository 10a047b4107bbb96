package dev.skillradar.storage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Prints the figures of the reliability suite into the build log, counted from what really ran.
 *
 * <p>A test class registers this extension with {@code @ExtendWith(ReliabilityFigures.class)} and marks its
 * reliability tests with {@link Case}. Each execution of such a test (each invocation of a parameterized one)
 * counts as one variant, passed or failed, from JUnit's own result; a test that checks several variants in a
 * loop takes a {@link Variants} parameter and reports each one it has checked. After the class, one line per
 * category and outcome is printed, and at the end of the test run one total per category:
 *
 * <pre>
 * RELIABILITY damaged-file variants | RecoveryTest: 12 run, 12 moved aside untouched and recovered (GARBAGE, ...)
 * RELIABILITY TOTAL damaged-file variants: 19 checks run, 19 passed, 0 failed, 0 skipped (RecoveryTest 12, ...)
 * </pre>
 *
 * {@code mvn verify | grep RELIABILITY} shows them all. Nothing here decides a test's outcome.
 */
public final class ReliabilityFigures implements BeforeAllCallback, AfterAllCallback, TestWatcher, ParameterResolver {
    private static final String PREFIX = "RELIABILITY ";
    private static final int MAX_LABEL_CHARS = 400;
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ReliabilityFigures.class);

    /** The categories the reliability issue asks to see. */
    public enum Category {
        CRASH("crash rounds"),
        DAMAGED_FILE("damaged-file variants"),
        BAD_INPUT("bad-input variants"),
        NEWER_SCHEMA("newer schema"),
        SECOND_PROCESS("second process"),
        IO_FAILURE("disk full / I/O failure");

        final String title;

        Category(String title) {
            this.title = title;
        }
    }

    /** Marks a reliability test: its category, what a pass means, and a short label for the log. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Case {
        Category value();

        /** What a passed variant showed, e.g. "refused, file untouched". */
        String outcome() default "passed";

        /** A short name; parameterized invocations use their display name instead. */
        String label() default "";
    }

    /** For a test that checks several variants itself: report each variant after its assertions passed. */
    public static final class Variants {
        private final List<Entry> entries = new ArrayList<>();
        private final List<String> details = new ArrayList<>();
        private final Case annotation;

        Variants(Case annotation) {
            this.annotation = annotation;
        }

        /** This variant was checked and passed (label may be null to count it without listing it). */
        public void passed(String label) {
            entries.add(new Entry(annotation.value(), label, true));
        }

        /** As {@link #passed(String)}, counted under another category with the same outcome. */
        public void passed(Category category, String label) {
            entries.add(new Entry(category, label, true));
        }

        /** This variant was checked and did not hold (the test is expected to fail on it too). */
        public void failed(String label) {
            entries.add(new Entry(annotation.value(), label, false));
        }

        /** A figure measured by the test, printed with its category's line. */
        public void detail(String text) {
            details.add(text);
        }
    }

    private record Entry(Category category, String label, boolean passed) {
    }

    private record Key(Category category, String outcome) {
    }

    /** Counts of one (category, outcome) in one class, or of one category in the whole run. */
    private static final class Tally {
        int passed;
        int failed;
        int skipped;
        final Set<String> passedLabels = new LinkedHashSet<>();
        final List<String> failedLabels = new ArrayList<>();
        final List<String> skippedReasons = new ArrayList<>();
        final List<String> details = new ArrayList<>();
        final Map<String, Integer> runByClass = new LinkedHashMap<>();

        void add(Entry e) {
            if (e.passed()) {
                passed++;
                if (e.label() != null) {
                    passedLabels.add(e.label());
                }
            } else {
                failed++;
                failedLabels.add(e.label() == null ? "?" : e.label());
            }
        }

        void skip(String reason) {
            skipped++;
            skippedReasons.add(reason);
        }
    }

    private static final Map<Class<?>, Map<Key, Tally>> BY_CLASS = new ConcurrentHashMap<>();
    private static final Map<Category, Tally> TOTALS = new LinkedHashMap<>();
    private static final Map<String, Variants> VARIANTS = new ConcurrentHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("totals", k -> new TotalsPrinter(), TotalsPrinter.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Variants.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Case annotation = annotation(context).orElseThrow(() -> new IllegalStateException(
                "a test taking Variants must be marked @ReliabilityFigures.Case: " + context.getDisplayName()));
        return VARIANTS.computeIfAbsent(context.getUniqueId(), id -> new Variants(annotation));
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        finish(context, true);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        finish(context, false);
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        annotation(context).ifPresent(a -> tally(context, a.value(), a.outcome())
                .skip(label(context, a) + ": " + cause.getMessage()));
        VARIANTS.remove(context.getUniqueId());
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        annotation(context).ifPresent(a -> tally(context, a.value(), a.outcome())
                .skip(label(context, a) + reason.map(r -> ": " + r).orElse("")));
    }

    private static void finish(ExtensionContext context, boolean successful) {
        Optional<Case> found = annotation(context);
        Variants variants = VARIANTS.remove(context.getUniqueId());
        if (found.isEmpty()) {
            return;
        }
        Case a = found.get();
        List<Entry> entries = new ArrayList<>();
        if (variants != null) {
            entries.addAll(variants.entries);
            variants.details.forEach(d -> tally(context, a.value(), a.outcome()).details.add(d));
        }
        boolean anyFailed = entries.stream().anyMatch(e -> !e.passed());
        if (entries.isEmpty() || (!successful && !anyFailed)) {
            // a plain test counts once; a looping test that failed outside its reported variants counts one failure
            entries.add(new Entry(a.value(), label(context, a), successful));
        }
        for (Entry e : entries) {
            tally(context, e.category(), a.outcome()).add(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Map<Key, Tally> tallies = BY_CLASS.remove(context.getRequiredTestClass());
        if (tallies == null) {
            return;
        }
        String className = context.getRequiredTestClass().getSimpleName();
        synchronized (TOTALS) {
            tallies.forEach((key, t) -> {
                System.out.println(PREFIX + key.category().title + " | " + className + ": " + line(t, key.outcome()));
                Tally total = TOTALS.computeIfAbsent(key.category(), c -> new Tally());
                total.passed += t.passed;
                total.failed += t.failed;
                total.skipped += t.skipped;
                total.runByClass.merge(className, t.passed + t.failed, Integer::sum);
            });
        }
        System.out.flush();
    }

    private static String line(Tally t, String outcome) {
        StringBuilder s = new StringBuilder();
        s.append(t.passed + t.failed).append(" run, ").append(t.passed).append(' ').append(outcome);
        if (t.failed > 0) {
            s.append(", ").append(t.failed).append(" FAILED (").append(shortList(t.failedLabels)).append(')');
        }
        if (t.skipped > 0) {
            s.append(", ").append(t.skipped).append(" skipped (").append(shortList(t.skippedReasons)).append(')');
        }
        if (!t.details.isEmpty()) {
            s.append(": ").append(String.join("; ", t.details));
        }
        if (!t.passedLabels.isEmpty()) {
            s.append(" (").append(shortList(t.passedLabels)).append(')');
        }
        return s.toString();
    }

    /** Labels joined with "; ", cut after about MAX_LABEL_CHARS with the number left out. */
    private static String shortList(java.util.Collection<String> labels) {
        StringBuilder s = new StringBuilder();
        int shown = 0;
        for (String label : labels) {
            if (shown > 0 && s.length() + label.length() > MAX_LABEL_CHARS) {
                return s.append("; ... and ").append(labels.size() - shown).append(" more").toString();
            }
            s.append(shown > 0 ? "; " : "").append(label);
            shown++;
        }
        return s.toString();
    }

    private static Tally tally(ExtensionContext context, Category category, String outcome) {
        Map<Key, Tally> tallies = BY_CLASS.computeIfAbsent(context.getRequiredTestClass(),
                c -> java.util.Collections.synchronizedMap(new LinkedHashMap<>()));
        return tallies.computeIfAbsent(new Key(category, outcome), k -> new Tally());
    }

    private static Optional<Case> annotation(ExtensionContext context) {
        return context.getTestMethod().flatMap(m -> AnnotationSupport.findAnnotation(m, Case.class));
    }

    /** A parameterized invocation's display name, else the annotation's label, else the method name. */
    private static String label(ExtensionContext context, Case a) {
        Method method = context.getRequiredTestMethod();
        boolean invocation = context.getParent().flatMap(ExtensionContext::getTestMethod).isPresent();
        if (invocation) {
            return (a.label().isEmpty() ? "" : a.label() + ": ") + context.getDisplayName();
        }
        return a.label().isEmpty() ? method.getName() : a.label();
    }

    /** Prints one total per category when the test run (this JVM's JUnit engine) ends. */
    private static final class TotalsPrinter implements AutoCloseable {
        @Override
        public void close() {
            synchronized (TOTALS) {
                for (Category c : Category.values()) {
                    Tally t = TOTALS.get(c);
                    if (t != null) {
                        StringBuilder where = new StringBuilder();
                        t.runByClass.forEach((name, run) -> where.append(where.length() > 0 ? ", " : "")
                                .append(name).append(' ').append(run));
                        int run = t.passed + t.failed;
                        System.out.println(PREFIX + "TOTAL " + c.title + ": " + run + (run == 1 ? " check" : " checks")
                                + " run, " + t.passed + " passed, " + t.failed + " failed, " + t.skipped + " skipped ("
                                + where + ")");
                    }
                }
                TOTALS.clear();
            }
            System.out.flush();
        }
    }
}
