package org.communitygov.api.exchange;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communitygov.model.points.PointsEntry;
import org.communitygov.model.points.PointsTransaction;
import org.communitygov.model.points.Scheme;
import org.communitygov.model.points.SchemePolicy;

/**
 * The links of a {@link RecordKind#POINTS_TRANSACTIONS} document (ADR 0062, ADR 0045).
 *
 * <ul>
 *   <li>A scheme declares its id, and each of its policies a key {@code <scheme>@<effective date>},
 *       open from that date until the day before the next policy's (open-ended for the last).
 *   <li>A transaction declares its id and refers to the policy it names ({@code scheme} and {@code
 *       policy}), on its date: an error if the document does not hold that policy, or if the policy
 *       was not in force on the transaction's date.
 * </ul>
 *
 * <p>Dates are taken at the start of their day in UTC: only their order matters here.
 */
final class PointsLinks implements LinkDeclaration {
  static final PointsLinks INSTANCE = new PointsLinks();

  private static final Map<String, String> KEYS =
      Map.of("/scheme/id", "scheme", "/transaction/id", "transaction");

  private PointsLinks() {}

  @Override
  public Links links(Object record) {
    PointsEntry entry = (PointsEntry) record;
    if (entry.scheme().isPresent()) {
      Scheme scheme = entry.scheme().get();
      List<Links.Key> keys = new ArrayList<>();
      keys.add(new Links.Key("scheme", scheme.id().value(), "/scheme/id", Links.Window.ALWAYS));
      List<SchemePolicy> policies = scheme.policies();
      for (int i = 0; i < policies.size(); i++) {
        LocalDate from = policies.get(i).effectiveFrom();
        Links.Window window =
            i + 1 < policies.size()
                ? new Links.Window(micros(from), micros(policies.get(i + 1).effectiveFrom()) - 1)
                : new Links.Window(micros(from), Long.MAX_VALUE);
        keys.add(
            new Links.Key(
                "policy",
                policyKey(scheme.id().value(), from),
                "/scheme/policies/" + i + "/effectiveFrom",
                window));
      }
      return new Links(keys, List.of(), List.of());
    }
    PointsTransaction tx = entry.transaction().orElseThrow();
    long day = micros(tx.date());
    return new Links(
        List.of(
            new Links.Key("transaction", tx.id().value(), "/transaction/id", Links.Window.ALWAYS)),
        List.of(
            new Links.Reference(
                "policy",
                policyKey(tx.scheme().value(), tx.policy()),
                "/transaction/policy",
                Severity.ERROR,
                new Links.Window(day, day))),
        List.of());
  }

  private static String policyKey(String scheme, LocalDate from) {
    return scheme + "@" + from;
  }

  private static long micros(LocalDate date) {
    return Links.Window.micros(date.atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  @Override
  public Map<String, String> keyPointers() {
    return KEYS;
  }
}
