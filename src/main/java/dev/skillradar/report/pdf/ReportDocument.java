package dev.skillradar.report.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A whole report as the engine sees it: what the file says about itself, paper, the running header and footer,
 * and the blocks in reading order. {@code missingGlyphNote}, if given, words a small note added at the end when
 * some characters could not be shown (it receives their number, for example
 * {@code n -> n + " characters could not be shown and appear as □."}).
 */
public record ReportDocument(DocumentInfo info, PageSetup page, RunningText running, List<Block> blocks,
                             IntFunction<String> missingGlyphNote) {
    public ReportDocument {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(running, "running");
        blocks = List.copyOf(blocks);
    }

    public static Builder builder(DocumentInfo info) {
        return new Builder(info);
    }

    /** Collects blocks in reading order. */
    public static final class Builder {
        private final DocumentInfo info;
        private final List<Block> blocks = new ArrayList<>();
        private PageSetup page = PageSetup.a4();
        private RunningText running = RunningText.pageNumbersOnly();
        private IntFunction<String> missingGlyphNote;

        private Builder(DocumentInfo info) {
            this.info = Objects.requireNonNull(info, "info");
        }

        public Builder page(PageSetup page) {
            this.page = Objects.requireNonNull(page, "page");
            return this;
        }

        public Builder running(RunningText running) {
            this.running = Objects.requireNonNull(running, "running");
            return this;
        }

        public Builder missingGlyphNote(IntFunction<String> note) {
            this.missingGlyphNote = note;
            return this;
        }

        public Builder add(Block... more) {
            blocks.addAll(Arrays.asList(more));
            return this;
        }

        public Builder addAll(List<? extends Block> more) {
            blocks.addAll(more);
            return this;
        }

        public ReportDocument build() {
            return new ReportDocument(info, page, running, blocks, missingGlyphNote);
        }
    }
}
