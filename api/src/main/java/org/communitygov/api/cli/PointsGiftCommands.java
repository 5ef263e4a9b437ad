package org.communitygov.api.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Optional;
import org.communitygov.model.points.MemberId;
import org.communitygov.rules.points.GiftRequest;
import org.communitygov.rules.points.PointsBook;
import org.communitygov.rules.points.Recipient;
import org.communitygov.rules.points.ReferralInput;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code communitygov points transfer|donate|bonus}: a member's transfer to a relative or friend, a
 * donation to a hardship elder or the pool, and the bonus for referring a new volunteer, each
 * decided by the policy in force on its date. A refused request prints its code and explanation,
 * posts nothing and exits 1.
 */
final class PointsGiftCommands {
  private PointsGiftCommands() {}

  /** The options of a transfer or donation: the request, the giver, the amount and the date. */
  abstract static class Gift extends PointsCommand.Base {
    @Option(names = "--id", required = true, paramLabel = "ID", description = "The request's id.")
    String id = "";

    @Option(names = "--from", required = true, paramLabel = "ID", description = "The giver.")
    String from = "";

    @Option(
        names = "--amount",
        required = true,
        paramLabel = "AMOUNT",
        description = "What is given, in the scheme's unit.")
    BigDecimal amount = BigDecimal.ZERO;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "The date.")
    String date = "";

    Gift(CliEnvironment environment) {
      super(environment);
    }

    int give(PointsBook book, Recipient recipient, Optional<MemberId> to, PrintWriter out) {
      return decided(
          book.give(new GiftRequest(id, MemberId.of(from), recipient, to, amount, date(date))),
          out);
    }
  }

  @Command(
      name = "transfer",
      mixinStandardHelpOptions = true,
      description = "Transfers to a relative or friend who is a member, or says why not.")
  static final class Transfer extends Gift {
    @Option(names = "--to", required = true, paramLabel = "ID", description = "The receiver.")
    private String to = "";

    @Option(names = "--friend", description = "The receiver is a friend (default: a relative).")
    private boolean friend;

    Transfer(CliEnvironment environment) {
      super(environment);
    }

    @Override
    int run(PointsBook book, PrintWriter out) {
      return give(
          book, friend ? Recipient.FRIEND : Recipient.RELATIVE, Optional.of(MemberId.of(to)), out);
    }
  }

  @Command(
      name = "donate",
      mixinStandardHelpOptions = true,
      description = "Donates to a named hardship elder or to the pool, or says why not.")
  static final class Donate extends Gift {
    @ArgGroup(multiplicity = "1")
    private Receiver receiver = new Receiver();

    /** Exactly one of an elder and the pool. */
    static final class Receiver {
      @Option(names = "--elder", paramLabel = "ID", description = "A hardship elder (a member).")
      @Nullable String elder;

      @Option(names = "--pool", description = "The scheme's community pool.")
      boolean pool;
    }

    Donate(CliEnvironment environment) {
      super(environment);
    }

    @Override
    int run(PointsBook book, PrintWriter out) {
      return receiver.elder == null
          ? give(book, Recipient.POOL, Optional.empty(), out)
          : give(book, Recipient.HARDSHIP_ELDER, Optional.of(MemberId.of(receiver.elder)), out);
    }
  }

  @Command(
      name = "bonus",
      mixinStandardHelpOptions = true,
      description = "Credits the bonus for referring a newly registered volunteer.")
  static final class Bonus extends PointsCommand.Base {
    @Option(names = "--id", required = true, paramLabel = "ID", description = "The referral's id.")
    private String id = "";

    @Option(
        names = "--member",
        required = true,
        paramLabel = "ID",
        description = "The referring member.")
    private String member = "";

    @Option(
        names = "--new-volunteer",
        required = true,
        paramLabel = "ID",
        description = "The volunteer referred.")
    private String newVolunteer = "";

    @Option(
        names = "--date",
        required = true,
        paramLabel = "DATE",
        description = "The new volunteer's registration date.")
    private String date = "";

    Bonus(CliEnvironment environment) {
      super(environment);
    }

    @Override
    int run(PointsBook book, PrintWriter out) {
      return decided(
          book.bonus(new ReferralInput(id, MemberId.of(member), newVolunteer, date(date))), out);
    }
  }
}
