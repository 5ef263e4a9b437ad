package org.communitygov.api.cli;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' log lines (Hibernate Validator's start-up notes, say) off standard error,
 * where only the tool's own messages belong: raises the {@code java.util.logging} root logger and
 * its handlers to {@code SEVERE}. {@code --debug} leaves logging as it is.
 */
final class QuietLogging {
  private QuietLogging() {}

  static void apply() {
    Logger root = Logger.getLogger("");
    root.setLevel(Level.SEVERE);
    for (Handler handler : root.getHandlers()) {
      handler.setLevel(Level.SEVERE);
    }
  }
}
