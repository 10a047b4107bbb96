package dev.skillradar.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A scripted {@link DialogService} for ViewModel tests: answers queued up front, every dialog recorded. */
public final class FakeDialogs implements DialogService {
    /** One dialog as the user would have seen it. */
    public record Shown(String kind, String title, String message) {
    }

    public final List<Shown> shown = new ArrayList<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final Deque<String> textAnswers = new ArrayDeque<>();
    public final Deque<Integer> chooseAnswers = new ArrayDeque<>();
    public final Deque<Path> fileAnswers = new ArrayDeque<>();
    /** What the validator said about each text answer (empty string: accepted). */
    public final List<String> validations = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        shown.add(new Shown("confirm", title, message));
        if (confirmAnswers.isEmpty()) {
            throw new AssertionError("unexpected confirmation: " + message);
        }
        return confirmAnswers.pop();
    }

    @Override
    public void inform(String title, String message) {
        shown.add(new Shown("inform", title, message));
    }

    @Override
    public void error(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial, Function<String, Optional<String>> validator) {
        shown.add(new Shown("askText", title, prompt));
        if (textAnswers.isEmpty()) {
            return Optional.empty();
        }
        String answer = textAnswers.pop();
        Optional<String> problem = validator.apply(answer);
        validations.add(problem.orElse(""));
        // the real dialog's OK button is disabled while there is a problem: the user can only cancel
        return problem.isPresent() ? Optional.empty() : Optional.of(answer.trim());
    }

    @Override
    public <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label) {
        StringBuilder all = new StringBuilder(prompt);
        options.forEach(o -> all.append('\n').append(label.apply(o)));
        shown.add(new Shown("choose", title, all.toString()));
        if (chooseAnswers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(options.get(chooseAnswers.pop()));
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<FileFilter> filters) {
        shown.add(new Shown("open", title, ""));
        return Optional.ofNullable(fileAnswers.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialFileName, List<FileFilter> filters) {
        shown.add(new Shown("save", title, initialFileName));
        return Optional.ofNullable(fileAnswers.poll());
    }

    public List<Shown> of(String kind) {
        return shown.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    public Shown last() {
        return shown.get(shown.size() - 1);
    }
}
