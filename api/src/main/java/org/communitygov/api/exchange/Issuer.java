package org.communitygov.api.exchange;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.communitygov.model.common.DivisionCode;
import org.communitygov.model.common.SocialCreditCode;
import org.communitygov.model.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The organization that issued an exchange document: the {@code issuer} member of the envelope.
 *
 * <p>In JSON: {@code {"name": "和平里社区居民委员会", "socialCreditCode": "…", "divisionCode":
 * "500103003001"}}, the codes optional.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableIssuer.class)
@JsonDeserialize(as = ImmutableIssuer.class)
public abstract class Issuer {
  Issuer() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableIssuer.Builder builder() {
    return ImmutableIssuer.builder();
  }

  /**
   * Returns the issuer's name.
   *
   * @return the name, not blank
   */
  @NotBlank
  @Size(max = 200)
  public abstract String name();

  /**
   * Returns the issuer's unified social credit code, if given.
   *
   * @return the code, not null
   */
  public abstract Optional<SocialCreditCode> socialCreditCode();

  /**
   * Returns the division code of the issuer's area, if given.
   *
   * @return the division code, not null
   */
  public abstract Optional<DivisionCode> divisionCode();
}
