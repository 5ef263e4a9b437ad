package org.communitygov.rules.service.quality;

import java.util.Objects;
import org.communitygov.model.service.ProviderId;
import org.communitygov.rules.engine.Decision;

/**
 * One provider's line of the quality report.
 *
 * @param provider the provider, not null
 * @param figures the counts it was scored from, not null
 * @param decision the quality rule's decision, not null
 * @since 0.1.0
 */
public record QualityRow(
    ProviderId provider, QualityFigures figures, Decision<QualityResult> decision) {
  /** Checks the components. */
  public QualityRow {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(decision, "decision");
  }
}
