package org.communitygov.rules.funding.disclosure;

import java.util.List;
import java.util.Optional;

/**
 * A disclosure report (居务公开 / 村务公开) of a community's funding for a period, folded from its ledger
 * (ADR 0090): income by source kind and fund, spending by category, project, contract and
 * population group, month by month, restricted funds and their releases, lottery funds, major
 * items, totals and the period's closing tree head. Amounts are in fen (minor units of CNY);
 * individual donors are aggregated and groups smaller than the threshold merged.
 *
 * @param community the community's id, not null
 * @param period the period, not null
 * @param threshold the least number of transactions a population group needs to be shown
 * @param incomeBySource income per source kind, not null
 * @param incomeByFund income per fund (individual donations as one line), not null
 * @param spendingByCategory spending per service category, not null
 * @param spendingByProject spending per project ({@code -} for none), not null
 * @param spendingByContract contract payments per contract, not null
 * @param spendingByGroup spending per population group, small groups merged, not null
 * @param months income and spending per month, not null
 * @param restricted the restricted funds, not null
 * @param releases the releases from restriction, not null
 * @param lottery the lottery funds, not null
 * @param major the major items, not null
 * @param totals the totals, not null
 * @param closingHead the tree head of the period's close, if the period is closed
 * @since 0.1.0
 */
public record DisclosureReport(
    String community,
    ReportPeriod period,
    int threshold,
    List<Line> incomeBySource,
    List<Line> incomeByFund,
    List<Line> spendingByCategory,
    List<Line> spendingByProject,
    List<Line> spendingByContract,
    List<Line> spendingByGroup,
    List<Month> months,
    List<RestrictedFund> restricted,
    List<Release> releases,
    Lottery lottery,
    List<Item> major,
    Totals totals,
    Optional<Head> closingHead) {

  /**
   * One figure: its key (a code or id), its Chinese label and its amount in fen.
   *
   * @param key the key, not null
   * @param label the label, not null
   * @param fen the amount in fen
   */
  public record Line(String key, String label, long fen) {}

  /**
   * A month's income and spending.
   *
   * @param month the month, {@code 2026-07}, not null
   * @param income the income in fen
   * @param spending the spending in fen
   */
  public record Month(String month, long income, long spending) {}

  /**
   * A restricted fund's movements in the period: opening + received + transferred in − spent −
   * refunded − transferred out − released = closing.
   *
   * @param key the fund's id (masked for an individual's donation), not null
   * @param label the fund's name, not null
   * @param purpose the restriction's purpose, not null
   * @param opening the money at the start
   * @param received the receipts
   * @param transferredIn transfers in
   * @param spent spending and contract payments
   * @param refunded refunds
   * @param transferredOut transfers out
   * @param released releases to general use
   * @param closing the money at the end
   */
  public record RestrictedFund(
      String key,
      String label,
      String purpose,
      long opening,
      long received,
      long transferredIn,
      long spent,
      long refunded,
      long transferredOut,
      long released,
      long closing) {}

  /**
   * A release from restriction.
   *
   * @param id the transaction's id, not null
   * @param date the date, not null
   * @param fund the released fund, not null
   * @param toFund the general fund, not null
   * @param fen the amount in fen
   * @param basis the authority and reason as recorded, not null
   */
  public record Release(
      String id, String date, String fund, String toFund, long fen, String basis) {}

  /**
   * The lottery funds: what they received and spent, the projects and categories funded, and the
   * year's elderly-care share decision.
   *
   * @param received receipts into lottery funds
   * @param spent spending from lottery funds
   * @param byProject spending per project, not null
   * @param byCategory spending per category, not null
   * @param elderlyShare the decision's outcome, share and minimum with confidence, not null
   */
  public record Lottery(
      long received,
      long spent,
      List<Line> byProject,
      List<Line> byCategory,
      String elderlyShare) {}

  /**
   * A major item (重大事项), disclosed at once.
   *
   * @param id the transaction's id, not null
   * @param date the date, not null
   * @param kind the funding kind, not null
   * @param fund the fund, not null
   * @param fen the amount in fen
   * @param memo the memo, not null
   */
  public record Item(String id, String date, String kind, String fund, long fen, String memo) {}

  /**
   * The totals of the period.
   *
   * @param income receipts
   * @param spending spending and contract payments
   * @param refunds refunds
   * @param released releases from restriction
   */
  public record Totals(long income, long spending, long refunds, long released) {}

  /**
   * The tree head of the ledger at a period's close.
   *
   * @param through the last day of the closed period, not null
   * @param size the number of entries up to and with the close
   * @param root the root hash in hex, not null
   */
  public record Head(String through, long size, String root) {}

  /**
   * Writes an amount in fen as yuan with two decimals.
   *
   * @param fen the amount
   * @return such as {@code 1234.50}, not null
   */
  public static String yuan(long fen) {
    return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
  }
}
