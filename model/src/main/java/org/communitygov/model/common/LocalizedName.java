package org.communitygov.model.common;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A name in Chinese with an optional English form, as communities, committees and offices carry.
 *
 * <p>In JSON: {@code {"zh": "和平里社区", "en": "Hepingli Community"}}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLocalizedName.class)
@JsonDeserialize(as = ImmutableLocalizedName.class)
public abstract class LocalizedName {
  LocalizedName() {}

  /**
   * Returns the Chinese name, the official one.
   *
   * @return the Chinese name, not blank
   */
  @NotBlank
  @Size(max = 100)
  public abstract String zh();

  /**
   * Returns the English name, if one is known.
   *
   * @return the English name, not null
   */
  public abstract Optional<@Size(max = 200) String> en();

  /**
   * Obtains a name that has only its Chinese form.
   *
   * @param zh the Chinese name, not blank
   * @return the name, not null
   * @throws NullPointerException if {@code zh} is null
   * @throws InvalidValueException if {@code zh} is blank
   */
  public static LocalizedName of(String zh) {
    return ImmutableLocalizedName.builder().zh(zh).build();
  }

  /**
   * Obtains a name with its Chinese and English forms.
   *
   * @param zh the Chinese name, not blank
   * @param en the English name, not blank
   * @return the name, not null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if a form is blank
   */
  public static LocalizedName of(String zh, String en) {
    return ImmutableLocalizedName.builder().zh(zh).en(en).build();
  }

  @Value.Check
  void check() {
    if (zh().isBlank()) {
      throw InvalidValueException.of("zh", "blank", "a Chinese name must not be blank");
    }
    if (en().filter(String::isBlank).isPresent()) {
      throw InvalidValueException.of("en", "blank", "an English name, when given, is not blank");
    }
  }

  @Override
  public String toString() {
    return en().map(en -> zh() + " (" + en + ")").orElse(zh());
  }
}
