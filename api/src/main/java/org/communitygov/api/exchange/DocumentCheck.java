package org.communitygov.api.exchange;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The validation of one document: not thread-safe, used once. */
final class DocumentCheck {
  private final Settings settings;
  private final Bindings bindings;
  private final ExchangeFormat format;

  DocumentCheck(Settings settings, Bindings bindings, ExchangeFormat format) {
    this.settings = settings;
    this.bindings = bindings;
    this.format = format;
  }

  ValidationReport run(TextInput input) throws IOException {
    return new ValidationReport(
        List.of(), Map.of(), Map.of(), 0, settings.maxIssues, 0, format, Optional.empty());
  }
}
