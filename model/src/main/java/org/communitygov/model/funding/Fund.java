package org.communitygov.model.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.community.CommunityId;
import org.immutables.value.Value;

/**
 * A fund of a community (资金): money of one source, from one grantor, unrestricted or restricted to
 * a purpose, under a grant reference (a budget document, a lottery grant notice, a donation
 * agreement). On the ledger every posting line is in an account of exactly one fund (ADR 0088).
 *
 * <p>Invariants: public finance and lottery funds come from a government body; an individual
 * donation from a person or an anonymous donor, and only a donation from a person or an anonymous
 * donor ({@code fund.grantor}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableFund.class)
@JsonDeserialize(as = ImmutableFund.class)
public abstract class Fund {
  Fund() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableFund.Builder builder() {
    return ImmutableFund.builder();
  }

  /**
   * Returns the fund's id.
   *
   * @return the id, not null
   */
  public abstract FundId id();

  /**
   * Returns the community whose money it is.
   *
   * @return the community, not null
   */
  public abstract CommunityId community();

  /**
   * Returns the fund's name, such as 2026年居家养老服务补助资金.
   *
   * @return the name, not null
   */
  @Valid
  public abstract LocalizedName name();

  /**
   * Returns where the money comes from.
   *
   * @return the source kind, not null
   */
  public abstract SourceKind source();

  /**
   * Returns who gives the money.
   *
   * @return the grantor, not null
   */
  @Valid
  public abstract Grantor grantor();

  /**
   * Returns what the money may be spent on.
   *
   * @return the restriction, unrestricted by default, not null
   */
  @Value.Default
  @Valid
  public Restriction restriction() {
    return Restriction.unrestricted();
  }

  /**
   * Returns the reference of the grant: the budget document, the lottery grant notice or the
   * donation agreement, such as 区民政〔2026〕12号.
   *
   * @return the reference, not null
   */
  public abstract Optional<@Size(max = 200) String> grantReference();

  @Value.Check
  void check() {
    GrantorKind grantor = grantor().kind();
    boolean person = grantor == GrantorKind.INDIVIDUAL || grantor == GrantorKind.ANONYMOUS;
    if ((source().isPublicFinance() || source().isLottery()) && grantor != GrantorKind.GOVERNMENT) {
      throw InvalidValueException.of(
          "fund", "grantor", "public finance and lottery funds come from a government body");
    }
    if (source() == SourceKind.DONATION_INDIVIDUAL && !person) {
      throw InvalidValueException.of(
          "fund", "grantor", "an individual donation comes from a person or an anonymous donor");
    }
    if (person && !source().isDonation()) {
      throw InvalidValueException.of(
          "fund", "grantor", "a person or an anonymous donor gives only donations");
    }
  }
}
