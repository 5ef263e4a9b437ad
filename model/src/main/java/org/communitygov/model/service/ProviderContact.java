package org.communitygov.model.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.communitygov.model.common.PhoneNumber;
import org.immutables.value.Value;

/**
 * A way to reach a provider: a named desk or role (服务热线, 站长) and its phone number.
 *
 * <p>{@code toString()} masks the phone number, as {@link PhoneNumber#toString()} does.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableProviderContact.class)
@JsonDeserialize(as = ImmutableProviderContact.class)
public abstract class ProviderContact {
  ProviderContact() {}

  /**
   * Obtains a contact.
   *
   * @param role the desk or role, such as 服务热线, not blank
   * @param phone the phone number, not null
   * @return the contact, not null
   * @throws NullPointerException if an argument is null
   */
  public static ProviderContact of(String role, PhoneNumber phone) {
    return ImmutableProviderContact.builder().role(role).phone(phone).build();
  }

  /**
   * Returns the desk or role, such as 服务热线 or 站长; not a person's name.
   *
   * @return the role, not null
   */
  @NotBlank
  @Size(max = 100)
  public abstract String role();

  /**
   * Returns the phone number.
   *
   * @return the phone number, not null
   */
  public abstract PhoneNumber phone();

  /**
   * Returns an e-mail address, if any.
   *
   * @return the address, not null
   */
  public abstract Optional<@Size(max = 254) String> email();
}
