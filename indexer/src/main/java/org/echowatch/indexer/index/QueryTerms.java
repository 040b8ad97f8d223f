package org.echowatch.indexer.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/** The positive terms and term patterns of a query, by field: what a snippet should mark. */
final class QueryTerms extends QueryVisitor {

  private final Map<String, Set<BytesRef>> terms = new HashMap<>();
  private final Map<String, List<ByteRunAutomaton>> patterns = new HashMap<>();

  static QueryTerms of(Query query) {
    var visitor = new QueryTerms();
    query.visit(visitor);
    return visitor;
  }

  @Override
  public void consumeTerms(Query query, Term... queryTerms) {
    for (Term t : queryTerms) {
      terms.computeIfAbsent(t.field(), f -> new HashSet<>()).add(BytesRef.deepCopyOf(t.bytes()));
    }
  }

  @Override
  public void consumeTermsMatching(
      Query query, String field, Supplier<ByteRunAutomaton> automaton) {
    patterns.computeIfAbsent(field, f -> new ArrayList<>()).add(automaton.get());
  }

  @Override
  public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
    // Excluded terms are not what the story matched on.
    return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
  }

  /** Whether {@code term} of {@code field} is one the query looks for. */
  boolean matches(String field, BytesRef term) {
    Set<BytesRef> exact = terms.get(field);
    if (exact != null && exact.contains(term)) {
      return true;
    }
    for (ByteRunAutomaton pattern : patterns.getOrDefault(field, List.of())) {
      if (pattern.run(term.bytes, term.offset, term.length)) {
        return true;
      }
    }
    return false;
  }

  boolean hasField(String field) {
    return terms.containsKey(field) || patterns.containsKey(field);
  }
}
