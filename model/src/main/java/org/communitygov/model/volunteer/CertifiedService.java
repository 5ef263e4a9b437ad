package org.communitygov.model.volunteer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One service a certificate states: the record, its date, activity, content and hours.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCertifiedService.class)
@JsonDeserialize(as = ImmutableCertifiedService.class)
public abstract class CertifiedService {
  CertifiedService() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableCertifiedService.Builder builder() {
    return ImmutableCertifiedService.builder();
  }

  /**
   * Returns the line of a service record.
   *
   * @param record the record, not null
   * @return the line, not null
   */
  public static CertifiedService from(ServiceRecord record) {
    return ImmutableCertifiedService.builder()
        .record(record.id())
        .date(record.date())
        .activity(record.activity())
        .content(record.content())
        .hours(record.hours())
        .build();
  }

  /**
   * Returns the record certified.
   *
   * @return the record, not null
   */
  public abstract ServiceRecordId record();

  /**
   * Returns the date of the service.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the activity's name.
   *
   * @return the name, not null
   */
  @NotBlank
  @Size(max = 200)
  public abstract String activity();

  /**
   * Returns what the volunteer did.
   *
   * @return the content, not null
   */
  @NotBlank
  @Size(max = 1000)
  public abstract String content();

  /**
   * Returns the hours served.
   *
   * @return the hours, not null
   */
  public abstract BigDecimal hours();
}
