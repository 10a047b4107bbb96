package dev.skillradar.storage;

import java.io.IOException;

/** A consumer that may throw {@link IOException}, such as code writing a file's content to a stream. */
@FunctionalInterface
public interface IOConsumer<T> {
    void accept(T value) throws IOException;
}
