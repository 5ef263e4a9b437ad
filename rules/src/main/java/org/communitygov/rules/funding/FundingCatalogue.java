package org.communitygov.rules.funding;

import java.util.List;
import org.communitygov.rules.engine.Catalogue;
import org.communitygov.rules.engine.CatalogueEntry;
import org.communitygov.rules.funding.book.ContractTerm;
import org.communitygov.rules.funding.disclosure.DisclosureDue;
import org.communitygov.rules.funding.lottery.LotteryElderlyShare;

/**
 * The funding rules as a {@linkplain Catalogue.Source source of the catalogue}: the contract term
 * limit and the elderly-care share of welfare-lottery spending, with their parameter file ({@code
 * funding.json}, which also holds the lottery's prohibited uses), message bundle and rule cases.
 *
 * @since 0.1.0
 */
public final class FundingCatalogue implements Catalogue.Source {
  private static final String PARAMETERS = "/org/communitygov/rules/parameters/funding.json";
  private static final String MESSAGES = "org.communitygov.rules.funding.messages";

  /** Makes the source; {@link java.util.ServiceLoader} calls it. */
  public FundingCatalogue() {}

  @Override
  public List<CatalogueEntry> entries() {
    return List.of(
        CatalogueEntry.of(
            "funding-contract-term",
            ContractTerm.rule(),
            PARAMETERS,
            MESSAGES,
            "funding-contract-term.json"),
        CatalogueEntry.of(
            "funding-lottery-share",
            LotteryElderlyShare.rule(),
            PARAMETERS,
            MESSAGES,
            "funding-lottery-share.json"),
        CatalogueEntry.of(
            "funding-disclosure-due",
            DisclosureDue.rule(),
            PARAMETERS,
            MESSAGES,
            "funding-disclosure-due.json"));
  }
}
