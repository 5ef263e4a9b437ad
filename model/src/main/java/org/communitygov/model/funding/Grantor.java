package org.communitygov.model.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.SocialCreditCode;
import org.immutables.value.Value;

/**
 * Who gives a fund's money: a government body or an organisation (with its {@link SocialCreditCode}
 * where it has one), a person, or an anonymous donor.
 *
 * <p>A person's name is personal data: {@code toString()} hides every name, and {@link
 * #publicName()} never shows a person's. Invariants: a government or organisation is named; a
 * person or an anonymous donor has no social credit code; an anonymous donor has no name ({@code
 * grantor.name}, {@code grantor.socialCreditCode}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableGrantor.class)
@JsonDeserialize(as = ImmutableGrantor.class)
public abstract class Grantor {
  Grantor() {}

  /**
   * Obtains an organisation or government body as grantor.
   *
   * @param kind {@link GrantorKind#GOVERNMENT} or {@link GrantorKind#ORGANISATION}, not null
   * @param name the name, not blank, not null
   * @param code the social credit code, not null
   * @return the grantor, not null
   * @throws InvalidValueException if the kind is a person's or the name is blank
   */
  public static Grantor of(GrantorKind kind, String name, Optional<SocialCreditCode> code) {
    return ImmutableGrantor.builder().kind(kind).name(name).socialCreditCode(code).build();
  }

  /**
   * Obtains a person as grantor.
   *
   * @param name the person's name, not null
   * @return the grantor, not null
   */
  public static Grantor individual(String name) {
    return ImmutableGrantor.builder().kind(GrantorKind.INDIVIDUAL).name(name).build();
  }

  /**
   * Obtains an anonymous donor.
   *
   * @return the grantor, not null
   */
  public static Grantor anonymous() {
    return ImmutableGrantor.builder().kind(GrantorKind.ANONYMOUS).build();
  }

  /**
   * Returns the kind of grantor.
   *
   * @return the kind, not null
   */
  public abstract GrantorKind kind();

  /**
   * Returns the name; a person's is personal data.
   *
   * @return the name, not null
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 200) String> name();

  /**
   * Returns the unified social credit code of an organisation or government body, if it has one.
   *
   * @return the code, not null
   */
  public abstract Optional<SocialCreditCode> socialCreditCode();

  /**
   * Returns the name a public report may show: the name of a government body or organisation,
   * "个人捐赠者" for a person and "匿名捐赠者" for an anonymous donor.
   *
   * @return the name, not null
   */
  public final String publicName() {
    return switch (kind()) {
      case INDIVIDUAL -> "个人捐赠者";
      case ANONYMOUS -> "匿名捐赠者";
      default -> name().orElseThrow();
    };
  }

  @Value.Check
  void check() {
    boolean organisation = kind() == GrantorKind.GOVERNMENT || kind() == GrantorKind.ORGANISATION;
    if (organisation && name().filter(n -> !n.isBlank()).isEmpty()) {
      throw InvalidValueException.of("grantor", "name", "a government or organisation is named");
    }
    if (kind() == GrantorKind.ANONYMOUS && name().isPresent()) {
      throw InvalidValueException.of("grantor", "name", "an anonymous donor has no name");
    }
    if (!organisation && socialCreditCode().isPresent()) {
      throw InvalidValueException.of(
          "grantor", "socialCreditCode", "only an organisation has a social credit code");
    }
  }
}
