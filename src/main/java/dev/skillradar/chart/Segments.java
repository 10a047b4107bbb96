package dev.skillradar.chart;

/** Segment tests the layouts use to keep text off lines. */
final class Segments {
    private Segments() {
    }

    /** Whether the segment a–b passes through the box (Liang–Barsky clipping). */
    static boolean intersects(Box box, Point a, Point b) {
        double t0 = 0;
        double t1 = 1;
        double ddx = b.x() - a.x();
        double ddy = b.y() - a.y();
        double[] p = {-ddx, ddx, -ddy, ddy};
        double[] q = {a.x() - box.x(), box.maxX() - a.x(), a.y() - box.y(), box.maxY() - a.y()};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }
}
