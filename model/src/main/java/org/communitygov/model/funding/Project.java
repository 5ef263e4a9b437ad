package org.communitygov.model.funding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.DateRange;
import org.communitygov.model.common.InvalidValueException;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.Money;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.service.ServiceCategory;
import org.immutables.value.Value;

/**
 * A community project (社区项目): what it is for, when it runs, and its budget per fund and service
 * category.
 *
 * <p>Invariants: at least one budget line, one line per fund and category, all in one currency
 * ({@code project.budget}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableProject.class)
@JsonDeserialize(as = ImmutableProject.class)
public abstract class Project {
  Project() {}

  /**
   * Returns a new builder.
   *
   * @return the builder, not null
   */
  public static ImmutableProject.Builder builder() {
    return ImmutableProject.builder();
  }

  /**
   * Returns the project's id.
   *
   * @return the id, not null
   */
  public abstract ProjectId id();

  /**
   * Returns the community that runs it.
   *
   * @return the community, not null
   */
  public abstract CommunityId community();

  /**
   * Returns the project's name.
   *
   * @return the name, not null
   */
  @Valid
  public abstract LocalizedName name();

  /**
   * Returns when the project runs.
   *
   * @return the period, not null
   */
  public abstract DateRange period();

  /**
   * Returns the budget, one line per fund and category.
   *
   * @return the lines, not empty, not null
   */
  public abstract List<@Valid BudgetLine> budget();

  /**
   * Returns the budget of a fund for a category.
   *
   * @param fund the fund, not null
   * @param category the category, not null
   * @return the amount budgeted, empty if the project has no such line, not null
   */
  public final Optional<Money> budgetOf(FundId fund, ServiceCategory category) {
    return budget().stream()
        .filter(l -> l.fund().equals(fund) && l.category().equals(category))
        .map(BudgetLine::amount)
        .findFirst();
  }

  /**
   * Returns the whole budget.
   *
   * @return the sum of the lines, not null
   */
  public final Money total() {
    return Money.total(
        budget().get(0).amount().currency(), budget().stream().map(BudgetLine::amount).toList());
  }

  @Value.Check
  void check() {
    if (budget().isEmpty()) {
      throw InvalidValueException.of("project", "budget", "a project has a budget");
    }
    Set<String> keys = new HashSet<>();
    for (BudgetLine line : budget()) {
      if (!keys.add(line.fund().value() + "/" + line.category().code())) {
        throw InvalidValueException.of("project", "budget", "one line per fund and category");
      }
      if (!line.amount().currency().equals(budget().get(0).amount().currency())) {
        throw InvalidValueException.of("project", "budget", "a budget is in one currency");
      }
    }
  }
}
