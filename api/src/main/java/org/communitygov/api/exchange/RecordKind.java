package org.communitygov.api.exchange;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.communitygov.model.community.Community;
import org.communitygov.model.household.Household;
import org.communitygov.model.household.Person;
import org.communitygov.model.service.DeliveryRecord;
import org.communitygov.model.service.Provider;
import org.communitygov.model.service.SatisfactionFeedback;
import org.communitygov.model.service.ServiceCatalogueEntry;
import org.communitygov.model.service.ServiceLoopEntry;
import org.communitygov.model.service.ServiceOrder;
import org.communitygov.model.service.ServiceRequest;

/**
 * The kind of the records an exchange document carries, written in its {@code kind} member.
 *
 * <p>Each kind names the model type one record binds to. Adding a kind is adding one constant here
 * with its model type; the validator, the schema identity and the report need nothing else.
 *
 * @since 0.1.0
 */
public enum RecordKind {
  /** Communities and villages ({@link Community}), with their grids and buildings. */
  COMMUNITIES(Community.class),
  /** Households ({@link Household}), their members embedded. */
  HOUSEHOLDS(Household.class),
  /** Persons ({@link Person}) on their own. */
  PERSONS(Person.class),
  /**
   * A service catalogue as a stream of {@link ServiceCatalogueEntry entries}: providers, sites and
   * services, a service's provider and sites in the same document.
   */
  SERVICES(ServiceCatalogueEntry.class),
  /** Service providers ({@link Provider}) on their own. */
  PROVIDERS(Provider.class),
  /** Service requests ({@link ServiceRequest}). */
  SERVICE_REQUESTS(ServiceRequest.class),
  /** Service orders ({@link ServiceOrder}), each with the history of its status. */
  SERVICE_ORDERS(ServiceOrder.class),
  /** Delivery records ({@link DeliveryRecord}). */
  DELIVERIES(DeliveryRecord.class),
  /** Satisfaction feedback ({@link SatisfactionFeedback}) on deliveries. */
  SATISFACTION_FEEDBACK(SatisfactionFeedback.class),
  /**
   * The service loop as a stream of {@link ServiceLoopEntry entries}: requests, orders, deliveries
   * and feedback, checked against each other.
   */
  SERVICE_LOOP(ServiceLoopEntry.class),
  /** Volunteer registrations: {@link org.communitygov.model.volunteer.Volunteer}. */
  VOLUNTEERS(org.communitygov.model.volunteer.Volunteer.class),
  /** Volunteer service records: {@link org.communitygov.model.volunteer.ServiceRecord}. */
  SERVICE_RECORDS(org.communitygov.model.volunteer.ServiceRecord.class),
  /**
   * Volunteer service certificates: {@link org.communitygov.model.volunteer.ServiceCertificate}.
   */
  CERTIFICATES(org.communitygov.model.volunteer.ServiceCertificate.class),
  /**
   * Points schemes and time banks, each with its dated policies: {@link
   * org.communitygov.model.points.Scheme}.
   */
  POINTS_SCHEMES(org.communitygov.model.points.Scheme.class),
  /**
   * Points transactions as a stream of {@link org.communitygov.model.points.PointsEntry entries}:
   * schemes and transactions, each transaction checked against the policy it names.
   */
  POINTS_TRANSACTIONS(org.communitygov.model.points.PointsEntry.class),
  /** Funds of a community: {@link org.communitygov.model.funding.Fund}. */
  FUNDS(org.communitygov.model.funding.Fund.class),
  /** Community projects and their budgets: {@link org.communitygov.model.funding.Project}. */
  PROJECTS(org.communitygov.model.funding.Project.class),
  /** Purchase-of-service contracts: {@link org.communitygov.model.funding.PurchaseContract}. */
  PURCHASE_CONTRACTS(org.communitygov.model.funding.PurchaseContract.class),
  /** Funding transactions: {@link org.communitygov.model.funding.FundingTransaction}. */
  FUNDING_TRANSACTIONS(org.communitygov.model.funding.FundingTransaction.class),
  /**
   * A ledger as a stream of {@link org.communitygov.model.ledger.LedgerRecord records}: accounts
   * and the transactions between them, each posting's account in the same document.
   */
  LEDGER(org.communitygov.model.ledger.LedgerRecord.class),
  /**
   * Evaluations of volunteers' service (评价情况): {@link org.communitygov.model.volunteer.Evaluation},
   * identified by their {@code id} where they have one; the service record an evaluation names is
   * in another document.
   */
  EVALUATIONS(org.communitygov.model.volunteer.Evaluation.class);

  /** The base of every exchange schema identity; a version and a file name follow it. */
  public static final String SCHEMA_BASE = "https://communitygov.org/schema/exchange/";

  private final Class<?> recordType;

  RecordKind(Class<?> recordType) {
    this.recordType = recordType;
  }

  /**
   * Returns the model type one record of this kind binds to.
   *
   * @return the type, not null
   */
  public Class<?> recordType() {
    return recordType;
  }

  /**
   * Returns the kind's name in schema file names: the constant's name in lower case, such as {@code
   * households}.
   *
   * @return the name, not null
   */
  public String schemaName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the schema identity a document of this kind and version declares in {@code $schema},
   * such as {@code https://communitygov.org/schema/exchange/1.0/households.schema.json}.
   *
   * @param version the document's version, not null
   * @return the identity, not null
   */
  public URI schemaUri(ExchangeVersion version) {
    Objects.requireNonNull(version, "version");
    return URI.create(SCHEMA_BASE + version + "/" + schemaName() + ".schema.json");
  }

  /**
   * Finds the kind with the given wire name, such as {@code HOUSEHOLDS}.
   *
   * @param name the name as written in a document's {@code kind}, not null
   * @return the kind, or empty if no kind has that name, not null
   */
  public static Optional<RecordKind> fromName(String name) {
    Objects.requireNonNull(name, "name");
    return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
  }
}
