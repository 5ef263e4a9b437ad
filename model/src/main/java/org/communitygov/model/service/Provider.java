package org.communitygov.model.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.SocialCreditCode;
import org.immutables.value.Value;

/**
 * A provider of services (服务供给方): a government department, a residents' or villagers' committee, a
 * social organisation, an enterprise, a public institution or a volunteer team.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableProvider.class)
@JsonDeserialize(as = ImmutableProvider.class)
public abstract class Provider {
  Provider() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableProvider.Builder builder() {
    return ImmutableProvider.builder();
  }

  /**
   * Returns the provider's identifier.
   *
   * @return the identifier, not null
   */
  public abstract ProviderId id();

  /**
   * Returns the provider's name.
   *
   * @return the name, not null
   */
  @Valid
  public abstract LocalizedName name();

  /**
   * Returns what kind of organisation it is.
   *
   * @return the kind, not null
   */
  public abstract ProviderKind kind();

  /**
   * Returns the unified social credit code (统一社会信用代码), if it has one: a volunteer team often has
   * none.
   *
   * @return the code, not null
   */
  public abstract Optional<SocialCreditCode> socialCreditCode();

  /**
   * Returns a description, if any.
   *
   * @return the description, not null
   */
  public abstract Optional<@Size(max = 2000) String> description();

  /**
   * Returns the ways to reach the provider.
   *
   * @return the contacts, not null
   */
  public abstract List<@Valid ProviderContact> contacts();

  /**
   * Returns the local additions of the issuing system, kept on a read–write round trip.
   *
   * @return the extensions, not null
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }
}
