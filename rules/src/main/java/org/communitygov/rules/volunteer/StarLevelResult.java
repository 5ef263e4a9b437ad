package org.communitygov.rules.volunteer;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.rules.engine.Outcome;

/**
 * A volunteer's star level (星级): 0 to 5 stars for the cumulative recorded hours, and the medal
 * where the jurisdiction awards one (北京).
 *
 * @param stars the stars, 0 to 5
 * @param hours the cumulative recorded hours
 * @param medal the medal, if one is reached where medals are awarded
 * @since 0.1.0
 */
public record StarLevelResult(int stars, BigDecimal hours, Optional<Medal> medal)
    implements Outcome {
  /** Checks the components. */
  public StarLevelResult {
    Objects.requireNonNull(hours, "hours");
    Objects.requireNonNull(medal, "medal");
    if (stars < 0 || stars > 5) {
      throw new IllegalArgumentException("stars are 0 to 5: " + stars);
    }
  }

  /**
   * A medal for cumulative hours (北京: 铜奖, 银奖, 金奖).
   *
   * @since 0.1.0
   */
  public enum Medal {
    /** 铜奖. */
    BRONZE,
    /** 银奖. */
    SILVER,
    /** 金奖. */
    GOLD
  }

  /** {@code STARS_3}, or {@code STARS_0} below the first threshold. */
  @Override
  public String code() {
    return "STARS_" + stars;
  }

  @Override
  public Map<String, String> details() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("stars", Integer.toString(stars));
    details.put("cumulativeHours", hours.toPlainString());
    details.put("medal", medal.map(Medal::name).orElse("NONE"));
    return details;
  }
}
