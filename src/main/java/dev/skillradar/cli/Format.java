package dev.skillradar.cli;

/** The output formats of commands that have a {@code --format} option. */
enum Format {
    TEXT, JSON;

    static Format parse(String value) throws CliException {
        if (value == null || value.equals("text")) {
            return TEXT;
        }
        if (value.equals("json")) {
            return JSON;
        }
        throw CliException.usage("unknown format '" + value + "' (use text or json)");
    }
}
