package org.communitygov.model.volunteer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An award (表彰奖励情况, 民政部令第67号 第四条): what a volunteer was awarded, by whom and when.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAward.class)
@JsonDeserialize(as = ImmutableAward.class)
public abstract class Award {
  Award() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableAward.Builder builder() {
    return ImmutableAward.builder();
  }

  /**
   * Returns the volunteer awarded.
   *
   * @return the volunteer number, not null
   */
  public abstract VolunteerId volunteer();

  /**
   * Returns the award's name, such as 优秀志愿者.
   *
   * @return the award, not null
   */
  @NotBlank
  @Size(max = 200)
  public abstract String award();

  /**
   * Returns who granted it, such as 和平里街道办事处.
   *
   * @return the grantor, not null
   */
  @NotBlank
  @Size(max = 200)
  public abstract String grantor();

  /**
   * Returns the date it was granted.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();
}
