package org.communitygov.rules.needs.extremepoverty;

import java.time.LocalDate;
import java.util.Optional;
import org.communitygov.model.household.Disability;
import org.communitygov.model.household.Person;
import org.immutables.value.Value;

/**
 * The input of the 特困 (extreme-poverty support) test for one person.
 *
 * <p>Facts: {@code birthDate} (ISO date), {@code disability} ({@code CATEGORY:grade}, such as
 * {@code INTELLECTUAL:2}; absent when the person holds no disability certificate), {@code
 * noMeansOfLiving} (无生活来源) and {@code noAbleSupporter} (无法定赡养抚养扶养义务人, or none able to perform),
 * both {@code true} / {@code false}. This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ExtremePovertyInput {
  ExtremePovertyInput() {}

  /**
   * Returns a builder.
   *
   * @return the builder, not null
   */
  public static ImmutableExtremePovertyInput.Builder builder() {
    return ImmutableExtremePovertyInput.builder();
  }

  /**
   * Obtains the input for a person.
   *
   * @param person the person, not null
   * @param noMeansOfLiving whether the person has no means of living
   * @param noAbleSupporter whether no one legally obliged to support the person exists or can
   * @return the input, not null
   */
  public static ExtremePovertyInput of(
      Person person, boolean noMeansOfLiving, boolean noAbleSupporter) {
    return builder()
        .birthDate(person.birthDate())
        .disability(person.disability())
        .noMeansOfLiving(noMeansOfLiving)
        .noAbleSupporter(noAbleSupporter)
        .build();
  }

  /**
   * Returns the date of birth, if known.
   *
   * @return the date, not null
   */
  public abstract Optional<LocalDate> birthDate();

  /**
   * Returns the certified disability; empty when there is none.
   *
   * @return the disability, not null
   */
  @Value.Redacted
  public abstract Optional<Disability> disability();

  /**
   * Returns whether the person has no means of living (无生活来源), if established.
   *
   * @return the fact, not null
   */
  @Value.Redacted
  public abstract Optional<Boolean> noMeansOfLiving();

  /**
   * Returns whether the person has no one legally obliged to support them, or none able to, if
   * established.
   *
   * @return the fact, not null
   */
  @Value.Redacted
  public abstract Optional<Boolean> noAbleSupporter();
}
