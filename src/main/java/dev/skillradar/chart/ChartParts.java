package dev.skillradar.chart;

import java.util.ArrayList;
import java.util.List;

/** Pieces that the radar, the bar chart and the trend chart lay out alike: margin, title, legend entries. */
final class ChartParts {
    private ChartParts() {
    }

    /** The frame inside the picture's margin. */
    static Box frame(Size size, double fontSize) {
        double margin = 0.9 * fontSize;
        return new Box(margin, margin, Math.max(1, size.width() - 2 * margin), Math.max(1, size.height() - 2 * margin));
    }

    /** The title on one line (shortened with "…" if it must), bold, centred at the top of the frame; or null. */
    static TextBlock title(TextMeasure measure, String title, double fontSize, Box frame) {
        if (title == null || title.isBlank()) {
            return null;
        }
        double size = fontSize * 1.25;
        TextWrap.Wrapped w = TextWrap.wrap(measure, BundledFont.BOLD, size, title, frame.width(), 1);
        return TextBlock.place(measure, BundledFont.BOLD, size, w.lines(), HAlign.CENTER,
                frame.x() + (frame.width() - w.width()) / 2, frame.y());
    }

    /** The frame below the title (with a gap), or the frame itself without one. */
    static Box belowTitle(TextBlock title, Box frame, double fontSize) {
        if (title == null) {
            return frame;
        }
        double top = title.box().maxY() + 0.6 * fontSize;
        return new Box(frame.x(), top, frame.width(), Math.max(1, frame.maxY() - top));
    }

    /** The frame above the legend (with a gap). */
    static Box aboveLegend(Legend legend, Box frame, double fontSize) {
        if (legend.items().isEmpty()) {
            return frame;
        }
        double bottom = legend.box().y() - 0.6 * fontSize;
        return new Box(frame.x(), frame.y(), frame.width(), Math.max(1, bottom - frame.y()));
    }

    /** One entry per series in the spec's order, then the missing-value key if a shown series misses a value. */
    static List<Legend.Entry> legendEntries(ChartSpec spec) {
        List<Legend.Entry> entries = new ArrayList<>();
        boolean missing = false;
        for (Series s : spec.series()) {
            entries.add(new Legend.Entry(s.id(), s.label(), SeriesStyle.of(s.kind(), spec.fontSize()), s.visible()));
            missing |= s.visible() && s.hasMissing();
        }
        if (missing) {
            entries.add(new Legend.Entry(null, spec.missingLabel(), missingKeyStyle(spec.fontSize()), true));
        }
        return entries;
    }

    static SeriesStyle missingKeyStyle(double fontSize) {
        return new SeriesStyle(Ink.TEXT_MUTED, LineStyle.solid(1.5 * fontSize / 13), MarkerShape.CIRCLE, false);
    }

    static double markerSize(double fontSize) {
        return 0.62 * fontSize;
    }

    static double markerStroke(SeriesStyle style) {
        return Math.max(1.25, style.line().width() * 0.6);
    }

    static double gridWidth(double fontSize) {
        return Math.max(1, fontSize / 13);
    }
}
