package org.communitygov.model.community;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Optional;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.SocialCreditCode;
import org.immutables.value.Value;

/**
 * A residents' committee (居委会) or villagers' committee (村委会): the self-governing body of a
 * community, a legal person with a unified social credit code.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommittee.class)
@JsonDeserialize(as = ImmutableCommittee.class)
public abstract class Committee {
  Committee() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableCommittee.Builder builder() {
    return ImmutableCommittee.builder();
  }

  /**
   * Returns whether this is a residents' or a villagers' committee.
   *
   * @return the kind, not null
   */
  public abstract CommitteeKind kind();

  /**
   * Returns the committee's name.
   *
   * @return the name, not null
   */
  @Valid
  public abstract LocalizedName name();

  /**
   * Returns the committee's unified social credit code, if known.
   *
   * @return the code, not null
   */
  public abstract Optional<SocialCreditCode> socialCreditCode();
}
