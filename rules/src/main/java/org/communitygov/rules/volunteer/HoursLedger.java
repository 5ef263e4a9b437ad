package org.communitygov.rules.volunteer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.AccountKind;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.LedgerId;
import org.communitygov.model.ledger.Owner;
import org.communitygov.model.ledger.OwnerKind;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;
import org.communitygov.model.volunteer.CertifiedService;
import org.communitygov.model.volunteer.OrganisationId;
import org.communitygov.model.volunteer.RecordProof;
import org.communitygov.model.volunteer.ServiceRecord;
import org.communitygov.model.volunteer.VerificationDigest;
import org.communitygov.model.volunteer.VolunteerId;
import org.communitygov.rules.ledger.EntryCodec;
import org.communitygov.rules.ledger.Hashes;
import org.communitygov.rules.ledger.InclusionProof;
import org.communitygov.rules.ledger.Ledger;
import org.communitygov.rules.ledger.MemoryLedgerStore;
import org.communitygov.rules.ledger.Outcome;
import org.communitygov.rules.ledger.ProofVerifier;
import org.communitygov.rules.ledger.TreeHead;

/**
 * An organiser's hours ledger: each of its service records with hours is a transaction (id = the
 * record's id, dated on the service) from the organiser's {@code issued} account to the volunteer's
 * account, in hours. A certificate's {@linkplain #digest digest} proves its records are entries of
 * the ledger whose head the organiser publishes; {@link #verify} checks one with only the head.
 *
 * <p>The ledger is made in memory from the records in order of date, start and id, so the same
 * records always give the same head. An organiser that keeps its journal in a {@code
 * FileLedgerStore} or {@code JdbcLedgerStore} posts {@link #transaction} as it records.
 *
 * @since 0.1.0
 */
public final class HoursLedger {
  private static final AccountId ISSUED = AccountId.of("issued");

  private HoursLedger() {}

  /**
   * Returns the id of an organiser's hours ledger: {@code <organiser>-hours}.
   *
   * @param organiser the organiser, not null
   * @return the id, not null
   */
  public static LedgerId id(OrganisationId organiser) {
    return LedgerId.of(organiser.value() + "-hours");
  }

  /**
   * Makes the hours ledger of an organiser from its records (those of other organisers and those of
   * zero hours are left out).
   *
   * @param organiser the organiser, not null
   * @param records the records, not null
   * @param headTime the time of the ledger's head, on or after every record's date (UTC+8)
   * @return the ledger, not null
   * @throws CommunityGovException {@code volunteer.ledger.<code>} if a record is refused, such as
   *     two records with one id ({@code exists_with_different_postings}) or a record after the head
   *     time ({@code future_dated})
   */
  public static Ledger of(OrganisationId organiser, List<ServiceRecord> records, Instant headTime) {
    List<ServiceRecord> own = new ArrayList<>();
    for (ServiceRecord r : records) {
      if (r.organiser().equals(organiser) && r.hours().signum() > 0) {
        own.add(r);
      }
    }
    own.sort(
        Comparator.comparing(ServiceRecord::date)
            .thenComparing(ServiceRecord::start)
            .thenComparing(r -> r.id().value()));
    LedgerId id = id(organiser);
    Ledger ledger =
        Ledger.open(id, new MemoryLedgerStore(), Clock.fixed(headTime, ZoneOffset.ofHours(8)));
    if (own.isEmpty()) {
      return ledger;
    }
    var opened = own.get(0).date();
    post(
        ledger,
        Account.builder()
            .id(ISSUED)
            .ledger(id)
            .kind(AccountKind.ISSUANCE)
            .unit(Unit.HOUR)
            .owner(Owner.of(OwnerKind.ORGANISATION, organiser.value()))
            .openedOn(opened)
            .build());
    Set<VolunteerId> volunteers = new LinkedHashSet<>();
    own.forEach(r -> volunteers.add(r.volunteer()));
    for (VolunteerId v : volunteers) {
      post(
          ledger,
          Account.builder()
              .id(AccountId.of(v.value()))
              .ledger(id)
              .kind(AccountKind.MEMBER)
              .unit(Unit.HOUR)
              .owner(Owner.of(OwnerKind.PERSON, v.value()))
              .openedOn(opened)
              .build());
    }
    for (ServiceRecord r : own) {
      post(ledger, transaction(r.volunteer(), CertifiedService.from(r)));
    }
    return ledger;
  }

  /**
   * Returns the transaction of a record: its hours from {@code issued} to the volunteer's account,
   * on the service date, with the activity as memo and {@code service-record:<id>} as source.
   *
   * @param volunteer the volunteer, not null
   * @param service the record's line, with hours above zero, not null
   * @return the transaction, not null
   */
  public static Transaction transaction(VolunteerId volunteer, CertifiedService service) {
    Amount hours = Amount.of(Unit.HOUR, service.hours());
    return Transaction.builder()
        .id(EntryId.of(service.record().value()))
        .bookingDate(service.date())
        .valueDate(service.date())
        .addPostings(
            Posting.of(ISSUED, hours.negated()), Posting.of(AccountId.of(volunteer.value()), hours))
        .memo(service.activity())
        .source("service-record:" + service.record().value())
        .build();
  }

  /**
   * Returns the canonical JSON of a record's {@linkplain #transaction transaction}.
   *
   * @param volunteer the volunteer, not null
   * @param service the record's line, not null
   * @return the canonical form, not null
   */
  public static String transactionJson(VolunteerId volunteer, CertifiedService service) {
    return EntryCodec.toJson(transaction(volunteer, service));
  }

  private static void post(Ledger ledger, org.communitygov.model.ledger.Entry entry) {
    Outcome outcome = ledger.post(entry);
    if (!outcome.isAccepted()) {
      throw new CommunityGovException(
          "volunteer.ledger." + outcome.code(),
          "the hours ledger refused entry " + entry.key() + ": " + outcome.code());
    }
  }

  /**
   * Returns the digest of records of a ledger: its head and each record's entry and inclusion
   * proof.
   *
   * @param organiser the organiser whose ledger it is, not null
   * @param ledger the ledger, not null
   * @param services the certified records, each an entry of the ledger, not null
   * @return the digest, not null
   * @throws IllegalArgumentException if a record is not an entry of the ledger
   */
  public static VerificationDigest digest(
      OrganisationId organiser, Ledger ledger, List<CertifiedService> services) {
    TreeHead head = ledger.head();
    var digest =
        VerificationDigest.builder()
            .ledger(id(organiser).value())
            .treeSize(head.size())
            .rootHash(head.rootHex())
            .headTime(head.time());
    for (CertifiedService s : services) {
      InclusionProof proof =
          ledger
              .proveInclusion(s.record().value())
              .orElseThrow(
                  () -> new IllegalArgumentException("no entry " + s.record() + " in the ledger"));
      digest.addProof(
          RecordProof.builder()
              .record(s.record())
              .entry(EntryCodec.toJson(ledger.entries().get((int) proof.index())))
              .index(proof.index())
              .leafHash(Hashes.hex(proof.leafHash()))
              .path(proof.path().stream().map(Hashes::hex).toList())
              .build());
    }
    return digest.build();
  }

  /**
   * Returns the inclusion proof of a record of a digest, as {@code communitygov ledger check-proof}
   * reads it.
   *
   * @param digest the digest, not null
   * @param proof one of its proofs, not null
   * @return the proof, not null
   */
  public static InclusionProof inclusionProof(VerificationDigest digest, RecordProof proof) {
    return InclusionProof.of(
        proof.record().value(),
        proof.index(),
        digest.treeSize(),
        Hashes.fromHex(proof.leafHash()),
        proof.path().stream().map(Hashes::fromHex).toList());
  }

  /**
   * Returns the tree head a digest states.
   *
   * @param digest the digest, not null
   * @return the head, not null
   */
  public static TreeHead head(VerificationDigest digest) {
    return TreeHead.of(digest.treeSize(), Hashes.fromHex(digest.rootHash()), digest.headTime());
  }

  /**
   * Checks a certified record against its proof and a published head: the entry is the record's
   * transaction as the certificate states it (date, hours, activity, volunteer), its leaf hash is
   * the entry's, and the inclusion proof leads to the head's root.
   *
   * @param volunteer the certificate's volunteer, not null
   * @param service the certified record, not null
   * @param digest the certificate's digest, not null
   * @param proof the record's proof, not null
   * @param published the head the organiser published, not null
   * @return the first thing that does not hold, or empty if all hold
   */
  public static java.util.Optional<String> verify(
      VolunteerId volunteer,
      CertifiedService service,
      VerificationDigest digest,
      RecordProof proof,
      TreeHead published) {
    String expected = transactionJson(volunteer, service);
    if (!expected.equals(proof.entry())) {
      return java.util.Optional.of("entry: not the transaction of the certified record");
    }
    // a hasher of its own: verify is static and may run on several threads at once
    byte[] leaf = Hashes.create().leaf(proof.entry().getBytes(StandardCharsets.UTF_8));
    if (!Arrays.equals(leaf, Hashes.fromHex(proof.leafHash()))) {
      return java.util.Optional.of("leafHash: not the hash of the entry");
    }
    if (!ProofVerifier.verify(inclusionProof(digest, proof), published)) {
      return java.util.Optional.of("proof: does not lead to the published head");
    }
    return java.util.Optional.empty();
  }
}
