package org.communitygov.rules.service.gap;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.communitygov.rules.engine.Outcome;

/**
 * The outcome of {@link GapClassification}: the status and the figures it was judged on ({@code
 * requests}, {@code unmetRequests}, {@code unmetShare}, {@code capacity}, {@code delivered}, {@code
 * utilisation} where there is capacity). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class GapResult implements Outcome {
  private final GapStatus status;
  private final Map<String, String> details;

  GapResult(GapStatus status, Map<String, String> details) {
    this.status = Objects.requireNonNull(status, "status");
    this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /**
   * Returns the status.
   *
   * @return the status, not null
   */
  public GapStatus status() {
    return status;
  }

  @Override
  public String code() {
    return status.name();
  }

  @Override
  public Map<String, String> details() {
    return details;
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof GapResult o && o.status == status && o.details.equals(details));
  }

  @Override
  public int hashCode() {
    return status.hashCode() * 31 + details.hashCode();
  }

  @Override
  public String toString() {
    return status + details.toString();
  }
}
