package org.communitygov.rules.service.gap;

import java.math.BigDecimal;
import java.util.Objects;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.service.CapacityUnit;

/**
 * A suggestion to share (资源共享, 003 §四.1): a community of the same street office or township that
 * had capacity to spare in the category a neighbour is short of.
 *
 * @param community the community with spare capacity, not null
 * @param unit the unit of the spare capacity, not null
 * @param spare its capacity less what it delivered in the period, positive, not null
 * @since 0.1.0
 */
public record SharingSuggestion(CommunityId community, CapacityUnit unit, BigDecimal spare) {
  /** Checks the components. */
  public SharingSuggestion {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(unit, "unit");
    if (spare.signum() <= 0) {
      throw new IllegalArgumentException("a suggestion has capacity to spare");
    }
  }
}
