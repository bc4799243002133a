package dev.rapport.examples.web;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Path;

/**
 * How the web app runs.
 *
 * @param host the address to listen on, such as {@code 127.0.0.1}
 * @param port the port, 0 for any free one
 * @param db the history file, created only when the person first saves
 * @param region the region whose help resources reports list, such as {@code US}
 */
record WebSettings(String host, int port, Path db, String region) {
  WebSettings {
    checkNotNull(host, "host must not be null");
    checkArgument(port >= 0 && port <= 65_535, "port must be in [0, 65535] but was %s", port);
    checkNotNull(db, "db must not be null");
    checkNotNull(region, "region must not be null");
  }
}
