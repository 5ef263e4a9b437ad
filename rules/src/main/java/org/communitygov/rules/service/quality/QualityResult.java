package org.communitygov.rules.service.quality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.communitygov.rules.engine.Outcome;

/**
 * The outcome of {@link ProviderQuality}: {@code SCORED} or {@code TOO_FEW_DELIVERIES}, with the
 * figures scored ({@code completionRate}, {@code onTimeRate}, {@code meanRating.<DIMENSION>},
 * {@code complaintRate}, {@code meanResolutionHours}) and the counts behind them. A figure from
 * fewer records than the minimum is not among the details. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class QualityResult implements Outcome {
  /** The code of a scored provider. */
  public static final String SCORED = "SCORED";

  /** The code of a provider with too few deliveries to score. */
  public static final String TOO_FEW_DELIVERIES = "TOO_FEW_DELIVERIES";

  private final String code;
  private final Map<String, String> details;

  QualityResult(String code, Map<String, String> details) {
    this.code = Objects.requireNonNull(code, "code");
    this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Map<String, String> details() {
    return details;
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof QualityResult o && o.code.equals(code) && o.details.equals(details));
  }

  @Override
  public int hashCode() {
    return code.hashCode() * 31 + details.hashCode();
  }

  @Override
  public String toString() {
    return code + details;
  }
}
