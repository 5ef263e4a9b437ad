package org.communitygov.model.ledger;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.regex.Pattern;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.InvalidValueException;

/**
 * The owner of an account: what kind of owner, and its identifier in the system that holds it (a
 * {@code PersonId}, a {@code HouseholdId}, …), of {@link Identifier#PATTERN}.
 *
 * <p>In JSON it is {@code {"kind": "PERSON", "id": "P0001"}}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@JsonAutoDetect(
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    fieldVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
@JsonPropertyOrder({"kind", "id"})
public final class Owner {
  // Compiled once: String.matches compiles the pattern anew on every call, and a points book makes
  // an owner for each new member.
  private static final Pattern ID = Pattern.compile(Identifier.PATTERN);

  private final OwnerKind kind;
  private final String id;

  private Owner(OwnerKind kind, String id) {
    this.kind = kind;
    this.id = id;
  }

  /**
   * Obtains the reference to an owner.
   *
   * @param kind the kind of owner, not null
   * @param id the owner's identifier, of {@link Identifier#PATTERN}, not null
   * @return the owner, not null
   * @throws NullPointerException if an argument is null
   * @throws InvalidValueException if the identifier does not match the pattern ({@code owner.id})
   */
  public static Owner of(OwnerKind kind, String id) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw InvalidValueException.of("owner", "id", "an owner's id matches the identifier pattern");
    }
    return new Owner(kind, id);
  }

  @JsonCreator
  static Owner fromJson(
      @JsonProperty(value = "kind", required = true) OwnerKind kind,
      @JsonProperty(value = "id", required = true) String id) {
    return of(kind, id);
  }

  /**
   * Returns the kind of owner.
   *
   * @return the kind, not null
   */
  @JsonProperty("kind")
  public OwnerKind kind() {
    return kind;
  }

  /**
   * Returns the owner's identifier.
   *
   * @return the identifier, not null
   */
  @JsonProperty("id")
  public String id() {
    return id;
  }

  @Override
  public boolean equals(Object obj) {
    return obj == this || (obj instanceof Owner other && other.kind == kind && other.id.equals(id));
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + id.hashCode();
  }

  @Override
  public String toString() {
    return kind + ":" + id;
  }
}
