package org.communitygov.model.points;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One value of a scheme's policy with its {@linkplain PolicySource source}: points per hour, a cap,
 * an age. Every value of a policy is a term, so that an explanation can say where it comes from and
 * how sure we are of it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the value
 * @since 0.1.0
 */
@JsonPropertyOrder({"value", "source"})
public final class PolicyTerm<T> {
  private final T value;
  private final PolicySource source;

  @JsonCreator
  private PolicyTerm(
      @JsonProperty(value = "value", required = true) T value,
      @JsonProperty(value = "source", required = true) PolicySource source) {
    this.value = Objects.requireNonNull(value, "value");
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * Obtains a term.
   *
   * @param <T> the type of the value
   * @param value the value, not null
   * @param source its source, not null
   * @return the term, not null
   * @throws NullPointerException if an argument is null
   */
  public static <T> PolicyTerm<T> of(T value, PolicySource source) {
    return new PolicyTerm<>(value, source);
  }

  /**
   * Returns the value.
   *
   * @return the value, not null
   */
  @JsonProperty("value")
  public T value() {
    return value;
  }

  /**
   * Returns the source.
   *
   * @return the source, not null
   */
  @JsonProperty("source")
  public PolicySource source() {
    return source;
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this
        || (obj instanceof PolicyTerm<?> other
            && other.value.equals(value)
            && other.source.equals(source));
  }

  @Override
  public int hashCode() {
    return value.hashCode() * 31 + source.hashCode();
  }

  @Override
  public String toString() {
    return value + " [" + source.confidence() + "]";
  }
}
