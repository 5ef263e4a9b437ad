package org.communitygov.model.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Optional;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.SocialCreditCode;
import org.communitygov.model.service.ProviderId;
import org.immutables.value.Value;

/**
 * A party of a purchase-of-service contract: the buying government body or committee, or the
 * providing social organisation, enterprise or public institution, with its social credit code
 * where it has one and, for a provider, its id in the service directory.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableContractParty.class)
@JsonDeserialize(as = ImmutableContractParty.class)
public abstract class ContractParty {
  ContractParty() {}

  /**
   * Obtains a party.
   *
   * @param name the name, not null
   * @param code the social credit code, not null
   * @return the party, not null
   */
  public static ContractParty of(LocalizedName name, Optional<SocialCreditCode> code) {
    return ImmutableContractParty.builder().name(name).socialCreditCode(code).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableContractParty.Builder builder() {
    return ImmutableContractParty.builder();
  }

  /**
   * Returns the name.
   *
   * @return the name, not null
   */
  @Valid
  public abstract LocalizedName name();

  /**
   * Returns the unified social credit code, if the party has one.
   *
   * @return the code, not null
   */
  public abstract Optional<SocialCreditCode> socialCreditCode();

  /**
   * Returns the provider's id in the service directory, if it is there.
   *
   * @return the id, not null
   */
  public abstract Optional<ProviderId> provider();
}
