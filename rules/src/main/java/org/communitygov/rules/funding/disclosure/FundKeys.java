package org.communitygov.rules.funding.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.FundId;
import org.communitygov.model.funding.SourceKind;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.rules.funding.book.FundingAccounts;
import org.communitygov.rules.funding.disclosure.DisclosureFold.LineAccount;
import org.communitygov.rules.funding.disclosure.DisclosureFold.Registers;

/**
 * A community's funds as a disclosure fold keys them: each fund's key and label in the report, the
 * slot of each restricted fund (in the order the registers list the funds), and the posting-line
 * account of each ledger account, looked up once per account id.
 *
 * <p>Not thread-safe: it belongs to one fold.
 */
final class FundKeys {
  private final Registers registers;
  private final Map<FundId, Fund> funds = new HashMap<>();
  private final Map<String, Integer> slots = new HashMap<>();
  private final List<String[]> restrictedLabels = new ArrayList<>();
  private final Map<String, String> fundLabels = new HashMap<>();
  private final Map<String, Optional<LineAccount>> accounts = new HashMap<>();

  FundKeys(Registers registers) {
    this.registers = registers;
    for (Fund f : registers.funds()) {
      funds.put(f.id(), f);
      String key = Labels.fundKey(f);
      fundLabels.putIfAbsent(key, Labels.fundName(f));
      if (f.restriction().isRestricted() && !slots.containsKey(key)) {
        slots.put(key, restrictedLabels.size());
        restrictedLabels.add(
            new String[] {key, Labels.fundName(f), f.restriction().purpose().orElseThrow()});
      }
    }
  }

  /** The number of restricted slots. */
  int restrictedCount() {
    return restrictedLabels.size();
  }

  /**
   * The posting-line account of an account id: empty if the account's fund is not registered.
   *
   * @throws IllegalArgumentException if the account is not a fund's
   */
  Optional<LineAccount> account(String id) {
    Optional<LineAccount> a = accounts.get(id);
    if (a == null) {
      FundingAccounts.Line line =
          FundingAccounts.lineOf(AccountId.of(id))
              .orElseThrow(
                  () -> new IllegalArgumentException("account " + id + " is not a fund's"));
      Fund f = funds.get(line.fund());
      a = Optional.empty();
      if (f != null) {
        String key = Labels.fundKey(f);
        a =
            Optional.of(
                new LineAccount(
                    f,
                    line.role(),
                    key,
                    slots.getOrDefault(key, -1),
                    f.source().isLottery(),
                    f.source() == SourceKind.WELFARE_LOTTERY));
      }
      accounts.put(id, a);
    }
    return a;
  }

  /** A restricted slot's key, fund name and purpose. */
  String[] restrictedLabel(int slot) {
    return restrictedLabels.get(slot);
  }

  String fundLabel(String key) {
    return fundLabels.getOrDefault(key, key);
  }

  String projectLabel(String id) {
    return registers.projects().stream()
        .filter(p -> p.id().value().equals(id))
        .map(p -> p.name().zh())
        .findFirst()
        .orElse(id.equals("-") ? "无项目" : id);
  }

  String contractLabel(String id) {
    return registers.contracts().stream()
        .filter(c -> c.id().value().equals(id))
        .map(c -> id + " " + c.provider().name().zh())
        .findFirst()
        .orElse(id);
  }
}
