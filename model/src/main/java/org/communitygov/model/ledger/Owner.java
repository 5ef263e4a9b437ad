package org.communitygov.model.ledger;

import java.util.Objects;
import org.communitygov.model.common.Identifier;
import org.communitygov.model.common.InvalidValueException;

/**
 * The owner of an account: what kind of owner, and its identifier in the system that holds it (a
 * {@code PersonId}, a {@code HouseholdId}, …), of {@link Identifier#PATTERN}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Owner {
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
    if (!id.matches(Identifier.PATTERN)) {
      throw InvalidValueException.of("owner", "id", "an owner's id matches the identifier pattern");
    }
    return new Owner(kind, id);
  }

  /**
   * Returns the kind of owner.
   *
   * @return the kind, not null
   */
  public OwnerKind kind() {
    return kind;
  }

  /**
   * Returns the owner's identifier.
   *
   * @return the identifier, not null
   */
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
