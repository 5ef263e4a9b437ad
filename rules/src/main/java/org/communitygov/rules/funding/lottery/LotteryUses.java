package org.communitygov.rules.funding.lottery;

import java.util.Set;
import org.communitygov.rules.engine.ParameterId;
import org.communitygov.rules.engine.ResolvedParameter;

/**
 * The uses lottery public-welfare funds may not pay ({@code funding.lottery.prohibitedUses}, a
 * comma-separated list of {@code SpendingUse} codes), resolved once per place and date.
 *
 * @param prohibitedUses the list
 * @since 0.1.0
 */
public record LotteryUses(
    @ParameterId("funding.lottery.prohibitedUses") ResolvedParameter<String> prohibitedUses) {
  /**
   * Returns the prohibited uses as codes.
   *
   * @return the codes, not null
   */
  public Set<String> codes() {
    return Set.of(prohibitedUses.value().split(","));
  }
}
