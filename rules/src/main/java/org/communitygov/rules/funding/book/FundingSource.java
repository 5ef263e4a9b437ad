package org.communitygov.rules.funding.book;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.funding.FundingKind;
import org.communitygov.model.funding.FundingTransaction;
import org.communitygov.model.funding.SpendingUse;

/**
 * The {@code source} of a funding ledger transaction: its kind and the dimensions a posting line
 * cannot carry (category, project, group, contract, milestone, kind of cost, major matter), as
 * {@code spend;category=MEAL_ASSISTANCE;project=P-CANTEEN;use=SERVICE} (ADR 0088). Closing entries
 * are {@code close}. The one writer and reader of this form.
 *
 * @param kind the kind, or {@code close}, not null
 * @param dimensions the dimensions in a fixed order, not null
 * @since 0.1.0
 */
public record FundingSource(String kind, Map<String, String> dimensions) {
  /** The kind of a closing entry. */
  public static final String CLOSE = "close";

  /** Copies the dimensions. */
  public FundingSource {
    dimensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
  }

  /**
   * Returns the source of a funding transaction.
   *
   * @param tx the transaction, not null
   * @return the source, not null
   */
  public static FundingSource of(FundingTransaction tx) {
    Map<String, String> d = new LinkedHashMap<>();
    tx.category().ifPresent(c -> d.put("category", c.code()));
    tx.project().ifPresent(p -> d.put("project", p.value()));
    tx.group().ifPresent(g -> d.put("group", g.name()));
    tx.contract().ifPresent(c -> d.put("contract", c.value()));
    tx.milestone().ifPresent(m -> d.put("milestone", m));
    if (tx.kind() == FundingKind.SPEND || tx.kind() == FundingKind.CONTRACT_PAYMENT) {
      d.put("use", tx.use().orElse(SpendingUse.SERVICE).name());
    }
    if (tx.major()) {
      d.put("major", "true");
    }
    return new FundingSource(tx.kind().name().toLowerCase(java.util.Locale.ROOT), d);
  }

  /**
   * Reads a ledger transaction's source.
   *
   * @param text the source, not null
   * @return the source, not null
   * @throws IllegalArgumentException if a dimension has no {@code =}
   */
  public static FundingSource parse(String text) {
    String[] parts = text.split(";");
    Map<String, String> d = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("a dimension of a funding source is name=value");
      }
      d.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
    }
    return new FundingSource(parts[0], d);
  }

  /**
   * Returns a dimension.
   *
   * @param name the name, such as {@code category}, not null
   * @return the value, not null
   */
  public Optional<String> get(String name) {
    return Optional.ofNullable(dimensions.get(name));
  }

  /**
   * Returns the funding kind, empty for a closing entry.
   *
   * @return the kind, not null
   */
  public Optional<FundingKind> fundingKind() {
    return kind.equals(CLOSE)
        ? Optional.empty()
        : Optional.of(FundingKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)));
  }

  /**
   * Returns the text form.
   *
   * @return the text, not null
   */
  public String text() {
    StringBuilder b = new StringBuilder(kind);
    dimensions.forEach((k, v) -> b.append(';').append(k).append('=').append(v));
    return b.toString();
  }

  @Override
  public String toString() {
    return text();
  }
}
