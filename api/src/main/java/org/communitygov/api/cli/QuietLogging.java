package org.communitygov.api.cli;

import java.lang.reflect.Method;

/**
 * Keeps the libraries' log lines (Hibernate Validator's start-up notes, say) off standard error,
 * where only the tool's own messages belong: raises the {@code java.util.logging} root logger and
 * its handlers to {@code SEVERE}. {@code --debug} leaves logging as it is.
 *
 * <p>By reflection, because the api module does not read {@code java.logging}; with {@code requires
 * java.logging} in {@code module-info.java} this would be three plain lines.
 */
final class QuietLogging {
  private QuietLogging() {}

  static void apply() {
    try {
      Class<?> loggerType = Class.forName("java.util.logging.Logger");
      Class<?> levelType = Class.forName("java.util.logging.Level");
      Class<?> handlerType = Class.forName("java.util.logging.Handler");
      Object severe = levelType.getField("SEVERE").get(null);
      Object root = loggerType.getMethod("getLogger", String.class).invoke(null, "");
      loggerType.getMethod("setLevel", levelType).invoke(root, severe);
      Method setHandlerLevel = handlerType.getMethod("setLevel", levelType);
      for (Object handler : (Object[]) loggerType.getMethod("getHandlers").invoke(root)) {
        setHandlerLevel.invoke(handler, severe);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Logging stays as configured: noisier, never wrong.
    }
  }
}
