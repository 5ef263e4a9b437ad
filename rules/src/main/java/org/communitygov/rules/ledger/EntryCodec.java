package org.communitygov.rules.ledger;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.communitygov.model.ledger.Account;
import org.communitygov.model.ledger.AccountClosure;
import org.communitygov.model.ledger.AccountFlag;
import org.communitygov.model.ledger.Amount;
import org.communitygov.model.ledger.BalanceAssertion;
import org.communitygov.model.ledger.Entry;
import org.communitygov.model.ledger.EntryId;
import org.communitygov.model.ledger.PendingOutcome;
import org.communitygov.model.ledger.PeriodClose;
import org.communitygov.model.ledger.Posting;
import org.communitygov.model.ledger.Refusal;
import org.communitygov.model.ledger.Transaction;

/**
 * The canonical form of entries: one JSON object per entry, its members sorted by name, no white
 * space, UTF-8, amounts as plain decimal strings at the unit's scale, dates as ISO 8601 dates,
 * absent optional members left out. It is RFC 8785 (JCS) for these values, so any JCS
 * implementation reproduces it; it is the form the leaf hash covers. See {@code docs/ledger.md} and
 * ADR 0051.
 *
 * <p>This class is stateless and thread-safe; {@link EntryReader} reads the form back.
 *
 * @since 0.1.0
 */
public final class EntryCodec {
  // the names of a transaction's members, encoded once: a ledger writes them for every transfer
  private static final byte[] ACCOUNT = CanonicalWriter.encodedName("account");
  private static final byte[] AMOUNT = CanonicalWriter.encodedName("amount");
  private static final byte[] BOOKING_DATE = CanonicalWriter.encodedName("bookingDate");
  private static final byte[] EXPIRES_ON = CanonicalWriter.encodedName("expiresOn");
  private static final byte[] ID = CanonicalWriter.encodedName("id");
  private static final byte[] KIND = CanonicalWriter.encodedName("kind");
  private static final byte[] MEMO = CanonicalWriter.encodedName("memo");
  private static final byte[] POSTINGS = CanonicalWriter.encodedName("postings");
  private static final byte[] PURPOSE = CanonicalWriter.encodedName("purpose");
  private static final byte[] REVERSES = CanonicalWriter.encodedName("reverses");
  private static final byte[] SOURCE = CanonicalWriter.encodedName("source");
  private static final byte[] UNIT = CanonicalWriter.encodedName("unit");
  private static final byte[] VALUE_DATE = CanonicalWriter.encodedName("valueDate");

  private EntryCodec() {}

  /**
   * Returns the canonical bytes of an entry.
   *
   * @param entry the entry, not null
   * @return the UTF-8 bytes of its canonical JSON, not null
   */
  public static byte[] encode(Entry entry) {
    return write(entry).bytes();
  }

  /**
   * Returns the canonical JSON of an entry as a string.
   *
   * @param entry the entry, not null
   * @return the JSON, not null
   */
  public static String toJson(Entry entry) {
    return write(entry).text();
  }

  /**
   * Tells whether bytes are exactly the canonical bytes of an entry.
   *
   * @param entry the entry, not null
   * @param bytes the bytes, not null
   * @return true if they are
   */
  public static boolean isCanonical(Entry entry, byte[] bytes) {
    return Arrays.equals(encode(entry), bytes);
  }

  static CanonicalWriter write(Entry entry) {
    return write(entry, new CanonicalWriter());
  }

  /**
   * Writes an entry's canonical form into a writer, after what it holds: a transaction by the
   * writer's {@link TransactionBytes} (ADR 0117), unless its strings are very long, and any other
   * entry member by member.
   */
  static CanonicalWriter write(Entry entry, CanonicalWriter w) {
    if (entry instanceof Transaction t && w.transactions().write(t)) {
      return w;
    }
    return writeMemberByMember(entry, w);
  }

  /**
   * Writes an entry's canonical form member by member, each with room made for it: the plain way,
   * which {@link TransactionBytes} writes the same bytes as.
   */
  static CanonicalWriter writeMemberByMember(Entry entry, CanonicalWriter w) {
    w.begin();
    if (entry instanceof Account a) {
      w.field("accountKind", a.kind().name()).beginArray("flags");
      EnumSet<AccountFlag> flags = EnumSet.noneOf(AccountFlag.class);
      flags.addAll(a.flags());
      flags.stream().map(Enum::name).sorted().forEach(w::element);
      w.endArray().field("id", a.key()).field("kind", a.entryKind().wireName());
      w.field("ledger", a.ledger().value()).date("openedOn", a.openedOn());
      a.owner()
          .ifPresent(
              o ->
                  w.name("owner").begin().field("id", o.id()).field("kind", o.kind().name()).end());
      a.purpose().ifPresent(p -> w.field("purpose", p));
      w.field("unit", a.unit().code());
    } else if (entry instanceof Transaction t) {
      w.date(BOOKING_DATE, t.bookingDate());
      Optional<LocalDate> expiresOn = t.expiresOn();
      if (expiresOn.isPresent()) {
        w.date(EXPIRES_ON, expiresOn.get());
      }
      w.field(ID, t.key()).field(KIND, t.entryKind().wireName()).field(MEMO, t.memo());
      w.name(POSTINGS);
      w.beginArrayValue();
      List<Posting> postings = t.postings();
      for (int i = 0; i < postings.size(); i++) {
        Posting p = postings.get(i);
        Amount amount = p.amount();
        w.beginElement()
            .field(ACCOUNT, p.account().value())
            .decimal(AMOUNT, amount.minor(), amount.unit().scale())
            .field(UNIT, amount.unit().code())
            .end();
      }
      w.endArray();
      Optional<String> purpose = t.purpose();
      if (purpose.isPresent()) {
        w.field(PURPOSE, purpose.get());
      }
      Optional<EntryId> reverses = t.reverses();
      if (reverses.isPresent()) {
        w.field(REVERSES, reverses.get().value());
      }
      Optional<String> source = t.source();
      if (source.isPresent()) {
        w.field(SOURCE, source.get());
      }
      w.date(VALUE_DATE, t.valueDate());
    } else if (entry instanceof PendingOutcome o) {
      w.field("id", o.key()).field("kind", o.entryKind().wireName());
      w.date("on", o.on()).field("pending", o.pending().value());
    } else if (entry instanceof PeriodClose c) {
      w.field("id", c.key()).field("kind", c.entryKind().wireName());
      w.date("through", c.through());
    } else if (entry instanceof AccountClosure c) {
      w.field("account", c.account().value()).field("id", c.key());
      w.field("kind", c.entryKind().wireName()).date("on", c.on());
    } else if (entry instanceof BalanceAssertion b) {
      w.field("account", b.account().value())
          .decimal("amount", b.expected().minor(), b.expected().unit().scale());
      w.field("id", b.key()).field("kind", b.entryKind().wireName());
      w.date("on", b.on()).field("unit", b.expected().unit().code());
    } else if (entry instanceof Refusal r) {
      w.field("code", r.code()).field("id", r.key()).field("kind", r.entryKind().wireName());
      w.date("on", r.on());
    } else {
      throw new IllegalArgumentException("not an entry of communitygov: " + entry.getClass());
    }
    return w.end();
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
