package org.strikewatch.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.strikewatch.extract.internal.NumberReader;
import org.strikewatch.extract.internal.Token;
import org.strikewatch.extract.internal.Tokenizer;
import org.strikewatch.text.NormalizedText;
import org.strikewatch.text.SentenceSplitter;
import org.strikewatch.text.TextNormalizer;
import org.strikewatch.text.TextSpan;

/**
 * Number parsing: reading every number phrase ("five", "at least 21", "двоє", "3,000") in one
 * generated report per language, from its sentences' tokens (tokenised once, in the set-up).
 */
public class NumberReaderBenchmark extends LanguageBenchmark {

  private String folded = "";
  private final List<List<Token>> sentences = new ArrayList<>();

  @Setup
  public void setUp() {
    NormalizedText nt = TextNormalizer.normalize(JmhReports.report(language).text());
    folded = nt.folded();
    sentences.clear();
    for (TextSpan s : SentenceSplitter.split(nt.normalized())) {
      sentences.add(Tokenizer.tokenize(nt.folded(), nt.normalized(), s.start(), s.end()));
    }
  }

  @Benchmark
  public int readNumbers() {
    int found = 0;
    for (List<Token> tokens : sentences) {
      found += NumberReader.findAll(folded, tokens, 0, tokens.size()).size();
    }
    return found;
  }
}
