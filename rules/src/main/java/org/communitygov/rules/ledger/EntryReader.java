package org.communitygov.rules.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountClosure;
import org.communitygov.model.ledger.AccountFlag;
import org.communitygov.model.ledger.AccountId;
import org.communitygov.model.ledger.AccountKind;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.BalanceAssertion;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.EntryKind;
import org.communitygov.model.ledger.ImmutableAccount;
import org.communitygov.model.ledger.ImmutableTransaction;
import org.communitygov.model.ledger.LedgerId;
import org.communitygov.model.ledger.Owner;
import org.communitygov.model.ledger.OwnerKind;
import org.communitygov.model.ledger.PendingOutcome;
import org.communitygov.model.ledger.PeriodClose;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Refusal;
import org.communitygov.model.ledger.Transaction;
import org.communitygov.model.ledger.Unit;

/**
 * Reads an entry from its JSON (the {@linkplain EntryCodec canonical form}, or the same members in
 * any order and spacing). Unknown members, missing members, wrong types and broken invariants are
 * refused with {@link LedgerFormatException}.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class EntryReader {
  private EntryReader() {}

  /**
   * Reads an entry from JSON bytes.
   *
   * @param bytes UTF-8 JSON, not null
   * @return the entry, not null
   * @throws LedgerFormatException if the bytes are not an entry
   */
  public static Entry read(byte[] bytes) {
    return read(JsonFields.parse(bytes, "entry").node());
  }

  /**
   * Reads an entry from a JSON tree.
   *
   * @param node the JSON object, not null
   * @return the entry, not null
   * @throws LedgerFormatException if the tree is not an entry
   */
  public static Entry read(JsonNode node) {
    JsonFields f = JsonFields.of(node, "entry");
    EntryKind kind;
    try {
      kind = EntryKind.fromWireName(f.text("kind"));
    } catch (IllegalArgumentException e) {
      throw new LedgerFormatException("entry.kind is not a kind of entry");
    }
    try {
      return switch (kind) {
        case ACCOUNT -> account(f);
        case TRANSACTION -> transaction(f);
        case POST, VOID -> outcome(f, kind);
        case CLOSE_PERIOD ->
            PeriodClose.builder()
                .id(EntryId.of(f.allow(Set.of("id", "kind", "through")).text("id")))
                .through(f.date("through"))
                .build();
        case CLOSE_ACCOUNT ->
            AccountClosure.builder()
                .id(EntryId.of(f.allow(Set.of("account", "id", "kind", "on")).text("id")))
                .account(AccountId.of(f.text("account")))
                .on(f.date("on"))
                .build();
        case ASSERTION ->
            BalanceAssertion.builder()
                .id(
                    EntryId.of(
                        f.allow(Set.of("account", "amount", "id", "kind", "on", "unit"))
                            .text("id")))
                .account(AccountId.of(f.text("account")))
                .on(f.date("on"))
                .expected(Amount.parse(Unit.parse(f.text("unit")), f.text("amount")))
                .build();
        case REFUSAL ->
            Refusal.builder()
                .refused(f.allow(Set.of("code", "id", "kind", "on")).text("id"))
                .code(f.text("code"))
                .on(f.date("on"))
                .build();
      };
    } catch (IllegalArgumentException | IllegalStateException | CommunityGovException e) {
      if (e instanceof LedgerFormatException lfe) {
        throw lfe;
      }
      String code = e instanceof CommunityGovException c ? " (" + c.code() + ")" : "";
      throw new LedgerFormatException(
          "the entry breaks an invariant" + code + ": " + e.getMessage(), e);
    }
  }

  private static Account account(JsonFields f) {
    f.allow(
        Set.of(
            "accountKind",
            "flags",
            "id",
            "kind",
            "ledger",
            "openedOn",
            "owner",
            "purpose",
            "unit"));
    ImmutableAccount.Builder b =
        Account.builder()
            .id(AccountId.of(f.text("id")))
            .ledger(LedgerId.of(f.text("ledger")))
            .kind(AccountKind.valueOf(f.text("accountKind")))
            .unit(Unit.parse(f.text("unit")))
            .openedOn(f.date("openedOn"));
    for (JsonNode flag : f.array("flags")) {
      if (!flag.isTextual()) {
        throw new LedgerFormatException("entry.flags has an element that is not a string");
      }
      b.addFlag(AccountFlag.valueOf(flag.textValue()));
    }
    if (f.node().has("owner")) {
      JsonFields o = f.object("owner").allow(Set.of("id", "kind"));
      b.owner(Owner.of(OwnerKind.valueOf(o.text("kind")), o.text("id")));
    }
    f.optionalText("purpose").ifPresent(b::purpose);
    return b.build();
  }

  private static Transaction transaction(JsonFields f) {
    f.allow(
        Set.of(
            "bookingDate",
            "expiresOn",
            "id",
            "kind",
            "memo",
            "postings",
            "purpose",
            "reverses",
            "source",
            "valueDate"));
    ImmutableTransaction.Builder b =
        Transaction.builder()
            .id(EntryId.of(f.text("id")))
            .bookingDate(f.date("bookingDate"))
            .valueDate(f.date("valueDate"))
            .memo(f.text("memo"));
    f.optionalDate("expiresOn").ifPresent(b::expiresOn);
    f.optionalText("reverses").map(EntryId::of).ifPresent(b::reverses);
    f.optionalText("source").ifPresent(b::source);
    f.optionalText("purpose").ifPresent(b::purpose);
    for (JsonNode element : f.array("postings")) {
      JsonFields p = JsonFields.of(element, "posting").allow(Set.of("account", "amount", "unit"));
      b.addPosting(
          Posting.of(
              AccountId.of(p.text("account")),
              Amount.parse(Unit.parse(p.text("unit")), p.text("amount"))));
    }
    return b.build();
  }

  private static PendingOutcome outcome(JsonFields f, EntryKind kind) {
    f.allow(Set.of("id", "kind", "on", "pending"));
    return PendingOutcome.builder()
        .id(EntryId.of(f.text("id")))
        .pending(EntryId.of(f.text("pending")))
        .resolution(
            kind == EntryKind.POST
                ? PendingOutcome.Resolution.POST
                : PendingOutcome.Resolution.VOID)
        .on(f.date("on"))
        .build();
  }
}
