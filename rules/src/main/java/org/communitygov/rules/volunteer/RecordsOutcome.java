package org.communitygov.rules.volunteer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.communitygov.rules.engine.Outcome;

/**
 * What a check of service records decided: {@code COUNTED} (their hours count), {@code ISSUED} (a
 * certificate may be issued over them) or {@code REFUSED}, with the {@code reason} code in the
 * details ({@code record.overlap}, {@code certificate.otherOrganiser}, …) and the records named.
 *
 * @param code the outcome's code
 * @param details the details, in order
 * @since 0.1.0
 */
public record RecordsOutcome(String code, Map<String, String> details) implements Outcome {
  /** Checks the components and copies the details in order. */
  public RecordsOutcome {
    Objects.requireNonNull(code, "code");
    details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  static RecordsOutcome refused(String reason, Map<String, String> facts) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("reason", reason);
    details.putAll(facts);
    return new RecordsOutcome("REFUSED", details);
  }

  /**
   * Tells whether the records were refused.
   *
   * @return true if refused
   */
  public boolean isRefused() {
    return code.equals("REFUSED");
  }

  /**
   * Returns the reason of a refusal, such as {@code record.overlap}.
   *
   * @return the code, or empty if not refused
   */
  public java.util.Optional<String> reason() {
    return java.util.Optional.ofNullable(details.get("reason"));
  }
}
