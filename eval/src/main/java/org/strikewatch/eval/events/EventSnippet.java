package org.strikewatch.eval.events;

/** One labelled news snippet: its id, text and gold event sub-type (e.g. AIR_STRIKE). */
public record EventSnippet(String id, String text, String subType) {
  public EventSnippet {
    if (id == null || text == null || subType == null) {
      throw new IllegalArgumentException("snippet id, text and sub-type are required");
    }
  }

  /** The gold class of the snippet. */
  public EventClass gold() {
    return EventClass.ofGold(subType);
  }
}
