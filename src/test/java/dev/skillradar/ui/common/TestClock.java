package dev.skillradar.ui.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock for tests that starts at a fixed moment and moves one millisecond each time it is read, so that a
 * session's times are the same on every run and still strictly increasing (backups are named by the millisecond).
 */
public final class TestClock extends Clock {
    public static final Instant START = Instant.parse("2026-03-01T09:30:00Z");

    private final AtomicLong millis = new AtomicLong(START.toEpochMilli());

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis.getAndIncrement());
    }

    /** Moves the clock on by {@code by} (months pass in a test). */
    public void advance(java.time.Duration by) {
        millis.addAndGet(by.toMillis());
    }
}
