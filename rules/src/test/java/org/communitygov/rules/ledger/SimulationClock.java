package org.communitygov.rules.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a simulation moves forward by whole days, so every run of a seed sees the same days. */
final class SimulationClock extends Clock {
  private Instant now;

  SimulationClock(LocalDate today) {
    now = today.atTime(8, 0).toInstant(ZoneOffset.UTC);
  }

  void advanceDays(int days) {
    now = now.plusSeconds(86_400L * days);
  }

  LocalDate today() {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Instant instant() {
    return now;
  }
}
