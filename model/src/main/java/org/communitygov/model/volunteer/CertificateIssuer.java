package org.communitygov.model.volunteer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.communitygov.model.common.PhoneNumber;
import org.immutables.value.Value;

/**
 * The issuer of a service certificate (出具单位): the organisation, its responsible person (负责人), the
 * handler (经办人) and a contact number.
 *
 * <p>{@code toString()} masks the phone number, as {@link PhoneNumber#toString()} does.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCertificateIssuer.class)
@JsonDeserialize(as = ImmutableCertificateIssuer.class)
public abstract class CertificateIssuer {
  CertificateIssuer() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableCertificateIssuer.Builder builder() {
    return ImmutableCertificateIssuer.builder();
  }

  /**
   * Returns the issuing organisation: the one that organised and recorded the service.
   *
   * @return the organisation, not null
   */
  public abstract OrganisationId organisation();

  /**
   * Returns the organisation's name.
   *
   * @return the name, not null
   */
  @NotBlank
  @Size(max = 200)
  public abstract String name();

  /**
   * Returns the organisation's responsible person (负责人).
   *
   * @return the name, not null
   */
  @NotBlank
  @Size(max = 50)
  public abstract String responsiblePerson();

  /**
   * Returns the handler (经办人) who issued the certificate.
   *
   * @return the name, not null
   */
  @NotBlank
  @Size(max = 50)
  public abstract String handler();

  /**
   * Returns the number to call about the certificate (联系方式).
   *
   * @return the phone number, not null
   */
  public abstract PhoneNumber contact();
}
