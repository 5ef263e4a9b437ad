package org.communitygov.rules.points;

import java.time.LocalDate;
import java.util.List;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.points.Scheme;
import org.communitygov.model.points.TransactionKind;
import org.communitygov.rules.engine.Decision;
import org.communitygov.rules.engine.Explanation;
import org.communitygov.rules.engine.Step;

/**
 * The two answers a {@link PointsBook} gives before any policy decides: posted before, no policy.
 */
final class BookAnswers {
  private BookAnswers() {}

  /** A request posted before: its transaction, posted once. */
  static Decision<PointsOutcome> already(
      String rule, TransactionKind kind, String key, Transaction original) {
    Step step =
        Step.builder("points.alreadyPosted")
            .result(Texts.fact("transaction", key, "已记账", "already posted"))
            .build();
    return Decision.of(
        rule, PointsOutcome.posting(kind, original), Explanation.of(List.of()).thenDecisive(step));
  }

  /** A request dated before the scheme's first policy: refused. */
  static Decision<PointsOutcome> noPolicy(
      String rule, TransactionKind kind, LocalDate date, Scheme scheme) {
    Step step =
        Step.builder("points.policy")
            .fact(Texts.fact("date", date, "日期", "date"))
            .fact(
                Texts.fact(
                    "firstPolicy",
                    scheme.policies().get(0).effectiveFrom(),
                    "最早政策起始日",
                    "first policy from"))
            .build();
    return Decision.of(
        rule,
        PointsOutcome.refused(kind, RefusalReason.NO_POLICY),
        Explanation.of(List.of()).thenDecisive(step));
  }
}
