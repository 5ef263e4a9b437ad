package org.communitygov.rules.funding.book;

import java.time.LocalDate;
import java.util.Optional;
import org.communitygov.model.common.Money;
import org.communitygov.model.funding.ContractId;
import org.communitygov.model.funding.Fund;
import org.communitygov.model.funding.FundId;
import org.communitygov.model.funding.Project;
import org.communitygov.model.funding.ProjectId;
import org.communitygov.model.funding.PurchaseContract;
import org.communitygov.model.service.ServiceCategory;

/** What the funding decisions read of a book: its registers and the folds of its ledger. */
interface BookView {
  Optional<Fund> fund(FundId id);

  Optional<Project> project(ProjectId id);

  Optional<PurchaseContract> contract(ContractId id);

  /** The fund's money now. */
  Money balance(FundId fund);

  /** What the fund received, less what it refunded. */
  Money netReceipts(FundId fund);

  /** What a project spent of a fund on a category. */
  Money spent(ProjectId project, FundId fund, ServiceCategory category);

  /** What was paid under a contract. */
  Money paid(ContractId contract);

  /** What was paid against a milestone. */
  Money paid(ContractId contract, String milestone);

  /** The last day of the last closed period. */
  Optional<LocalDate> closedThrough();
}
