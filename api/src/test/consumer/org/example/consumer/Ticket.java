package org.example.consumer;

import java.time.LocalDate;

/** A user's own class, read and written by the user's mapper with the communitygov module. */
public final class Ticket {
  public String code;
  public LocalDate opened;
}
